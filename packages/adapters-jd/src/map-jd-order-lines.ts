import { apportion, type Money, type OrderLine } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';
import {
  fail,
  type JdObject,
  type JdReadContext,
  optionalArray,
  optionalText,
  requireObject,
  warn,
} from './jd-read';
import { requireYuan } from './jd-read-money';

/** One JD coupon on an order, as kept in `platformData.jd.coupons`. */
export interface JdCoupon {
  readonly skuId: string | undefined;
  readonly couponType: string | undefined;
  /** Fen. */
  readonly amount: number;
}

/** JD coupon type names (from JD's field comments). */
export const jdCouponTypes: Readonly<Record<string, string>> = {
  '20': '套装优惠',
  '28': '闪团优惠',
  '29': '团购优惠',
  '30': '单品促销优惠',
  '34': '手机红包',
  '35': '满返满送(返现)',
  '39': '京豆优惠',
  '41': '京东券优惠',
  '52': '礼品卡优惠',
  '100': '店铺优惠',
};

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });

function readQuantity(context: JdReadContext, item: JdObject, index: number): number {
  const path = ['itemInfoList', index, 'itemTotal'];
  const text = optionalText(context, item, 'itemTotal', ['itemInfoList', index]);
  const quantity = text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(quantity) || quantity <= 0)
    fail(context, path, 'quantity must be a positive integer');
  return quantity;
}

function readCoupons(context: JdReadContext, order: JdObject): JdCoupon[] {
  return optionalArray(context, order, 'couponDetailList', []).map((value, index) => {
    const path = ['couponDetailList', index];
    const coupon = requireObject(context, value, path);
    const skuId = optionalText(context, coupon, 'skuId', path);
    const couponType = optionalText(context, coupon, 'couponType', path);
    if (couponType !== undefined && lookupOwn(jdCouponTypes, couponType) === undefined) {
      warn(context, [...path, 'couponType'], `unknown coupon type ${couponType}`);
    }
    const amount = requireYuan(context, coupon, 'couponPrice', path).amount;
    return { skuId: skuId === '' ? undefined : skuId, couponType, amount };
  });
}

/**
 * The lines of a JD order. JD has no line id, so lines are `<orderId>-<n>`. The discount between
 * the goods total and what was paid for goods is apportioned exactly: coupons naming a SKU go to
 * its lines, the rest by line amount, so the lines' `paid` add up to `goodsPaid`.
 */
export function mapJdOrderLines(
  context: JdReadContext,
  order: JdObject,
  orderId: string,
  goodsPaid: Money,
  shipped: boolean,
): { lines: OrderLine[]; coupons: JdCoupon[] } {
  const items = optionalArray(context, order, 'itemInfoList', []);
  if (items.length === 0) fail(context, ['itemInfoList'], 'an order needs at least one item');
  const drafts = items.map((value, index) => {
    const path = ['itemInfoList', index];
    const item = requireObject(context, value, path);
    const quantity = readQuantity(context, item, index);
    const unitPrice = requireYuan(context, item, 'jdPrice', path);
    const amount = unitPrice.amount * quantity;
    if (!Number.isSafeInteger(amount)) fail(context, [...path, 'jdPrice'], 'line amount out of range');
    const title = optionalText(context, item, 'skuName', path);
    if (title === undefined || title === '') warn(context, [...path, 'skuName'], 'no title');
    const sellerSku = optionalText(context, item, 'outerSkuId', path) ?? '';
    if (sellerSku === '') warn(context, [...path, 'outerSkuId'], 'no seller SKU code (商家编码)');
    const skuId = optionalText(context, item, 'skuId', path);
    const productId = optionalText(context, item, 'wareId', path);
    return { quantity, unitPrice, amount, title: title ?? '', sellerSku, skuId, productId };
  });
  const coupons = readCoupons(context, order);
  const specific = drafts.map(() => 0);
  let couponTotal = 0;
  for (const [index, coupon] of coupons.entries()) {
    couponTotal += coupon.amount;
    const targets = drafts.flatMap((draft, line) =>
      coupon.skuId && draft.skuId === coupon.skuId ? [line] : [],
    );
    if (coupon.skuId === undefined || targets.length === 0) {
      if (coupon.skuId !== undefined) {
        warn(
          context,
          ['couponDetailList', index, 'skuId'],
          'names no SKU of the order; spread over all lines',
        );
      }
      continue;
    }
    const parts = apportion(
      coupon.amount,
      targets.map((line) => drafts[line]?.amount ?? 0),
    );
    for (const [part, line] of targets.entries()) specific[line] = (specific[line] ?? 0) + (parts[part] ?? 0);
  }
  const goods = drafts.reduce((sum, draft) => sum + draft.amount, 0);
  const totalDiscount = goods - goodsPaid.amount;
  if (
    !Number.isSafeInteger(goods) ||
    !Number.isSafeInteger(totalDiscount) ||
    !Number.isSafeInteger(couponTotal)
  ) {
    fail(context, ['itemInfoList'], 'order amounts out of range');
  }
  if (couponTotal !== totalDiscount) {
    warn(
      context,
      ['couponDetailList'],
      `coupons add to ${couponTotal} fen but goods minus paid for goods is ${totalDiscount} fen; the difference is spread by line amount`,
    );
  }
  const specificTotal = specific.reduce((sum, part) => sum + part, 0);
  const rest = apportion(
    totalDiscount - specificTotal,
    drafts.map((draft, line) => Math.max(0, draft.amount - (specific[line] ?? 0))),
  );
  const lines = drafts.map((draft, line): OrderLine => {
    const discount = (specific[line] ?? 0) + (rest[line] ?? 0);
    return {
      lineId: `${orderId}-${line + 1}`,
      ...(draft.productId ? { productId: draft.productId } : {}),
      ...(draft.skuId ? { skuId: draft.skuId } : {}),
      sellerSku: draft.sellerSku,
      title: draft.title,
      quantity: draft.quantity,
      unitPrice: draft.unitPrice,
      amount: cny(draft.amount),
      discount: cny(discount),
      paid: cny(draft.amount - discount),
      shippedQuantity: shipped ? draft.quantity : 0,
      refundedQuantity: 0,
      refundStatus: 'none',
      presale: false,
    };
  });
  return { lines, coupons };
}
