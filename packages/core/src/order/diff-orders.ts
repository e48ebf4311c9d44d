import type { Address } from '../schema/address';
import type { OrderEventType } from '../schema/events';
import type { LineRefundStatus, Order, OrderLine, OrderStatus } from '../schema/order';
import { canonicalJson } from './canonical-json';
import { orderStatusEventType } from './order-status-event-type';

/** One meaningful difference between two versions of an order, named by the event it implies. */
export interface OrderChange {
  readonly type: OrderEventType;
  /** For status changes: the status before. */
  readonly fromStatus?: OrderStatus;
  /** For status changes: the status after. */
  readonly toStatus?: OrderStatus;
  /** For line and refund changes: the lines concerned, sorted. */
  readonly lineIds?: readonly string[];
}

const settledRefundStatuses: readonly LineRefundStatus[] = ['refunded', 'refused', 'closed'];

function addressPart(address: Address): unknown {
  const { country, province, city, district, town, detailMasked, tokens } = address;
  return { country, province, city, district, town, detailMasked, tokens };
}

/** The line as sold: what routing, reservation and picking read. Refunds and shipping are tracked apart. */
function lineContent(line: OrderLine): unknown {
  return {
    ...line,
    shippedQuantity: undefined,
    refundStatus: undefined,
    refundedQuantity: undefined,
    refundedAmount: undefined,
    platformStatus: undefined,
  };
}

/**
 * What no specific event covers, at the order level. The lifecycle timestamps belong to the status
 * event when the status changed with them (`order-shipped` carries the new `shippedAt`).
 */
function orderRest(order: Order, statusAnnounced: boolean): unknown {
  const lifecycle = statusAnnounced ? { paidAt: undefined, shippedAt: undefined, endedAt: undefined } : {};
  return {
    ...order,
    ...lifecycle,
    status: undefined,
    platformModifiedAt: undefined,
    lines: undefined,
    sellerMemo: undefined,
    sellerFlag: undefined,
    buyerMessage: undefined,
    shipBlocked: undefined,
    receiver: {
      ...order.receiver,
      country: undefined,
      province: undefined,
      city: undefined,
      district: undefined,
      town: undefined,
      detailMasked: undefined,
      tokens: undefined,
    },
    tags: [...order.tags].sort(),
  };
}

function lineRest(line: OrderLine): unknown {
  const { shippedQuantity, refundedQuantity, refundedAmount, platformStatus } = line;
  return { shippedQuantity, refundedQuantity, refundedAmount, platformStatus };
}

function differs(a: unknown, b: unknown): boolean {
  return canonicalJson(a) !== canonicalJson(b);
}

function isRefundRequested(before: LineRefundStatus, after: LineRefundStatus): boolean {
  return after === 'in_progress' && before !== 'in_progress';
}

function isRefundSettled(before: LineRefundStatus, after: LineRefundStatus): boolean {
  if (before === after || after === 'in_progress') return false;
  // Leaving in_progress for `none` is a withdrawn request: settled, without a refund.
  return before === 'in_progress' || settledRefundStatuses.includes(after);
}

interface LineChanges {
  changed: string[];
  refundRequested: string[];
  refundSettled: string[];
  other: boolean;
}

function diffLines(before: Order, after: Order): LineChanges {
  const result: LineChanges = { changed: [], refundRequested: [], refundSettled: [], other: false };
  const beforeById = new Map(before.lines.map((line) => [line.lineId, line]));
  const afterIds = new Set(after.lines.map((line) => line.lineId));
  for (const line of before.lines) if (!afterIds.has(line.lineId)) result.changed.push(line.lineId);
  for (const line of after.lines) {
    const previous = beforeById.get(line.lineId);
    if (previous === undefined || differs(lineContent(previous), lineContent(line)))
      result.changed.push(line.lineId);
    const beforeRefund = previous?.refundStatus ?? 'none';
    if (isRefundRequested(beforeRefund, line.refundStatus)) result.refundRequested.push(line.lineId);
    else if (isRefundSettled(beforeRefund, line.refundStatus)) result.refundSettled.push(line.lineId);
    else if (beforeRefund !== line.refundStatus) result.other = true;
    if (previous !== undefined && differs(lineRest(previous), lineRest(line))) result.other = true;
  }
  for (const ids of [result.changed, result.refundRequested, result.refundSettled]) ids.sort();
  return result;
}

/**
 * The meaningful differences from `before` to `after`, each named by the domain event it implies,
 * in this order: the status entered (`order-paid`, `order-shipped`, ...), `order-address-changed`
 * (country, province, city, district, town, masked detail or receiver tokens differ),
 * `order-lines-changed` (lines added, removed, or changed in what was sold: SKU, quantity, price,
 * title, ...), `order-refund-requested` (a line's refund became `in_progress`),
 * `order-refund-settled` (a line's refund left `in_progress`, or became refunded, refused or
 * closed), `order-memo-changed` (seller memo, seller flag or buyer message),
 * `order-ship-block-changed`, and finally one `order-updated` when anything else differs. Lifecycle
 * timestamps (`paidAt`, `shippedAt`, `endedAt`) that change along with the status are part of the
 * status event; alone, they are an `order-updated`.
 * `platformModifiedAt` alone is not a change. `order-created` is never returned.
 */
export function diffOrders(before: Order, after: Order): OrderChange[] {
  const changes: OrderChange[] = [];
  let other = false;
  let statusAnnounced = false;
  if (before.status !== after.status) {
    const type = orderStatusEventType(after.status);
    if (type === undefined) other = true;
    else {
      changes.push({ type, fromStatus: before.status, toStatus: after.status });
      statusAnnounced = true;
    }
  }
  if (differs(addressPart(before.receiver), addressPart(after.receiver)))
    changes.push({ type: 'order-address-changed' });
  const lines = diffLines(before, after);
  if (lines.changed.length > 0) changes.push({ type: 'order-lines-changed', lineIds: lines.changed });
  if (lines.refundRequested.length > 0) {
    changes.push({ type: 'order-refund-requested', lineIds: lines.refundRequested });
  }
  if (lines.refundSettled.length > 0)
    changes.push({ type: 'order-refund-settled', lineIds: lines.refundSettled });
  if (
    before.sellerMemo !== after.sellerMemo ||
    before.sellerFlag !== after.sellerFlag ||
    before.buyerMessage !== after.buyerMessage
  ) {
    changes.push({ type: 'order-memo-changed' });
  }
  if (before.shipBlocked !== after.shipBlocked) changes.push({ type: 'order-ship-block-changed' });
  if (other || lines.other || differs(orderRest(before, statusAnnounced), orderRest(after, statusAnnounced)))
    changes.push({ type: 'order-updated' });
  return changes;
}
