import type { LineRefundStatus, OrderStatus } from '@omskit/core';

/** PDD `order_status`: 1 待发货, 2 已发货待签收, 3 已签收. */
export const pddOrderStatuses = [1, 2, 3] as const;
/** PDD `refund_status`: 1 无售后或售后关闭, 2 售后处理中, 3 退款中, 4 退款成功. */
export const pddRefundStatuses = [1, 2, 3, 4] as const;
/** PDD `confirm_status`: 0 未成交, 1 已成交, 2 已取消. */
export const pddConfirmStatuses = [0, 1, 2] as const;

/** PDD `group_status`: 0 拼团中, 1 已成团, 2 团失败. */
export const pddGroupStatuses = [0, 1, 2] as const;

/** The PDD status fields of an order. */
export interface PddStatusFields {
  readonly orderStatus: number;
  readonly refundStatus: number | undefined;
  readonly confirmStatus: number | undefined;
  /** `group_status`, when the payload carries it. */
  readonly groupStatus?: number | undefined;
  /** Whether the payload carries a payment time (closes after payment vs. cancels before it). */
  readonly paid: boolean;
}

/** The unified status of a PDD order, or which field could not be interpreted. */
export type PddStatusResult =
  | { readonly ok: true; readonly status: OrderStatus; readonly shipBlocked: boolean }
  | {
      readonly ok: false;
      readonly field: 'order_status' | 'refund_status' | 'confirm_status' | 'group_status';
    };

/**
 * Maps `order_status` x `refund_status` x `confirm_status` (and `group_status`) onto the unified
 * lifecycle: a cancelled confirmation or a failed group closes the order (cancelled before
 * payment, closed after it); a successful refund closes it; otherwise 1/2/3 are
 * paid/shipped/delivered. An unconfirmed order or a group still forming is paid but must not
 * ship, so it is `shipBlocked`.
 */
export function mapPddOrderStatus(fields: PddStatusFields): PddStatusResult {
  const { orderStatus, refundStatus, confirmStatus } = fields;
  if (!(pddOrderStatuses as readonly number[]).includes(orderStatus))
    return { ok: false, field: 'order_status' };
  if (refundStatus !== undefined && !(pddRefundStatuses as readonly number[]).includes(refundStatus)) {
    return { ok: false, field: 'refund_status' };
  }
  if (confirmStatus !== undefined && !(pddConfirmStatuses as readonly number[]).includes(confirmStatus)) {
    return { ok: false, field: 'confirm_status' };
  }
  const { groupStatus } = fields;
  if (groupStatus !== undefined && !(pddGroupStatuses as readonly number[]).includes(groupStatus)) {
    return { ok: false, field: 'group_status' };
  }
  if (confirmStatus === 2 || groupStatus === 2) {
    return {
      ok: true,
      status: fields.paid || refundStatus === 4 ? 'closed' : 'cancelled',
      shipBlocked: true,
    };
  }
  if (refundStatus === 4) return { ok: true, status: 'closed', shipBlocked: true };
  const status: OrderStatus = orderStatus === 1 ? 'paid' : orderStatus === 2 ? 'shipped' : 'delivered';
  return { ok: true, status, shipBlocked: orderStatus === 1 && (confirmStatus === 0 || groupStatus === 0) };
}

/** The line refund state from `refund_status` (PDD reports refunds per order, so every line shares it). */
export function mapPddLineRefundStatus(refundStatus: number | undefined): LineRefundStatus {
  if (refundStatus === 2 || refundStatus === 3) return 'in_progress';
  if (refundStatus === 4) return 'refunded';
  return 'none';
}

/** The verbatim platform status kept on the order: `order_status=1;refund_status=1;confirm_status=1`. */
export function formatPddPlatformStatus(fields: PddStatusFields): string {
  const parts = [`order_status=${fields.orderStatus}`];
  if (fields.refundStatus !== undefined) parts.push(`refund_status=${fields.refundStatus}`);
  if (fields.confirmStatus !== undefined) parts.push(`confirm_status=${fields.confirmStatus}`);
  if (fields.groupStatus !== undefined) parts.push(`group_status=${fields.groupStatus}`);
  return parts.join(';');
}
