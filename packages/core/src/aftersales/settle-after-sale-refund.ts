import type { DomainEnv } from '../contracts/common';
import { makeOrderEvent } from '../order/make-order-event';
import type { OrderEvent } from '../schema/events';
import { addMoney, zeroMoney } from '../schema/money';
import type { Order, OrderLine } from '../schema/order';
import type { AfterSaleCase } from './after-sale-case';
import { unitConsumingTypes } from './refundable-amount';
import { eventInstant } from './transition-after-sale';

/** Why a refund could not be written into the order. */
export type SettleRefusal =
  | 'not_refunded'
  | 'already_settled'
  | 'wrong_order'
  | 'unknown_line'
  | 'exceeds_paid'
  | 'exceeds_quantity';

/** What {@link settleAfterSaleRefund} returns. */
export type SettleAfterSaleRefundResult =
  | {
      readonly ok: true;
      readonly order: Order;
      readonly afterSaleCase: AfterSaleCase;
      /** `order-refund-settled` with the lines concerned. */
      readonly events: OrderEvent[];
    }
  | {
      readonly ok: false;
      readonly reason: SettleRefusal;
      readonly lineId?: string;
      readonly message: string;
    };

/**
 * Closes the loop once finance confirmed the payment: adds the refunded units (for the types that
 * take units back; price protection refunds money only) and money to the order's lines, and marks
 * a line `refunded` when every unit is. Refuses, changing nothing, when the case has no confirmed
 * payment, was settled already (so a replay never counts twice), or when a line would end with
 * more money refunded than paid, or more units refunded than ordered. Returns an `order-refund-settled` event. The order's status is
 * left to the platform (it closes a fully refunded trade itself). Pure; the settlement time and
 * the event id come from `env`.
 *
 * It adds to what the order's lines say, so it suits an order only omskit refunds. Where the
 * platform also reports refunds in the lines (every marketplace adapter maps them), use
 * `applySettledRefunds`, which recomputes the lines from every settled case and never counts a
 * refund twice; the runtime's after-sales desk does.
 */
export function settleAfterSaleRefund(
  order: Order,
  afterSaleCase: AfterSaleCase,
  env: DomainEnv,
): SettleAfterSaleRefundResult {
  const { afterSale } = afterSaleCase;
  if (afterSaleCase.refundPayment === undefined)
    return { ok: false, reason: 'not_refunded', message: `${afterSale.id} has no confirmed refund payment` };
  if (afterSaleCase.settledAt !== undefined)
    return {
      ok: false,
      reason: 'already_settled',
      message: `${afterSale.id} was settled at ${afterSaleCase.settledAt}`,
    };
  if (afterSale.orderId !== order.id)
    return {
      ok: false,
      reason: 'wrong_order',
      message: `${afterSale.id} belongs to ${afterSale.orderId}, not ${order.id}`,
    };
  const takesUnits = unitConsumingTypes.includes(afterSale.type);
  const lines: OrderLine[] = [];
  for (const line of order.lines) {
    const asked = afterSale.lines.find((candidate) => candidate.lineId === line.lineId);
    if (asked === undefined) {
      lines.push(line);
      continue;
    }
    const refundedQuantity = line.refundedQuantity + (takesUnits ? asked.quantity : 0);
    const refundedAmount = addMoney(line.refundedAmount ?? zeroMoney(line.paid.currency), asked.refundAmount);
    // Whether those units had shipped is the request guard's business; here a line can never end
    // with more units refunded than it had.
    const unitLimit = line.quantity;
    if (refundedAmount.amount > line.paid.amount)
      return {
        ok: false,
        reason: 'exceeds_paid',
        lineId: line.lineId,
        message: `line ${line.lineId} would have ${refundedAmount.amount} refunded of ${line.paid.amount} paid`,
      };
    if (takesUnits && refundedQuantity > unitLimit)
      return {
        ok: false,
        reason: 'exceeds_quantity',
        lineId: line.lineId,
        message: `line ${line.lineId} would have ${refundedQuantity} units refunded of ${unitLimit}`,
      };
    lines.push({
      ...line,
      refundedQuantity,
      refundedAmount,
      refundStatus: refundedQuantity >= line.quantity ? 'refunded' : line.refundStatus,
    });
  }
  const unknown = afterSale.lines.find((asked) => !order.lines.some((line) => line.lineId === asked.lineId));
  if (unknown !== undefined)
    return {
      ok: false,
      reason: 'unknown_line',
      lineId: unknown.lineId,
      message: `line ${unknown.lineId} is not in ${order.id}`,
    };
  const settledAt = eventInstant(undefined, env);
  const event = makeOrderEvent(env, 'order-refund-settled', order.id, {
    lineIds: afterSale.lines.map((line) => line.lineId),
  });
  return {
    ok: true,
    order: { ...order, lines },
    afterSaleCase: { ...afterSaleCase, settledAt },
    events: [event],
  };
}
