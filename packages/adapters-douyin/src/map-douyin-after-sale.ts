import {
  type AfterSale,
  type AfterSaleLine,
  afterSaleKey,
  apportion,
  type MappingWarning,
  orderKey,
} from '@omskit/core';
import { badField, type DouyinReader, douyinReader, secondsToIso } from './douyin-read';
import { douyinAfterSaleTypes, mapDouyinAfterSaleStatus } from './douyin-status';
import { asMappingError } from './map-douyin-order';

/** Options of {@link mapDouyinAfterSale}. */
export interface MapDouyinAfterSaleOptions {
  readonly shopId: string;
}

/** A mapped after-sale and what could not be interpreted on the way. */
export interface MappedDouyinAfterSale {
  readonly afterSale: AfterSale;
  readonly warnings: readonly MappingWarning[];
}

function readLines(
  reader: DouyinReader,
  value: unknown,
  refund: number,
  warnings: MappingWarning[],
): AfterSaleLine[] {
  const path = ['order_info', 'related_order_info'];
  const drafts = reader.array(value, path).map((entry, index) => {
    const item = reader.object(entry, [...path, index]);
    const lineId = reader.id(item['sku_order_id'], [...path, index, 'sku_order_id']);
    const count = item['aftersale_item_num'] ?? item['item_num'];
    let quantity = 0;
    if (count === undefined || count === null) {
      warnings.push({ path: [...path, index, 'aftersale_item_num'], message: 'no quantity for the line' });
    } else {
      quantity = reader.integer(count, [...path, index, 'aftersale_item_num']);
      if (quantity < 0)
        throw badField([...path, index, 'aftersale_item_num'], 'negative quantity', reader.raw);
    }
    const amount = reader.optionalFen(item['refund_amount'], [...path, index, 'refund_amount']);
    return { lineId, quantity, amount };
  });
  if (drafts.length === 0) return [];
  const known = drafts.every((draft) => draft.amount !== undefined);
  const shares = known
    ? drafts.map((draft) => draft.amount ?? 0)
    : apportion(
        refund,
        drafts.map((draft) => draft.quantity),
      );
  return drafts.map((draft, index) => ({
    lineId: draft.lineId,
    quantity: draft.quantity,
    refundAmount: { amount: shares[index] ?? 0, currency: 'CNY' },
  }));
}

function mapAfterSale(
  reader: DouyinReader,
  options: MapDouyinAfterSaleOptions,
  warnings: MappingWarning[],
): AfterSale {
  const item = reader.object(reader.raw, []);
  const info = reader.object(item['aftersale_info'], ['aftersale_info']);
  const at = (key: string) => ['aftersale_info', key];
  const orderInfo =
    item['order_info'] === undefined || item['order_info'] === null
      ? {}
      : reader.object(item['order_info'], ['order_info']);
  const platformAfterSaleId = reader.id(info['aftersale_id'], at('aftersale_id'));
  const platformOrderId = reader.id(orderInfo['shop_order_id'] ?? info['order_id'], [
    'order_info',
    'shop_order_id',
  ]);
  const typeCode = reader.integer(info['aftersale_type'], at('aftersale_type'));
  const type = douyinAfterSaleTypes[typeCode];
  if (type === undefined)
    throw badField(at('aftersale_type'), `unknown after-sale type ${typeCode}`, reader.raw);
  const statusCode = reader.integer(info['aftersale_status'], at('aftersale_status'));
  const refundStatus =
    info['refund_status'] === undefined || info['refund_status'] === null
      ? undefined
      : reader.integer(info['refund_status'], at('refund_status'));
  const status = mapDouyinAfterSaleStatus(statusCode, type, refundStatus);
  if (status === undefined)
    throw badField(at('aftersale_status'), `unknown after-sale status ${statusCode}`, reader.raw);
  if (refundStatus !== undefined && (refundStatus < 0 || refundStatus > 5)) {
    warnings.push({ path: at('refund_status'), message: `unknown refund status ${refundStatus}` });
  }
  const refund = reader.optionalFen(info['refund_amount'], at('refund_amount')) ?? 0;
  const refundPost = reader.optionalFen(info['refund_post_amount'], at('refund_post_amount')) ?? 0;
  if (!Number.isSafeInteger(refund + refundPost))
    throw badField(at('refund_post_amount'), 'refund overflows', reader.raw);
  const created = reader.unixSeconds(info['apply_time'], at('apply_time'));
  const modified = reader.unixSeconds(info['update_time'], at('update_time'));
  const reason =
    reader.optionalString(info['reason_remark'], at('reason_remark')) ??
    reader.optionalString(info['reason'], at('reason'));
  const returnTracking = reader.optionalString(info['return_logistics_code'], at('return_logistics_code'));
  const gotPackage = info['got_pkg'];
  const lines = readLines(reader, orderInfo['related_order_info'], refund, warnings);
  if (lines.length === 0) warnings.push({ path: ['order_info', 'related_order_info'], message: 'no lines' });
  return {
    id: afterSaleKey('douyin', options.shopId, platformAfterSaleId),
    channel: 'douyin',
    shopId: options.shopId,
    platformAfterSaleId,
    orderId: orderKey('douyin', options.shopId, platformOrderId),
    platformOrderId,
    type,
    status,
    platformStatus: refundStatus === undefined ? String(statusCode) : `${statusCode}/${refundStatus}`,
    lines,
    refundAmount: { amount: refund + refundPost, currency: 'CNY' },
    ...(reason === undefined ? {} : { reason }),
    ...(gotPackage === 1 || gotPackage === 0 ? { goodsReceived: gotPackage === 1 } : {}),
    ...(returnTracking === undefined ? {} : { returnTrackingNumber: returnTracking }),
    createdAt: secondsToIso(created),
    platformModifiedAt: secondsToIso(modified),
    platformData: {
      douyin: {
        aftersale_type: typeCode,
        aftersale_status: statusCode,
        refund_status: refundStatus ?? null,
        refund_post_amount: refundPost,
        return_logistics_company_name: info['return_logistics_company_name'] ?? null,
      },
    },
  };
}

/**
 * Maps one Douyin after-sale (an element of `afterSale.List`'s `items`, parsed with
 * `parseJsonExact`) to the unified after-sale: types 0/1/2/3/6/7/8 and the standard statuses,
 * refined by the refund status. Pure.
 *
 * @throws OmsError `invalid_input` with the `path` of the bad field and the payload as `rawPayload`.
 */
export function mapDouyinAfterSale(raw: unknown, options: MapDouyinAfterSaleOptions): MappedDouyinAfterSale {
  const warnings: MappingWarning[] = [];
  try {
    return { afterSale: mapAfterSale(douyinReader(raw), options, warnings), warnings };
  } catch (error) {
    throw asMappingError(error, raw);
  }
}
