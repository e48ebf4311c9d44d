import type { AfterSaleStatus, AfterSaleType } from '@omskit/core';

/**
 * PDD `after_sales_status` to the unified after-sale states. Meanings of 14-18 are elided in
 * the reference and taken as the 换货/补寄 steps (UNVERIFIED; see the README).
 */
export const pddAfterSaleStatusMap: Readonly<Record<number, { status: AfterSaleStatus; meaning: string }>> = {
  0: { status: 'closed', meaning: '无售后' },
  2: { status: 'requested', meaning: '买家申请退款，待商家处理' },
  3: { status: 'requested', meaning: '退货退款，待商家处理' },
  4: { status: 'refund_pending', meaning: '商家同意退款，退款中' },
  5: { status: 'refund_pending', meaning: '平台同意退款，退款中' },
  6: { status: 'refused', meaning: '驳回退款，待买家处理' },
  7: { status: 'awaiting_return', meaning: '已同意退货退款，待用户发货' },
  8: { status: 'requested', meaning: '平台处理中' },
  9: { status: 'closed', meaning: '平台拒绝退款，退款关闭' },
  10: { status: 'refunded', meaning: '退款成功' },
  11: { status: 'closed', meaning: '买家撤销' },
  12: { status: 'closed', meaning: '买家逾期未处理，退款失败' },
  13: { status: 'closed', meaning: '买家逾期，超过有效期' },
  14: { status: 'requested', meaning: '换货补寄待商家处理' },
  15: { status: 'approved', meaning: '换货补寄待用户处理' },
  16: { status: 'exchange_shipped', meaning: '换货补寄成功' },
  17: { status: 'closed', meaning: '换货补寄失败' },
  18: { status: 'exchange_shipped', meaning: '换货补寄待用户确认完成' },
  21: { status: 'requested', meaning: '待商家同意维修' },
  22: { status: 'awaiting_return', meaning: '待用户确认发货' },
  24: { status: 'closed', meaning: '维修关闭' },
  25: { status: 'closed', meaning: '维修成功' },
  27: { status: 'exchange_shipped', meaning: '待用户确认收货' },
  31: { status: 'awaiting_return', meaning: '已同意拒收退款，待用户拒收' },
  32: { status: 'approved', meaning: '补寄待商家发货' },
};

/** The unified state of a PDD `after_sales_status`, or undefined for a value the table lacks. */
export function mapPddAfterSaleStatus(status: number): AfterSaleStatus | undefined {
  return pddAfterSaleStatusMap[status]?.status;
}

/**
 * The unified type from `after_sales_type` (2 仅退款, 3 退货退款, 4 换货, 5 缺货补寄) and, for
 * refund-only, whether the buyer reported receiving the goods (`user_shipping_status` 1 or 2
 * means the parcel had left). Repair statuses (21-25) make a repair whatever the type says.
 */
export function mapPddAfterSaleType(
  type: number,
  status: number,
  userShippingStatus: number | undefined,
): AfterSaleType | undefined {
  if (status >= 21 && status <= 25) return 'repair';
  if (type === 2)
    return userShippingStatus === 1 || userShippingStatus === 2
      ? 'refund_only_shipped'
      : 'refund_only_unshipped';
  if (type === 3) return 'return_refund';
  if (type === 4) return 'exchange';
  if (type === 5) return 'reship';
  return undefined;
}
