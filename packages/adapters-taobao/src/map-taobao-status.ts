import type { LineRefundStatus, OrderStatus } from '@omskit/core';

/** Every `trade.status` value TOP documents (plus the query-only aggregates). */
export const taobaoTradeStatuses = [
  'TRADE_NO_CREATE_PAY',
  'WAIT_BUYER_PAY',
  'PAY_PENDING',
  'WAIT_PRE_AUTH_CONFIRM',
  'WAIT_SELLER_SEND_GOODS',
  'PAID_FORBID_CONSIGN',
  'SELLER_CONSIGNED_PART',
  'WAIT_BUYER_CONFIRM_GOODS',
  'TRADE_BUYER_SIGNED',
  'TRADE_FINISHED',
  'TRADE_CLOSED',
  'TRADE_CLOSED_BY_TAOBAO',
  'ALL_WAIT_PAY',
  'ALL_CLOSED',
] as const;

/** A TOP trade status. */
export type TaobaoTradeStatus = (typeof taobaoTradeStatuses)[number];

/** Presale (step) trade statuses: deposit and final payment. */
export const taobaoStepTradeStatuses = [
  'FRONT_NOPAID_FINAL_NOPAID',
  'FRONT_PAID_FINAL_NOPAID',
  'FRONT_PAID_FINAL_PAID',
] as const;

/** A TOP `step_trade_status`. */
export type TaobaoStepTradeStatus = (typeof taobaoStepTradeStatuses)[number];

/** The unified reading of a trade status. */
export interface TaobaoStatusMapping {
  readonly status: OrderStatus;
  /** Paid but the platform forbids shipping (`PAID_FORBID_CONSIGN`). */
  readonly shipBlocked: boolean;
  /** A note for the mapping warnings, when the reading is a judgement call. */
  readonly note?: string;
}

const baseStatus: Readonly<Record<TaobaoTradeStatus, OrderStatus>> = {
  TRADE_NO_CREATE_PAY: 'pending_payment',
  WAIT_BUYER_PAY: 'pending_payment',
  PAY_PENDING: 'pending_payment',
  WAIT_PRE_AUTH_CONFIRM: 'pending_payment',
  WAIT_SELLER_SEND_GOODS: 'paid',
  PAID_FORBID_CONSIGN: 'paid',
  SELLER_CONSIGNED_PART: 'partially_shipped',
  WAIT_BUYER_CONFIRM_GOODS: 'shipped',
  TRADE_BUYER_SIGNED: 'delivered',
  TRADE_FINISHED: 'completed',
  TRADE_CLOSED: 'closed',
  TRADE_CLOSED_BY_TAOBAO: 'cancelled',
  ALL_WAIT_PAY: 'pending_payment',
  ALL_CLOSED: 'closed',
};

/** True for a documented trade status. */
export function isTaobaoTradeStatus(value: string): value is TaobaoTradeStatus {
  return Object.hasOwn(baseStatus, value);
}

/** True for a documented presale step status. */
export function isTaobaoStepTradeStatus(value: string): value is TaobaoStepTradeStatus {
  return (taobaoStepTradeStatuses as readonly string[]).includes(value);
}

/**
 * Maps a trade status (and, for presale trades, the step status) onto the unified lifecycle.
 *
 * `PAID_FORBID_CONSIGN` is `paid` with `shipBlocked`; `TRADE_CLOSED_BY_TAOBAO` (closed before
 * payment) is `cancelled`; `TRADE_CLOSED` (closed after a full refund) is `closed`; a presale
 * trade waiting for its final payment after the deposit is `deposit_paid`.
 */
export function mapTaobaoTradeStatus(
  status: TaobaoTradeStatus,
  step: TaobaoStepTradeStatus | undefined,
  paid: boolean,
): TaobaoStatusMapping {
  if (
    step === 'FRONT_PAID_FINAL_NOPAID' &&
    (status === 'WAIT_BUYER_PAY' || status === 'WAIT_SELLER_SEND_GOODS')
  ) {
    return { status: 'deposit_paid', shipBlocked: false };
  }
  if (status === 'PAID_FORBID_CONSIGN') return { status: 'paid', shipBlocked: true };
  if (status === 'ALL_CLOSED') {
    return {
      status: paid ? 'closed' : 'cancelled',
      shipBlocked: false,
      note: 'query-only aggregate ALL_CLOSED in a response; read as closed when paid, else cancelled',
    };
  }
  if (status === 'ALL_WAIT_PAY') {
    return {
      status: 'pending_payment',
      shipBlocked: false,
      note: 'query-only aggregate ALL_WAIT_PAY in a response',
    };
  }
  return { status: baseStatus[status], shipBlocked: false };
}

/** Every sub-order `refund_status` value TOP documents, with `NO_REFUND` seen in responses. */
export const taobaoLineRefundStatuses = [
  'NO_REFUND',
  'WAIT_SELLER_AGREE',
  'WAIT_BUYER_RETURN_GOODS',
  'WAIT_SELLER_CONFIRM_GOODS',
  'SELLER_REFUSE_BUYER',
  'CLOSED',
  'SUCCESS',
] as const;

const lineRefund: Readonly<Record<string, LineRefundStatus>> = {
  NO_REFUND: 'none',
  WAIT_SELLER_AGREE: 'in_progress',
  WAIT_BUYER_RETURN_GOODS: 'in_progress',
  WAIT_SELLER_CONFIRM_GOODS: 'in_progress',
  SELLER_REFUSE_BUYER: 'refused',
  CLOSED: 'closed',
  SUCCESS: 'refunded',
};

/** A line's refund state from its `refund_status`, or `undefined` for a value TOP does not document. */
export function mapTaobaoLineRefundStatus(value: string): LineRefundStatus | undefined {
  return Object.hasOwn(lineRefund, value) ? lineRefund[value] : undefined;
}

/** Line statuses after which the line's goods have left the warehouse. */
export const taobaoShippedLineStatuses: ReadonlySet<string> = new Set([
  'WAIT_BUYER_CONFIRM_GOODS',
  'TRADE_BUYER_SIGNED',
  'TRADE_FINISHED',
]);
