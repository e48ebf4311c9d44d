/** `fields` of `taobao.trades.sold.increment.get`: just enough to page and to skip stale rows. */
export const taobaoIncrementFields = 'tid,tid_str,status,modified';

/**
 * `fields` of `taobao.trade.fullinfo.get`. The receiver fields are listed so TOP generates the
 * `oaid` (it does only when they are requested); TOP returns them masked.
 */
export const taobaoFullinfoFields = [
  'tid',
  'tid_str',
  'status',
  'step_trade_status',
  'step_paid_fee',
  'type',
  'created',
  'pay_time',
  'consign_time',
  'end_time',
  'modified',
  'payment',
  'post_fee',
  'total_fee',
  'discount_fee',
  'adjust_fee',
  'received_payment',
  'buyer_message',
  'has_buyer_message',
  'buyer_memo',
  'seller_memo',
  'seller_flag',
  'buyer_open_uid',
  'receiver_name',
  'receiver_mobile',
  'receiver_phone',
  'receiver_address',
  'receiver_state',
  'receiver_city',
  'receiver_district',
  'receiver_town',
  'receiver_zip',
  'receiver_country',
  'oaid',
  'orders',
].join(',');

/** `fields` of `taobao.refunds.receive.get`. */
export const taobaoRefundFields = [
  'refund_id',
  'tid',
  'oid',
  'title',
  'total_fee',
  'status',
  'created',
  'refund_fee',
  'good_status',
  'company_name',
  'sid',
  'payment',
  'reason',
  'desc',
  'has_good_return',
  'modified',
  'order_status',
  'refund_phase',
  'dispute_type',
  'num',
].join(',');
