import type { AfterSale, MappingWarning, Order } from '@omskit/core';
import { afterSaleKey, afterSaleSchema, orderKey } from '@omskit/core';
import { mapPddAfterSaleStatus, mapPddAfterSaleType } from './map-pdd-after-sale-status';
import {
  fieldError,
  optionalId,
  optionalInteger,
  optionalText,
  optionalWallTime,
  requiredInteger,
  requiredText,
  requiredWallTime,
  requiredYuan,
  scopeOf,
} from './pdd-read';

/** Options of {@link mapPddAfterSale}. */
export interface MapPddAfterSaleOptions {
  readonly shopId: string;
  /**
   * The order the refund belongs to, when the host has it: the refund's `sku_id` then names the
   * order's line. Without it the line id is `<order_sn>-sku-<sku_id>`.
   */
  readonly order?: Order;
}

/** A mapped after-sale with the notes on what could not be interpreted. */
export interface MappedPddAfterSale {
  readonly afterSale: AfterSale;
  readonly warnings: readonly MappingWarning[];
}

const consumedKeys = new Set([
  'id',
  'order_sn',
  'after_sales_status',
  'after_sales_type',
  'after_sale_reason',
  'refund_amount',
  'goods_number',
  'sku_id',
  'tracking_number',
  'created_time',
  'updated_time',
  'user_shipping_status',
]);

/**
 * Maps one element of `refund_increment_get_response.refund_list` to the unified {@link AfterSale}.
 * Pure. Money through exact yuan parsing (PDD sends strings here), times from Asia/Shanghai.
 *
 * @throws OmsError `invalid_input` with `path` and `rawPayload` when a needed field is bad.
 */
export function mapPddAfterSale(raw: unknown, options: MapPddAfterSaleOptions): MappedPddAfterSale {
  const scope = scopeOf(raw, [], raw);
  const warnings: MappingWarning[] = [];
  const id = optionalId(scope, 'id');
  if (id === undefined) throw fieldError(scope, 'id', 'required and missing');
  const orderSn = requiredText(scope, 'order_sn');
  const statusCode = requiredInteger(scope, 'after_sales_status');
  const status = mapPddAfterSaleStatus(statusCode);
  if (status === undefined)
    throw fieldError(scope, 'after_sales_status', `unknown after_sales_status ${statusCode}`);
  const userShipping = optionalInteger(scope, 'user_shipping_status');
  const typeCode = requiredInteger(scope, 'after_sales_type');
  const type = mapPddAfterSaleType(typeCode, statusCode, userShipping);
  if (type === undefined) throw fieldError(scope, 'after_sales_type', `unknown after_sales_type ${typeCode}`);
  const refundAmount = requiredYuan(scope, 'refund_amount');
  if (refundAmount.amount < 0) throw fieldError(scope, 'refund_amount', 'must not be negative');
  const quantity = optionalInteger(scope, 'goods_number') ?? 1;
  if (quantity < 0) throw fieldError(scope, 'goods_number', 'must not be negative');
  const skuId = optionalId(scope, 'sku_id');
  const matched = options.order?.lines.find((line) => skuId !== undefined && line.skuId === skuId);
  if (options.order !== undefined && matched === undefined) {
    warnings.push({ path: ['sku_id'], message: 'no line of the given order has this sku_id' });
  }
  const lineId = matched?.lineId ?? `${orderSn}-sku-${skuId ?? 'unknown'}`;
  const reason = optionalText(scope, 'after_sale_reason');
  const returnTrackingNumber = optionalText(scope, 'tracking_number');
  const createdAt = requiredWallTime(scope, 'created_time');
  const modifiedAt = optionalWallTime(scope, 'updated_time') ?? createdAt;
  const pdd: { [key: string]: unknown } = {};
  for (const [key, value] of Object.entries(scope.object)) if (!consumedKeys.has(key)) pdd[key] = value;

  const afterSale: AfterSale = {
    id: afterSaleKey('pdd', options.shopId, id),
    channel: 'pdd',
    shopId: options.shopId,
    platformAfterSaleId: id,
    orderId: orderKey('pdd', options.shopId, orderSn),
    platformOrderId: orderSn,
    type,
    status,
    platformStatus: String(statusCode),
    lines: [
      {
        lineId,
        quantity,
        refundAmount,
        ...(matched === undefined && skuId !== undefined ? { skuId } : {}),
      },
    ],
    refundAmount,
    ...(reason === undefined ? {} : { reason }),
    ...(userShipping === 2 ? { goodsReceived: true } : userShipping === 1 ? { goodsReceived: false } : {}),
    ...(returnTrackingNumber === undefined ? {} : { returnTrackingNumber }),
    createdAt,
    platformModifiedAt: modifiedAt,
    platformData: { pdd },
  };
  const checked = afterSaleSchema.safeParse(afterSale);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw fieldError(
      scope,
      String(issue?.path.join('.') ?? ''),
      `mapped after-sale invalid: ${issue?.message ?? ''}`,
    );
  }
  return { afterSale: checked.data, warnings };
}
