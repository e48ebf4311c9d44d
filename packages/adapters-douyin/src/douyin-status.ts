import type { AfterSaleStatus, AfterSaleType, LineRefundStatus, OrderStatus } from '@omskit/core';

/**
 * Douyin order statuses (`order_status` on shop and SKU orders, plus the extra `main_status` values)
 * onto the unified lifecycle. 4 (已取消) is `cancelled` before payment and `closed` after it; see
 * {@link mapDouyinOrderStatus}.
 */
export const douyinOrderStatuses: Readonly<Record<number, { status: OrderStatus; label: string }>> =
  Object.freeze({
    1: { status: 'pending_payment', label: '待确认/待支付' },
    103: { status: 'deposit_paid', label: '部分支付' },
    105: { status: 'paid', label: '已支付' },
    2: { status: 'paid', label: '备货中' },
    101: { status: 'partially_shipped', label: '部分发货' },
    3: { status: 'shipped', label: '已发货' },
    4: { status: 'cancelled', label: '已取消' },
    5: { status: 'completed', label: '已完成' },
    21: { status: 'closed', label: '发货前退款完结' },
    22: { status: 'closed', label: '发货后退款完结' },
    39: { status: 'closed', label: '收货后退款完结' },
  });

/** The unified status of a Douyin order status, or `undefined` for a value omskit does not know. */
export function mapDouyinOrderStatus(code: number, paid: boolean): OrderStatus | undefined {
  const entry = douyinOrderStatuses[code];
  if (entry === undefined) return undefined;
  return code === 4 && paid ? 'closed' : entry.status;
}

/** Douyin `aftersale_type` onto the unified after-sale types. */
export const douyinAfterSaleTypes: Readonly<Record<number, AfterSaleType>> = Object.freeze({
  0: 'return_refund',
  1: 'refund_only_shipped',
  2: 'refund_only_unshipped',
  3: 'exchange',
  6: 'price_protection',
  7: 'reship',
  8: 'repair',
});

const goodsTypes: ReadonlySet<AfterSaleType> = new Set(['exchange', 'reship', 'repair']);

/**
 * The unified status of a Douyin standard after-sale status, refined by its `refund_status`
 * (1 待退款, 2 退款中, 3 退款成功, 4 退款失败, 5 追缴成功); `undefined` for an unknown status.
 */
export function mapDouyinAfterSaleStatus(
  status: number,
  type: AfterSaleType,
  refundStatus: number | undefined,
): AfterSaleStatus | undefined {
  switch (status) {
    case 6:
      return 'requested';
    case 7:
      return 'awaiting_return';
    case 8:
      // 待商家发货: for an exchange the returned unit is in, for reship/repair nothing comes back.
      return type === 'exchange' ? 'received' : 'approved';
    case 11:
      return 'return_in_transit';
    case 12:
      if (goodsTypes.has(type)) return 'closed';
      if (refundStatus === 1 || refundStatus === 2) return 'refund_pending';
      return 'refunded';
    case 13:
      return 'exchange_shipped';
    case 14:
      return 'closed';
    case 27:
    case 29:
      return 'refused';
    case 28:
      return 'closed';
    default:
      return undefined;
  }
}

/** A line's refund state from the SKU order's `after_sale_info.refund_status`. */
export function mapDouyinLineRefundStatus(refundStatus: number | undefined): LineRefundStatus | undefined {
  switch (refundStatus) {
    case undefined:
    case 0:
      return 'none';
    case 1:
    case 2:
      return 'in_progress';
    case 3:
    case 5:
      return 'refunded';
    case 4:
      return 'refused';
    default:
      return undefined;
  }
}
