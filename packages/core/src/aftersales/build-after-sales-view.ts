import type { OutboxState } from '../contracts/stores';
import type { AfterSaleStatus, AfterSaleType } from '../schema/after-sale';
import { type Money, sumMoney, zeroMoney } from '../schema/money';
import type { Order, OrderStatus } from '../schema/order';
import type { Shipment } from '../schema/shipment';
import type { IsoInstant } from '../schema/time';
import type {
  AfterSaleCase,
  AfterSaleDecisionRecord,
  AfterSaleHistoryEntry,
  AfterSaleRefundPayment,
} from './after-sale-case';
import { type AfterSaleDeadline, afterSaleDeadlines } from './after-sale-deadlines';
import type { AfterSaleEffectKind } from './after-sale-effect';
import type { AfterSaleEventType } from './after-sale-event';
import { type AfterSalePolicy, defaultAfterSalePolicy } from './after-sale-policy';
import { allowedAfterSaleEvents } from './can-transition-after-sale';

/** A carrier scan of a parcel (outbound or return), as the carrier adapter reported it. */
export interface ParcelTrackingEvent {
  readonly trackingNumber: string;
  readonly at: IsoInstant;
  readonly description: string;
}

/** A payment or refund movement of the order, as finance or the platform reported it. */
export interface OrderPaymentRecord {
  readonly id: string;
  readonly kind: 'payment' | 'refund';
  readonly at: IsoInstant;
  readonly amount: Money;
  readonly afterSaleId?: string;
}

/** One parcel with its scans. */
export interface AfterSalesViewParcel {
  readonly shipment: Shipment;
  readonly tracking: readonly ParcelTrackingEvent[];
}

/** Where an effect stands in the outbox, as the runtime read it. */
export interface AfterSaleEffectStatus {
  readonly state: OutboxState;
  readonly attempts: number;
  /** The last failure (a parked effect's reason: decide in the seller console, no handler...). */
  readonly lastError?: { readonly code: string; readonly message: string };
}

/** One effect a case raised, with where it stands. */
export interface AfterSalesViewEffect {
  readonly key: string;
  readonly kind: AfterSaleEffectKind;
  /** The history entry that raised it. */
  readonly entryId: string;
  /** `unknown` when the view was built without the outbox's word on it. */
  readonly state: OutboxState | 'unknown';
  readonly attempts?: number;
  readonly lastError?: { readonly code: string; readonly message: string };
}

/** One after-sale as the support agent sees it. */
export interface AfterSalesViewCase {
  readonly id: string;
  readonly type: AfterSaleType;
  readonly status: AfterSaleStatus;
  readonly platformStatus: string;
  readonly reason?: string;
  readonly refundAmount: Money;
  readonly lines: readonly { lineId: string; quantity: number; refundAmount: Money }[];
  readonly history: readonly AfterSaleHistoryEntry[];
  readonly decisions: readonly AfterSaleDecisionRecord[];
  readonly returnTracking: readonly ParcelTrackingEvent[];
  readonly refundPayment?: AfterSaleRefundPayment;
  readonly deadlines: readonly AfterSaleDeadline[];
  /** What can be done next, from the table. */
  readonly nextEvents: readonly AfterSaleEventType[];
  /** Every effect the history raised, oldest first, with its outbox state when known. */
  readonly effects: readonly AfterSalesViewEffect[];
  /** When the refund was written into the order's lines. */
  readonly settledAt?: IsoInstant;
}

/** One line of the timeline, oldest first. */
export interface AfterSalesTimelineItem {
  readonly at: IsoInstant;
  readonly source: 'order' | 'parcel' | 'after-sale' | 'payment';
  readonly text: string;
  readonly ref?: string;
}

/** The "one view" of an order's after-sales: the order, its parcels, money, and every case. */
export interface AfterSalesView {
  readonly orderId: string;
  readonly channel: string;
  readonly shopId: string;
  readonly platformOrderId: string;
  readonly orderStatus: OrderStatus;
  readonly paid: Money;
  /** Refunds written into the order's lines. */
  readonly refunded: Money;
  /** Money asked for by cases still open (not refused, closed or settled). */
  readonly refundsInProgress: Money;
  readonly lines: readonly {
    lineId: string;
    title: string;
    sellerSku: string;
    quantity: number;
    shippedQuantity: number;
    refundedQuantity: number;
    paid: Money;
    refundedAmount: Money;
  }[];
  readonly parcels: readonly AfterSalesViewParcel[];
  readonly payments: readonly OrderPaymentRecord[];
  readonly afterSales: readonly AfterSalesViewCase[];
  readonly timeline: readonly AfterSalesTimelineItem[];
}

/** What {@link buildAfterSalesView} reads. */
export interface AfterSalesViewInput {
  readonly order: Order;
  readonly cases: readonly AfterSaleCase[];
  readonly shipments?: readonly Shipment[];
  readonly tracking?: readonly ParcelTrackingEvent[];
  readonly payments?: readonly OrderPaymentRecord[];
  readonly policy?: AfterSalePolicy;
  /** The outbox state of effects, by key (the runtime's desk fills it from its outbox). */
  readonly effectStates?: ReadonlyMap<string, AfterSaleEffectStatus>;
}

const byTime = <T extends { at: IsoInstant }>(a: T, b: T) => Date.parse(a.at) - Date.parse(b.at);

/**
 * Builds the support agent's one view of an order, as data: every after-sale with its history,
 * decisions, deadlines, next possible events and the effects its steps raised (with their outbox
 * state when `effectStates` is given); each parcel with its scans (and each return
 * parcel's); the payments and refunds; the money summary; and one timeline of all of it. Pure.
 */
export function buildAfterSalesView(input: AfterSalesViewInput): AfterSalesView {
  const { order } = input;
  const currency = order.totals.paid.currency;
  const tracking = [...(input.tracking ?? [])].sort(byTime);
  const scansOf = (trackingNumber: string | undefined) =>
    trackingNumber === undefined ? [] : tracking.filter((scan) => scan.trackingNumber === trackingNumber);
  const shipments = (input.shipments ?? []).filter((shipment) => shipment.orderId === order.id);
  const cases = input.cases.filter((one) => one.afterSale.orderId === order.id);
  const payments = [...(input.payments ?? [])].sort(byTime);
  const afterSales = cases.map((one): AfterSalesViewCase => {
    const { afterSale } = one;
    return {
      id: afterSale.id,
      type: afterSale.type,
      status: afterSale.status,
      platformStatus: afterSale.platformStatus,
      ...(afterSale.reason === undefined ? {} : { reason: afterSale.reason }),
      refundAmount: afterSale.refundAmount,
      lines: afterSale.lines,
      history: one.history,
      decisions: one.decisions,
      returnTracking: scansOf(afterSale.returnTrackingNumber),
      ...(one.refundPayment === undefined ? {} : { refundPayment: one.refundPayment }),
      deadlines: afterSaleDeadlines(one, input.policy ?? defaultAfterSalePolicy),
      nextEvents: allowedAfterSaleEvents(afterSale.type, afterSale.status),
      effects: effectsOf(one, input.effectStates),
      ...(one.settledAt === undefined ? {} : { settledAt: one.settledAt }),
    };
  });
  const open = cases.filter(
    (one) => !['refused', 'closed'].includes(one.afterSale.status) && one.settledAt === undefined,
  );
  const lines = order.lines.map((line) => ({
    lineId: line.lineId,
    title: line.title,
    sellerSku: line.sellerSku,
    quantity: line.quantity,
    shippedQuantity: line.shippedQuantity,
    refundedQuantity: line.refundedQuantity,
    paid: line.paid,
    refundedAmount: line.refundedAmount ?? zeroMoney(currency),
  }));
  return {
    orderId: order.id,
    channel: order.channel,
    shopId: order.shopId,
    platformOrderId: order.platformOrderId,
    orderStatus: order.status,
    paid: order.totals.paid,
    refunded: sumMoney(
      lines.map((line) => line.refundedAmount),
      currency,
    ),
    refundsInProgress: sumMoney(
      open.map((one) => one.afterSale.refundAmount),
      currency,
    ),
    lines,
    parcels: shipments.map((shipment) => ({ shipment, tracking: scansOf(shipment.trackingNumber) })),
    payments,
    afterSales,
    timeline: timelineOf(order, shipments, tracking, payments, cases),
  };
}

function effectsOf(
  afterSaleCase: AfterSaleCase,
  states: ReadonlyMap<string, AfterSaleEffectStatus> | undefined,
): AfterSalesViewEffect[] {
  return afterSaleCase.history.flatMap((entry) =>
    (entry.effects ?? []).map((effect): AfterSalesViewEffect => {
      const known = states?.get(effect.key);
      if (known === undefined) return { ...effect, entryId: entry.id, state: 'unknown' };
      return {
        ...effect,
        entryId: entry.id,
        state: known.state,
        attempts: known.attempts,
        ...(known.lastError === undefined ? {} : { lastError: known.lastError }),
      };
    }),
  );
}

function timelineOf(
  order: Order,
  shipments: readonly Shipment[],
  tracking: readonly ParcelTrackingEvent[],
  payments: readonly OrderPaymentRecord[],
  cases: readonly AfterSaleCase[],
): AfterSalesTimelineItem[] {
  const items: AfterSalesTimelineItem[] = [{ at: order.createdAt, source: 'order', text: 'order placed' }];
  if (order.paidAt !== undefined) items.push({ at: order.paidAt, source: 'order', text: 'order paid' });
  for (const shipment of shipments)
    if (shipment.shippedAt !== undefined)
      items.push({
        at: shipment.shippedAt,
        source: 'parcel',
        text: `shipped ${shipment.carrierCode} ${shipment.trackingNumber}`,
        ref: shipment.id,
      });
  for (const scan of tracking)
    items.push({ at: scan.at, source: 'parcel', text: scan.description, ref: scan.trackingNumber });
  for (const payment of payments)
    items.push({
      at: payment.at,
      source: 'payment',
      text: `${payment.kind} ${payment.amount.amount} fen`,
      ref: payment.id,
    });
  for (const one of cases) {
    items.push({
      at: one.afterSale.createdAt,
      source: 'after-sale',
      text: `${one.afterSale.type} requested`,
      ref: one.afterSale.id,
    });
    for (const entry of one.history) {
      const why = entry.reason === undefined ? '' : ` (${entry.reason})`;
      items.push({
        at: entry.at,
        source: 'after-sale',
        text: `${entry.from} -> ${entry.to} by ${entry.by}${why}`,
        ref: one.afterSale.id,
      });
    }
  }
  return items.sort(byTime);
}
