import type { RoutingDecision } from './routing-decision';

/** Totals over a set of routing decisions. Money in fen. */
export interface RoutingMetrics {
  readonly orders: number;
  readonly routed: number;
  readonly partiallyRouted: number;
  readonly unfulfillable: number;
  readonly held: number;
  readonly parcels: number;
  /** Orders shipped in more than one parcel. */
  readonly splitOrders: number;
  /** Sum of decisions' total cost. */
  readonly totalCost: number;
  readonly unfulfillableLines: number;
  /** Parcels that miss the promised ship-by time. */
  readonly shipByMisses: number;
  /** Parcels that miss the delivery promise. */
  readonly deliveryMisses: number;
}

/** Adds up decisions into {@link RoutingMetrics}. Pure. */
export function routingMetrics(decisions: readonly RoutingDecision[]): RoutingMetrics {
  let routed = 0;
  let partiallyRouted = 0;
  let unfulfillable = 0;
  let held = 0;
  let parcels = 0;
  let splitOrders = 0;
  let totalCost = 0;
  let unfulfillableLines = 0;
  let shipByMisses = 0;
  let deliveryMisses = 0;
  for (const decision of decisions) {
    if (decision.status === 'routed') routed += 1;
    else if (decision.status === 'partially_routed') partiallyRouted += 1;
    else if (decision.status === 'unfulfillable') unfulfillable += 1;
    else held += 1;
    parcels += decision.parcels.length;
    if (decision.parcels.length > 1) splitOrders += 1;
    totalCost += decision.totalCost;
    unfulfillableLines += decision.unfulfillable.length;
    for (const parcel of decision.parcels) {
      if (parcel.misses.includes('ship_by')) shipByMisses += 1;
      if (parcel.misses.includes('delivery')) deliveryMisses += 1;
    }
  }
  return {
    orders: decisions.length,
    routed,
    partiallyRouted,
    unfulfillable,
    held,
    parcels,
    splitOrders,
    totalCost,
    unfulfillableLines,
    shipByMisses,
    deliveryMisses,
  };
}

/** `after - before`, field by field. */
export function metricsDelta(before: RoutingMetrics, after: RoutingMetrics): RoutingMetrics {
  const delta = {} as { -readonly [K in keyof RoutingMetrics]: number };
  for (const key of Object.keys(before) as (keyof RoutingMetrics)[]) delta[key] = after[key] - before[key];
  return delta;
}
