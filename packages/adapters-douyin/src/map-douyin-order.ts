import {
  invalidInput,
  type MappingWarning,
  OmsError,
  type Order,
  type OrderLine,
  orderKey,
} from '@omskit/core';
import { badField, type DouyinReader, douyinReader, type JsonObject, secondsToIso } from './douyin-read';
import { mapDouyinOrderStatus } from './douyin-status';
import { apportionDouyinDiscount, type DouyinLineDraft, readDouyinLine } from './map-douyin-order-lines';
import { mapDouyinReceiver } from './map-douyin-receiver';

/** Options of {@link mapDouyinOrder}. */
export interface MapDouyinOrderOptions {
  /** The shop the order belongs to, as the host registered it. */
  readonly shopId: string;
}

/** A mapped order and what could not be interpreted on the way. */
export interface MappedDouyinOrder {
  readonly order: Order;
  readonly warnings: readonly MappingWarning[];
}

function shippedBySku(
  reader: DouyinReader,
  order: JsonObject,
  warnings: MappingWarning[],
): Map<string, number> {
  const shipped = new Map<string, number>();
  for (const [index, entry] of reader.array(order['logistics_info'], ['logistics_info']).entries()) {
    const parcel = reader.object(entry, ['logistics_info', index]);
    const products = reader.array(parcel['product_info'], ['logistics_info', index, 'product_info']);
    for (const [productIndex, product] of products.entries()) {
      const path = ['logistics_info', index, 'product_info', productIndex];
      const item = reader.object(product, path);
      const skuOrderId = reader.optionalId(item['sku_order_id'], [...path, 'sku_order_id']);
      const count =
        item['product_count'] === undefined
          ? undefined
          : reader.integer(item['product_count'], [...path, 'product_count']);
      if (skuOrderId === undefined || count === undefined || count < 0) {
        warnings.push({ path, message: 'parcel line without sku_order_id or product_count' });
        continue;
      }
      shipped.set(skuOrderId, (shipped.get(skuOrderId) ?? 0) + count);
    }
  }
  return shipped;
}

function parcels(reader: DouyinReader, order: JsonObject): unknown[] {
  return reader.array(order['logistics_info'], ['logistics_info']).map((entry) => {
    const parcel = entry as JsonObject;
    return {
      tracking_no: parcel['tracking_no'] ?? null,
      company: parcel['company'] ?? null,
      company_name: parcel['company_name'] ?? null,
      ship_time: parcel['ship_time'] ?? null,
      delivery_id: parcel['delivery_id'] ?? null,
    };
  });
}

function finishLines(
  drafts: readonly DouyinLineDraft[],
  discounts: readonly number[],
  shipped: ReadonlyMap<string, number>,
  allShipped: boolean,
  warnings: MappingWarning[],
): OrderLine[] {
  return drafts.map((draft, index) => {
    const discount = discounts[index] ?? 0;
    const { line } = draft;
    let shippedQuantity = allShipped
      ? line.quantity
      : Math.max(line.shippedQuantity, shipped.get(line.lineId) ?? 0);
    if (shippedQuantity > line.quantity) {
      warnings.push({ path: ['sku_order_list', index], message: 'parcels hold more units than ordered' });
      shippedQuantity = line.quantity;
    }
    return {
      ...line,
      shippedQuantity,
      discount: { amount: discount, currency: line.amount.currency },
      paid: { amount: line.amount.amount - discount, currency: line.amount.currency },
    };
  });
}

function mapOrder(reader: DouyinReader, options: MapDouyinOrderOptions, warnings: MappingWarning[]): Order {
  const order = reader.object(reader.raw, []);
  const platformOrderId = reader.id(order['order_id'], ['order_id']);
  const statusCode = reader.integer(order['order_status'], ['order_status']);
  const createdSeconds = reader.unixSeconds(order['create_time'], ['create_time']);
  const modifiedSeconds = reader.unixSeconds(order['update_time'], ['update_time']);
  const paidSeconds = reader.optionalUnixSeconds(order['pay_time'], ['pay_time']);
  const shippedSeconds = reader.optionalUnixSeconds(order['ship_time'], ['ship_time']);
  const finishedSeconds = reader.optionalUnixSeconds(order['finish_time'], ['finish_time']);
  const shipBySeconds = reader.optionalUnixSeconds(order['exp_ship_time'], ['exp_ship_time']);
  const status = mapDouyinOrderStatus(statusCode, paidSeconds !== undefined);
  if (status === undefined)
    throw badField(['order_status'], `unknown order status ${statusCode}`, reader.raw);

  const skuOrders = reader.array(order['sku_order_list'], ['sku_order_list']);
  if (skuOrders.length === 0)
    throw badField(['sku_order_list'], 'an order needs at least one SKU order', reader.raw);
  const drafts = skuOrders.map((sku, index) =>
    readDouyinLine(reader, sku, ['sku_order_list', index], warnings),
  );
  const lineIds = new Set(drafts.map((draft) => draft.line.lineId));
  if (lineIds.size !== drafts.length)
    throw badField(['sku_order_list'], 'two SKU orders share an order_id', reader.raw);

  const payAmount = reader.fen(order['pay_amount'], ['pay_amount']);
  const postAmount = reader.optionalFen(order['post_amount'], ['post_amount']) ?? 0;
  const goodsPaid = payAmount - postAmount;
  if (goodsPaid < 0) throw badField(['post_amount'], 'shipping exceeds what was paid', reader.raw);
  const goods = drafts.reduce((sum, draft) => sum + draft.line.amount.amount, 0);
  if (!Number.isSafeInteger(goods)) throw badField(['sku_order_list'], 'line amounts overflow', reader.raw);
  if (goodsPaid > goods)
    warnings.push({ path: ['pay_amount'], message: 'paid more than the list price of the goods' });
  const { discounts, usedPlatformWeights } = apportionDouyinDiscount(drafts, goodsPaid);
  const platformSum = drafts.reduce((sum, draft) => sum + (draft.platformPaid ?? 0), 0);
  if (usedPlatformWeights && platformSum !== goodsPaid) {
    warnings.push({
      path: ['sku_order_list'],
      message: 'SKU pay_amount values do not add up to the order pay_amount',
    });
  }
  const allShipped = statusCode === 3 || statusCode === 5;
  const lines = finishLines(drafts, discounts, shippedBySku(reader, order, warnings), allShipped, warnings);
  const receiver = mapDouyinReceiver(reader, order, [], warnings);

  const buyerToken = reader.optionalString(order['doudian_open_id'], ['doudian_open_id']);
  const buyerMessage = reader.optionalString(order['buyer_words'], ['buyer_words']);
  const sellerMemo = reader.optionalString(order['seller_words'], ['seller_words']);
  const stars = order['seller_remark_stars'];
  const sellerFlag =
    stars === undefined || stars === null ? undefined : reader.integer(stars, ['seller_remark_stars']);
  const currency = 'CNY' as const;
  const endedSeconds =
    finishedSeconds ?? (status === 'cancelled' || status === 'closed' ? modifiedSeconds : undefined);
  return {
    id: orderKey('douyin', options.shopId, platformOrderId),
    channel: 'douyin',
    shopId: options.shopId,
    platformOrderId,
    status,
    platformStatus: String(statusCode),
    createdAt: secondsToIso(createdSeconds),
    ...(paidSeconds === undefined ? {} : { paidAt: secondsToIso(paidSeconds) }),
    ...(shippedSeconds === undefined ? {} : { shippedAt: secondsToIso(shippedSeconds) }),
    ...(endedSeconds === undefined ? {} : { endedAt: secondsToIso(endedSeconds) }),
    platformModifiedAt: secondsToIso(modifiedSeconds),
    ...(shipBySeconds === undefined ? {} : { shipBy: secondsToIso(shipBySeconds) }),
    ...(buyerToken === undefined ? {} : { buyerToken }),
    receiver,
    lines,
    totals: {
      goods: { amount: goods, currency },
      shipping: { amount: postAmount, currency },
      discount: { amount: goods - goodsPaid, currency },
      paid: { amount: payAmount, currency },
    },
    ...(buyerMessage === undefined ? {} : { buyerMessage }),
    ...(sellerMemo === undefined ? {} : { sellerMemo }),
    ...(sellerFlag === undefined ? {} : { sellerFlag }),
    presale: false,
    cod: false,
    shipBlocked: false,
    tags: [],
    platformData: {
      douyin: {
        order_level: order['order_level'] ?? null,
        main_status: order['main_status'] ?? null,
        order_type: order['order_type'] ?? null,
        b_type: order['b_type'] ?? null,
        biz: order['biz'] ?? null,
        trade_type: order['trade_type'] ?? null,
        pay_type: order['pay_type'] ?? null,
        order_amount: order['order_amount'] ?? null,
        promotion_amount: order['promotion_amount'] ?? null,
        promotion_platform_amount: order['promotion_platform_amount'] ?? null,
        promotion_shop_amount: order['promotion_shop_amount'] ?? null,
        promotion_talent_amount: order['promotion_talent_amount'] ?? null,
        parcels: parcels(reader, order),
        lines: drafts.map((draft) => draft.platformData),
      },
    },
  };
}

/**
 * Maps one Douyin shop order (an element of `order.searchList`'s `shop_order_list`, or
 * `order.orderDetail`'s `shop_order_detail`, parsed with `parseJsonExact`) to the unified order.
 * Pure. Money arrives in fen; times in Unix seconds; each SKU order becomes a line whose `paid`
 * carries its share of the order's discounts, the lines adding up to what was paid for goods.
 *
 * @returns The order and the warnings about fields it could not interpret.
 * @throws OmsError `invalid_input` with the `path` of the bad field and the payload as `rawPayload`.
 */
export function mapDouyinOrder(raw: unknown, options: MapDouyinOrderOptions): MappedDouyinOrder {
  const warnings: MappingWarning[] = [];
  try {
    return { order: mapOrder(douyinReader(raw), options, warnings), warnings };
  } catch (error) {
    throw asMappingError(error, raw);
  }
}

/** Every failure of a mapper as `invalid_input` with a path and the raw payload. */
export function asMappingError(error: unknown, raw: unknown): OmsError {
  if (OmsError.isCode(error, 'invalid_input') && error.path !== undefined && error.rawPayload !== undefined)
    return error;
  if (OmsError.is(error)) {
    return invalidInput(error.path ?? [], error.message, {
      platform: 'douyin',
      rawPayload: raw,
      cause: error,
    });
  }
  return invalidInput([], 'the payload could not be mapped', {
    platform: 'douyin',
    rawPayload: raw,
    cause: error,
  });
}
