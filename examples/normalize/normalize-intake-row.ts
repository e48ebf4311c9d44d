import {
  addMoney,
  type Money,
  moneyFromYuan,
  multiplyMoney,
  normalizeProvince,
  OmsError,
  type Order,
  orderKey,
  orderSchema,
  shanghaiWallTimeToIso,
  subtractMoney,
} from '@omskit/core';
import type { IntakeRow } from './sample-intake';

/** Normalises one intake row into a unified order, or throws OmsError naming the bad field. */
export function normalizeIntakeRow(row: IntakeRow): Order {
  const field = <T>(name: keyof IntakeRow, convert: () => T): T => {
    try {
      return convert();
    } catch (error) {
      if (OmsError.is(error)) {
        throw new OmsError('invalid_input', `${name}: ${error.message}`, { path: [name], rawPayload: row });
      }
      throw error;
    }
  };
  const province = normalizeProvince(row.province);
  if (!province.ok) {
    throw new OmsError('invalid_input', `province: unknown province ${JSON.stringify(row.province)}`, {
      path: ['province'],
      rawPayload: row,
    });
  }
  const unitPrice = field('unitPriceYuan', () => moneyFromYuan(row.unitPriceYuan));
  const discount = field('discountYuan', () => moneyFromYuan(row.discountYuan));
  const shipping = field('shippingYuan', () => moneyFromYuan(row.shippingYuan));
  const amount: Money = multiplyMoney(unitPrice, row.quantity);
  const paidGoods = subtractMoney(amount, discount);
  const createdAt = field('created', () => shanghaiWallTimeToIso(row.created));
  return orderSchema.parse({
    id: orderKey(row.channel, row.shopId, row.orderNo),
    channel: row.channel,
    shopId: row.shopId,
    platformOrderId: row.orderNo,
    status: row.status,
    platformStatus: row.status,
    createdAt,
    ...(row.status === 'paid' ? { paidAt: createdAt } : {}),
    platformModifiedAt: field('modified', () => shanghaiWallTimeToIso(row.modified)),
    receiver: {
      province: row.province,
      provinceCode: province.code,
      city: row.city,
      district: row.district,
      nameMasked: row.receiverMasked,
    },
    lines: [
      {
        lineId: `${row.orderNo}-1`,
        sellerSku: row.sku,
        title: row.title,
        quantity: row.quantity,
        unitPrice,
        amount,
        discount,
        paid: paidGoods,
      },
    ],
    totals: { goods: amount, shipping, discount, paid: addMoney(paidGoods, shipping) },
  });
}
