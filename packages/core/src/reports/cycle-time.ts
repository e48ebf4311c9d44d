import { type Distribution, distributionOf } from './distribution';

/**
 * The milestones of one order's fulfilment, as instants (ISO). Hosts assemble them from the
 * order (paidAt, shippedAt), hold releases, routing decisions, pick confirmations and tracking.
 */
export interface FulfilmentMilestones {
  orderId: string;
  channel: string;
  shopId: string;
  warehouseId?: string;
  carrierCode?: string;
  paidAt: string;
  releasedAt?: string;
  routedAt?: string;
  pickedAt?: string;
  shippedAt?: string;
  deliveredAt?: string;
}

/** The steps measured between milestones, in order. */
export const fulfilmentSteps = [
  ['paid', 'released'],
  ['released', 'routed'],
  ['routed', 'picked'],
  ['picked', 'shipped'],
  ['shipped', 'delivered'],
] as const;

/** Name of a measured step (`paid->released`, ...). */
export type FulfilmentStepName =
  `${(typeof fulfilmentSteps)[number][0]}->${(typeof fulfilmentSteps)[number][1]}`;

/** The dimensions a cycle-time report can be grouped by. */
export type CycleTimeDimension = 'channel' | 'shopId' | 'warehouseId' | 'carrierCode';

/** Cycle times in hours: paid to shipped overall, per step, and per group. */
export interface CycleTimeReport {
  /** Orders paid in the period (shipped or not). */
  orders: number;
  /** Orders that shipped. */
  shipped: number;
  /** Paid to shipped, hours. */
  paidToShipped: Distribution;
  /** Each step's duration, hours (orders that have both milestones). */
  steps: Record<FulfilmentStepName, Distribution>;
  /** Paid to shipped, hours, per value of each dimension. */
  by: Record<CycleTimeDimension, Record<string, Distribution>>;
}

const hourMs = 3_600_000;

function milestone(order: FulfilmentMilestones, name: string): number | undefined {
  const key = `${name}At` as keyof FulfilmentMilestones;
  const value = order[key];
  return value === undefined ? undefined : Date.parse(value);
}

/**
 * Fulfilment cycle time (paid -> shipped, and each step between) with median and p90 overall
 * and per channel, shop, warehouse and carrier. Pure; hours as fractional numbers.
 */
export function cycleTimeReport(orders: readonly FulfilmentMilestones[]): CycleTimeReport {
  const paidToShipped: number[] = [];
  const stepValues = new Map<string, number[]>();
  const groups: Record<CycleTimeDimension, Map<string, number[]>> = {
    channel: new Map(),
    shopId: new Map(),
    warehouseId: new Map(),
    carrierCode: new Map(),
  };
  for (const order of orders) {
    const paid = Date.parse(order.paidAt);
    const shipped = milestone(order, 'shipped');
    if (shipped !== undefined && shipped >= paid) {
      const hours = (shipped - paid) / hourMs;
      paidToShipped.push(hours);
      for (const dimension of Object.keys(groups) as CycleTimeDimension[]) {
        const key = order[dimension] ?? '(none)';
        const list = groups[dimension].get(key) ?? [];
        list.push(hours);
        groups[dimension].set(key, list);
      }
    }
    for (const [from, to] of fulfilmentSteps) {
      const start = milestone(order, from);
      const end = milestone(order, to);
      if (start === undefined || end === undefined || end < start) continue;
      const name = `${from}->${to}`;
      stepValues.set(name, [...(stepValues.get(name) ?? []), (end - start) / hourMs]);
    }
  }
  const steps = Object.fromEntries(
    fulfilmentSteps.map(([from, to]) => [
      `${from}->${to}`,
      distributionOf(stepValues.get(`${from}->${to}`) ?? []),
    ]),
  ) as Record<FulfilmentStepName, Distribution>;
  const by = Object.fromEntries(
    (Object.keys(groups) as CycleTimeDimension[]).map((dimension) => [
      dimension,
      Object.fromEntries(
        [...groups[dimension]]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, values]) => [key, distributionOf(values)]),
      ),
    ]),
  ) as Record<CycleTimeDimension, Record<string, Distribution>>;
  return {
    orders: orders.length,
    shipped: paidToShipped.length,
    paidToShipped: distributionOf(paidToShipped),
    steps,
    by,
  };
}

/** Cycle time before and after a change, and how much it shrank. */
export interface CompressionReport {
  beforeHours: number;
  afterHours: number;
  /** (before - after) / before: 0.673 means the cycle got 67.3% shorter. */
  compressionRate: number;
  beforeOrders: number;
  afterOrders: number;
  /** Which statistic was compared. */
  statistic: 'mean' | 'median' | 'p90';
}

/**
 * The compression rate of the fulfilment cycle between two periods, ((before - after) /
 * before), with the order volumes beside it as in a before/after table.
 */
export function compressionRate(
  before: readonly FulfilmentMilestones[],
  after: readonly FulfilmentMilestones[],
  statistic: CompressionReport['statistic'] = 'mean',
): CompressionReport {
  const b = cycleTimeReport(before);
  const a = cycleTimeReport(after);
  const beforeHours = b.paidToShipped[statistic];
  const afterHours = a.paidToShipped[statistic];
  return {
    beforeHours,
    afterHours,
    compressionRate: beforeHours > 0 ? (beforeHours - afterHours) / beforeHours : 0,
    beforeOrders: b.orders,
    afterOrders: a.orders,
    statistic,
  };
}
