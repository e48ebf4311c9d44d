import { formatShanghaiWallTime } from '@omskit/core';
import { createMockRandom, jdMockMaskedNames, jdMockPlaces, jdMockProducts } from './jd-mock-catalog';

/** A raw JD order as the mock stores and serves it (the shape of an `orderInfoList` element). */
export type JdMockRawOrder = Record<string, unknown>;

const yuan = (fen: number): string => `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length) % list.length] as T;
}

/**
 * Builds a realistic paid JD order: 1-4 lines, a SKU promotion, a shop coupon and a JD coupon
 * now and then, freight, yuan strings, masked receiver, a short-form province.
 */
export function buildJdMockOrder(
  orderId: string,
  venderId: string,
  modifiedMs: number,
  seed: number,
): JdMockRawOrder {
  const random = createMockRandom(seed);
  const count = 1 + Math.floor(random() * 4);
  const start = Math.floor(random() * jdMockProducts.length);
  const items = Array.from({ length: count }, (_, index) => {
    const product = jdMockProducts[(start + index) % jdMockProducts.length] ?? jdMockProducts[0];
    const quantity = 1 + Math.floor(random() * 3);
    return { product, quantity };
  });
  const coupons: { skuId: string | null; couponType: string; couponPrice: number }[] = [];
  const firstItem = items[0];
  if (firstItem !== undefined && firstItem.product !== undefined && random() < 0.6) {
    coupons.push({ skuId: firstItem.product.skuId, couponType: '30', couponPrice: 500 * firstItem.quantity });
  }
  if (random() < 0.5) coupons.push({ skuId: null, couponType: '100', couponPrice: 1000 });
  if (random() < 0.3) coupons.push({ skuId: null, couponType: '41', couponPrice: 300 });
  const total = items.reduce((sum, item) => sum + (item.product?.price ?? 0) * item.quantity, 0);
  const sellerDiscount = coupons
    .filter((coupon) => coupon.couponType === '30' || coupon.couponType === '100')
    .reduce((sum, coupon) => sum + coupon.couponPrice, 0);
  const allDiscount = coupons.reduce((sum, coupon) => sum + coupon.couponPrice, 0);
  const freight = total >= 9900 ? 0 : 600;
  const place = pick(random, jdMockPlaces);
  const placedMs = modifiedMs - (60 + Math.floor(random() * 3600)) * 1000;
  const phoneTail = String(1000 + Math.floor(random() * 9000));
  return {
    orderId,
    venderId,
    orderType: '22',
    payType: '4',
    orderTotalPrice: yuan(total),
    orderSellerPrice: yuan(total - sellerDiscount),
    orderPayment: yuan(total - allDiscount + freight),
    freightPrice: yuan(freight),
    sellerDiscount: yuan(sellerDiscount),
    orderState: 'WAIT_SELLER_STOCK_OUT',
    orderStateRemark: '等待出库',
    deliveryType: '任意时间',
    invoiceInfo: '不需要开具发票',
    orderRemark: random() < 0.3 ? '请用顺丰发货' : '',
    venderRemark: '',
    orderStartTime: formatShanghaiWallTime(placedMs),
    orderEndTime: '0001-01-01 00:00:00',
    paymentConfirmTime: formatShanghaiWallTime(placedMs + 20_000),
    modified: formatShanghaiWallTime(modifiedMs),
    waybill: '',
    logisticsId: '',
    open_id_buyer: `o-jd-${Math.floor(random() * 0xffffffff).toString(16)}`,
    consigneeInfo: {
      fullname: pick(random, jdMockMaskedNames),
      telephone: '',
      mobile: `13${Math.floor(random() * 10)}****${phoneTail}`,
      fullAddress: `${place.province}${place.city}${place.county}${place.town}幸福路**号`,
      province: place.province,
      city: place.city,
      county: place.county,
      town: place.town,
      provinceId: String(1 + Math.floor(random() * 30)),
      cityId: String(1000 + Math.floor(random() * 3000)),
      countyId: String(3000 + Math.floor(random() * 3000)),
      townId: '0',
      // An opaque id of the receiver for jingdong.jos.order.oaid.decrypt, derived from the order.
      oaid: `jdoaid${BigInt(orderId).toString(36)}`,
    },
    itemInfoList: items.map(({ product, quantity }) => ({
      skuId: product?.skuId,
      outerSkuId: product?.outerSkuId,
      skuName: product?.skuName,
      jdPrice: yuan(product?.price ?? 0),
      itemTotal: String(quantity),
      wareId: product?.wareId,
      productNo: '',
      giftPoint: '0',
      newStoreId: '0',
    })),
    couponDetailList: coupons.map((coupon) => ({ ...coupon, couponPrice: yuan(coupon.couponPrice) })),
  };
}
