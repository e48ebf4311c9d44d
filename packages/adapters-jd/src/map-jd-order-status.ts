import type { OrderStatus } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';

/** What a JD `orderState` says, before the mapper looks at the rest of the order. */
export interface JdStatusMeaning {
  /** The unified status; `by-payment` means cancelled before payment, closed after it. */
  readonly status: OrderStatus | 'by-payment' | 'by-shipment';
  /** JD will not let the seller ship now (locked or paused orders). */
  readonly shipBlocked: boolean;
  /** The Chinese label from JD's field comments. */
  readonly label: string;
}

/**
 * Every JD POP `orderState` in the reference, with its unified meaning. `by-shipment` (locked,
 * paused) keeps `shipped` when the order already has a waybill and `paid` otherwise.
 */
export const jdOrderStates: Readonly<Record<string, JdStatusMeaning>> = {
  NOT_PAY: { status: 'pending_payment', shipBlocked: false, label: '未付款' },
  WAIT_SELLER_STOCK_OUT: { status: 'paid', shipBlocked: false, label: '等待出库' },
  WAIT_SELLER_DELIVERY: { status: 'paid', shipBlocked: false, label: '等待发货 (海外购)' },
  WAIT_SEND_CODE: { status: 'paid', shipBlocked: false, label: '等待发码' },
  WAIT_GOODS_RECEIVE_CONFIRM: { status: 'shipped', shipBlocked: false, label: '等待确认收货' },
  SEND_TO_DISTRIBUTION_CENER: { status: 'shipped', shipBlocked: false, label: '发往配送中心 (LBP/SOPL)' },
  DISTRIBUTION_CENTER_RECEIVED: { status: 'shipped', shipBlocked: false, label: '配送中心已收货 (LBP/SOPL)' },
  DELIVERY_RETURN: { status: 'shipped', shipBlocked: false, label: '配送退货' },
  RECEIPTS_CONFIRM: { status: 'completed', shipBlocked: false, label: '收款确认 (LBP/SOPL)' },
  FINISHED_L: { status: 'completed', shipBlocked: false, label: '完成' },
  TRADE_CANCELED: { status: 'by-payment', shipBlocked: false, label: '取消' },
  LOCKED: { status: 'by-shipment', shipBlocked: true, label: '已锁定' },
  POP_ORDER_PAUSE: { status: 'by-shipment', shipBlocked: true, label: 'POP暂停' },
  PAUSE: { status: 'by-shipment', shipBlocked: true, label: '暂停' },
};

/**
 * The unified status of a JD order state, given whether it was paid and whether it has a waybill.
 * Returns `undefined` for a state not in {@link jdOrderStates}.
 */
export function mapJdOrderStatus(
  orderState: string,
  facts: { paid: boolean; hasWaybill: boolean },
): { status: OrderStatus; shipBlocked: boolean } | undefined {
  const meaning = lookupOwn(jdOrderStates, orderState);
  if (meaning === undefined) return undefined;
  let status: OrderStatus;
  if (meaning.status === 'by-payment') status = facts.paid ? 'closed' : 'cancelled';
  else if (meaning.status === 'by-shipment') status = facts.hasWaybill ? 'shipped' : 'paid';
  else status = meaning.status;
  return { status, shipBlocked: meaning.shipBlocked };
}
