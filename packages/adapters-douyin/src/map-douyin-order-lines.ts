import { apportion, type MappingWarning, type OrderLine } from '@omskit/core';
import { badField, type DouyinReader, type FieldPath, isJsonObject, type JsonObject } from './douyin-read';
import { mapDouyinLineRefundStatus } from './douyin-status';

/** A line read from a SKU order, before the order-level discount is apportioned. */
export interface DouyinLineDraft {
  readonly line: Omit<OrderLine, 'discount' | 'paid'>;
  /** What the platform says was paid for the line's goods, when it says. */
  readonly platformPaid: number | undefined;
  readonly platformData: JsonObject;
}

function specText(reader: DouyinReader, value: unknown, path: FieldPath): string | undefined {
  const parts: string[] = [];
  for (const [index, entry] of reader.array(value, path).entries()) {
    const spec = reader.object(entry, [...path, index]);
    const name = reader.optionalString(spec['name'], [...path, index, 'name']);
    const specValue = reader.optionalString(spec['value'], [...path, index, 'value']);
    if (specValue !== undefined) parts.push(name === undefined ? specValue : `${name}:${specValue}`);
  }
  return parts.length === 0 ? undefined : parts.join(';');
}

function productId(
  reader: DouyinReader,
  sku: JsonObject,
  path: FieldPath,
  warnings: MappingWarning[],
): string | undefined {
  const fromString = reader.optionalId(sku['product_id_str'], [...path, 'product_id_str']);
  if (fromString !== undefined) return fromString;
  const raw = sku['product_id'];
  if (typeof raw === 'number' && Number.isInteger(raw) && !Number.isSafeInteger(raw)) {
    // JSON.parse already rounded it: keeping it would name another product.
    warnings.push({ path: [...path, 'product_id'], message: 'product_id above 2^53 was rounded; dropped' });
    return undefined;
  }
  return reader.optionalId(raw, [...path, 'product_id']);
}

/** Reads one SKU order (`sku_order_list[i]`) into a line draft; quantities shipped come later. */
export function readDouyinLine(
  reader: DouyinReader,
  value: unknown,
  path: FieldPath,
  warnings: MappingWarning[],
): DouyinLineDraft {
  const sku = reader.object(value, path);
  const lineId = reader.id(sku['order_id'], [...path, 'order_id']);
  const quantity = reader.integer(sku['item_num'], [...path, 'item_num']);
  if (quantity <= 0) throw badField([...path, 'item_num'], 'quantity must be positive', reader.raw);
  const unit = reader.fen(sku['origin_amount'], [...path, 'origin_amount']);
  const amount = unit * quantity;
  if (!Number.isSafeInteger(amount))
    throw badField([...path, 'origin_amount'], 'line amount overflows', reader.raw);
  const sumAmount = reader.optionalFen(sku['sum_amount'], [...path, 'sum_amount']);
  if (sumAmount !== undefined && sumAmount !== amount) {
    warnings.push({
      path: [...path, 'sum_amount'],
      message: 'sum_amount differs from origin_amount x item_num',
    });
  }
  const payAmount = reader.optionalFen(sku['pay_amount'], [...path, 'pay_amount']);
  const postAmount = reader.optionalFen(sku['post_amount'], [...path, 'post_amount']) ?? 0;
  const afterSale = isJsonObject(sku['after_sale_info']) ? sku['after_sale_info'] : undefined;
  const refundStatusValue =
    afterSale?.['refund_status'] === undefined || afterSale['refund_status'] === null
      ? undefined
      : reader.integer(afterSale['refund_status'], [...path, 'after_sale_info', 'refund_status']);
  let refundStatus = mapDouyinLineRefundStatus(refundStatusValue);
  if (refundStatus === undefined) {
    warnings.push({ path: [...path, 'after_sale_info', 'refund_status'], message: 'unknown refund status' });
    refundStatus = 'none';
  }
  const sellerSku =
    reader.optionalString(sku['out_sku_id'], [...path, 'out_sku_id']) ??
    reader.optionalString(sku['code'], [...path, 'code']);
  if (sellerSku === undefined)
    warnings.push({ path: [...path, 'out_sku_id'], message: 'no seller SKU code' });
  const title = reader.optionalString(sku['product_name'], [...path, 'product_name']);
  if (title === undefined) warnings.push({ path: [...path, 'product_name'], message: 'no product name' });
  const status =
    sku['order_status'] === undefined || sku['order_status'] === null
      ? undefined
      : reader.integer(sku['order_status'], [...path, 'order_status']);
  const skuId = reader.optionalId(sku['sku_id'], [...path, 'sku_id']);
  const product = productId(reader, sku, path, warnings);
  const properties = specText(reader, sku['spec'], [...path, 'spec']);
  const currency = 'CNY' as const;
  return {
    line: {
      lineId,
      ...(product === undefined ? {} : { productId: product }),
      ...(skuId === undefined ? {} : { skuId }),
      sellerSku: sellerSku ?? '',
      title: title ?? '',
      ...(properties === undefined ? {} : { skuProperties: properties }),
      quantity,
      unitPrice: { amount: unit, currency },
      amount: { amount, currency },
      shippedQuantity: status === 3 || status === 5 ? quantity : 0,
      refundedQuantity: refundStatus === 'refunded' ? quantity : 0,
      refundStatus,
      presale: false,
      ...(status === undefined ? {} : { platformStatus: String(status) }),
    },
    platformPaid: payAmount === undefined ? undefined : payAmount - postAmount,
    platformData: {
      out_product_id: sku['out_product_id'] ?? null,
      sum_amount: sumAmount ?? null,
      order_amount: sku['order_amount'] ?? null,
      promotion_amount: sku['promotion_amount'] ?? null,
      after_sale_info: afterSale ?? null,
    },
  };
}

/**
 * Splits the discount of the whole order over its lines so each line's `paid` is what the buyer
 * paid for it and the lines add up to `goodsPaid` exactly. The platform's own per-line payments
 * are the weights when they are usable, else the line amounts.
 */
export function apportionDouyinDiscount(
  drafts: readonly DouyinLineDraft[],
  goodsPaid: number,
): { discounts: number[]; usedPlatformWeights: boolean } {
  const amounts = drafts.map((draft) => draft.line.amount.amount);
  const goods = amounts.reduce((sum, amount) => sum + amount, 0);
  const discount = goods - goodsPaid;
  const platformDiscounts = drafts.map((draft) =>
    draft.platformPaid === undefined ? -1 : draft.line.amount.amount - draft.platformPaid,
  );
  const usable =
    platformDiscounts.every((value) => value >= 0) && platformDiscounts.some((value) => value > 0);
  const weights = usable && discount > 0 ? platformDiscounts : amounts;
  return { discounts: apportion(discount, weights), usedPlatformWeights: usable && discount > 0 };
}
