import {
  invalidInput,
  type MappingWarning,
  type Money,
  type Order,
  orderKey,
  subtractMoney,
  sumMoney,
  zeroMoney,
} from '@omskit/core';
import { mapTaobaoLines } from './map-taobao-lines';
import { mapTaobaoReceiver, taobaoReceiverFields } from './map-taobao-receiver';
import { isTaobaoStepTradeStatus, isTaobaoTradeStatus, mapTaobaoTradeStatus } from './map-taobao-status';
import {
  failAt,
  optionalMoney,
  optionalText,
  readContext,
  readId,
  readInteger,
  readTime,
  requiredMoney,
  requiredText,
  requireObject,
  type TaobaoReadContext,
  unusedFields,
  warnAt,
} from './taobao-read';

/** Options of {@link mapTaobaoOrder}. */
export interface MapTaobaoOrderOptions {
  /** The shop the trade belongs to, as the host registered it. */
  readonly shopId: string;
  /** The channel name written on the order. Default `taobao`. */
  readonly channel?: string;
}

/** A mapped order and what the mapping could not interpret. */
export interface TaobaoOrderMapping {
  readonly order: Order;
  readonly warnings: readonly MappingWarning[];
}

const tradeFields = new Set([
  ...taobaoReceiverFields,
  'tid',
  'tid_str',
  'status',
  'step_trade_status',
  'type',
  'created',
  'pay_time',
  'consign_time',
  'end_time',
  'modified',
  'payment',
  'post_fee',
  'buyer_message',
  'seller_memo',
  'seller_flag',
  'buyer_open_uid',
  'orders',
]);

/** Money arithmetic that overflowed becomes `invalid_input` at the field that fed it. */
function checkedMoney(context: TaobaoReadContext, path: readonly string[], compute: () => Money): Money {
  try {
    return compute();
  } catch (error) {
    return failAt(context, path, 'amounts out of range', error);
  }
}

function flagOf(context: TaobaoReadContext, value: number | undefined): number | undefined {
  if (value === undefined || (value >= 0 && value <= 5)) return value;
  warnAt(context, ['seller_flag'], `seller_flag ${value} is outside 0-5; kept`);
  return value;
}

/**
 * Maps one TOP trade (the `trade` of `taobao.trade.fullinfo.get`, parsed with `parseJsonExact`)
 * to the unified order. Pure: no I/O, no clock.
 *
 * Ids come from `tid_str`/`oid_str` when present and are exact above 2^53 either way; money is
 * exact fen from TOP's yuan strings; times are Asia/Shanghai wall times turned into UTC
 * instants; the province is normalised to its GB/T 2260 code; every documented status maps onto
 * the unified lifecycle; what paid for goods (`payment - post_fee`) is apportioned over the
 * lines; the receiver is kept only as TOP's masked text plus the `oaid`. Every field with no
 * unified home is kept in `platformData.taobao`.
 *
 * @throws OmsError `invalid_input` with the `path` of the bad field and the payload as
 *   `rawPayload` when the trade cannot be mapped without inventing values.
 */
export function mapTaobaoOrder(raw: unknown, options: MapTaobaoOrderOptions): TaobaoOrderMapping {
  const context = readContext(raw);
  if (typeof options.shopId !== 'string' || options.shopId === '') {
    throw invalidInput(['shopId'], 'a shop id is required', { platform: 'taobao' });
  }
  const trade = requireObject(context, raw, []);
  const tid = readId(context, trade, 'tid', [], true);
  const statusText = requiredText(context, trade, 'status', []);
  if (!isTaobaoTradeStatus(statusText))
    failAt(context, ['status'], `unknown trade status ${JSON.stringify(statusText)}`);
  const stepText = optionalText(context, trade, 'step_trade_status', []);
  const step = stepText !== undefined && isTaobaoStepTradeStatus(stepText) ? stepText : undefined;
  if (stepText !== undefined && step === undefined) {
    warnAt(context, ['step_trade_status'], `unknown step status ${JSON.stringify(stepText)}; ignored`);
  }
  const createdAt = readTime(context, trade, 'created', [], true) as string;
  const platformModifiedAt = readTime(context, trade, 'modified', [], true) as string;
  const paidAt = readTime(context, trade, 'pay_time', [], false);
  const shippedAt = readTime(context, trade, 'consign_time', [], false);
  const endedAt = readTime(context, trade, 'end_time', [], false);
  const mapped = mapTaobaoTradeStatus(statusText, step, paidAt !== undefined);
  if (mapped.note !== undefined) warnAt(context, ['status'], mapped.note);

  const paid = requiredMoney(context, trade, 'payment', []);
  const postFee = optionalMoney(context, trade, 'post_fee', []);
  if (postFee === undefined) warnAt(context, ['post_fee'], 'no post_fee; shipping read as zero');
  const shipping = postFee ?? zeroMoney(paid.currency);
  const goodsPaid = checkedMoney(context, ['payment'], () => subtractMoney(paid, shipping));
  if (goodsPaid.amount < 0) failAt(context, ['post_fee'], 'post_fee is larger than payment');
  const type = optionalText(context, trade, 'type', []);
  const presale = step !== undefined || type === 'step';
  const { lines, lineData } = mapTaobaoLines(context, trade, tid, goodsPaid, presale);
  const goods = checkedMoney(context, ['orders'], () =>
    sumMoney(
      lines.map((line) => line.amount),
      paid.currency,
    ),
  );
  const discount = checkedMoney(context, ['orders'], () => subtractMoney(goods, goodsPaid));
  const receiver = mapTaobaoReceiver(context, trade);
  const buyerMessage = optionalText(context, trade, 'buyer_message', []);
  const sellerMemo = optionalText(context, trade, 'seller_memo', []);
  const sellerFlag = flagOf(context, readInteger(context, trade, 'seller_flag', [], false));
  const buyerToken = optionalText(context, trade, 'buyer_open_uid', []);
  const channel = options.channel ?? 'taobao';

  const taobao = unusedFields(trade, tradeFields);
  if (type !== undefined) taobao.type = type;
  if (stepText !== undefined) taobao.step_trade_status = stepText;
  if (receiver.directlyAdministeredCounty) taobao.directlyAdministeredCounty = true;
  taobao.lines = lineData;
  const order: Order = {
    id: orderKey(channel, options.shopId, tid),
    channel,
    shopId: options.shopId,
    platformOrderId: tid,
    status: mapped.status,
    platformStatus: statusText,
    createdAt,
    platformModifiedAt,
    receiver: receiver.address,
    lines,
    totals: { goods, shipping, discount, paid },
    presale,
    cod: type === 'cod',
    shipBlocked: mapped.shipBlocked,
    tags: [],
    platformData: { taobao },
  };
  // Optional fields are set only when present, so the order carries no undefined keys.
  if (paidAt !== undefined) order.paidAt = paidAt;
  if (shippedAt !== undefined) order.shippedAt = shippedAt;
  if (endedAt !== undefined) order.endedAt = endedAt;
  if (buyerToken !== undefined) order.buyerToken = buyerToken;
  if (buyerMessage !== undefined) order.buyerMessage = buyerMessage;
  if (sellerMemo !== undefined) order.sellerMemo = sellerMemo;
  if (sellerFlag !== undefined) order.sellerFlag = sellerFlag;
  return { order, warnings: context.warnings };
}
