import { formatShanghaiWallTime } from '@omskit/core';
import type { PddMockBigInt } from './pdd-mock-json';
import { bareInteger } from './pdd-mock-json';

/** A deterministic PRNG (mulberry32) returning floats in [0, 1). */
export function createMockRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One raw PDD order as the mock keeps it: JSON-ready, big ids marked. */
export type PddMockOrder = { [key: string]: unknown };

// GB names as PDD writes them, with some short forms PDD also sends.
const places: readonly [string, string, string][] = [
  ['广东省', '深圳市', '南山区'],
  ['浙江省', '杭州市', '西湖区'],
  ['上海市', '上海市', '长宁区'],
  ['北京', '北京市', '朝阳区'],
  ['江苏', '苏州市', '工业园区'],
  ['广西壮族自治区', '南宁市', '青秀区'],
  ['内蒙古自治区', '呼和浩特市', '新城区'],
  ['河南省', '济源市', '济源市'],
  ['新疆', '乌鲁木齐市', '天山区'],
  ['四川省', '成都市', '武侯区'],
];

const goods: readonly [string, number][] = [
  ['加厚保温杯 500ml', 39.9],
  ['纯棉短袖T恤 男款', 29.8],
  ['儿童益智积木 120粒', 59],
  ['厨房抹布 10条装', 9.9],
  ['无线蓝牙耳机', 89],
  ['猫粮 成猫 2.5kg', 68.5],
];

const surnames = ['张', '王', '李', '赵', '陈', '刘'];

function fen(value: number): number {
  return Math.round(value * 100);
}

function yuan(amountFen: number, asString: boolean): number | string {
  const text = (amountFen / 100).toFixed(2);
  return asString ? text : Number(text);
}

function mockCiphertext(marker: string, plain: string): string {
  return `${marker}${Buffer.from(plain, 'utf8').toString('base64')}${marker}mock${marker}`;
}

/** Reads back a mock ciphertext (for the mock's decrypt API only). */
export function decryptMockCiphertext(ciphertext: string): string | undefined {
  const match = /^([~$#])([A-Za-z0-9+/=]+)\1mock\1$/.exec(ciphertext);
  return match?.[2] === undefined ? undefined : Buffer.from(match[2], 'base64').toString('utf8');
}

/** What the generator needs to build one order. */
export interface MockOrderSeed {
  readonly orderSn: string;
  readonly modifiedMs: number;
  readonly random: () => number;
  /** Index of the order in its batch (varies the shape deterministically). */
  readonly index: number;
}

/**
 * A realistic paid PDD order: one to four lines, price changes and seller/platform discounts,
 * postage, yuan as numbers (every fifth order as strings, as some PDD responses do), receiver as
 * masked copies plus ciphertext, GB province names with some short forms, and every third order
 * with a `sku_id` above 2^53 written as a bare JSON integer.
 */
export function buildMockOrder(seed: MockOrderSeed): PddMockOrder {
  const { random, index, orderSn, modifiedMs } = seed;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const lineCount = 1 + Math.floor(random() * 4);
  const asString = index % 5 === 4;
  const items: { [key: string]: unknown }[] = [];
  let listFen = 0;
  for (let line = 0; line < lineCount; line += 1) {
    const [name, price] = pick(goods);
    const count = 1 + Math.floor(random() * 3);
    listFen += fen(price) * count;
    const skuId: string | PddMockBigInt =
      index % 3 === 0 && line === 0
        ? bareInteger(String(9007199254740993n + BigInt(index)))
        : `${52494558847 + index * 10 + line}`;
    items.push({
      goods_id: 2542137428 + line,
      sku_id: skuId,
      outer_id: index % 7 === 6 && line === 0 ? '' : `SKU-${1000 + ((index + line) % 40)}`,
      outer_goods_id: `G-${100 + line}`,
      goods_name: name,
      goods_price: yuan(fen(price), asString),
      goods_spec: line % 2 === 0 ? '颜色:白色;规格:标准' : '',
      goods_count: count,
      goods_img: 'https://img.example.invalid/goods.jpeg',
    });
  }
  const changeFen = index % 4 === 1 ? Math.min(200, Math.floor(listFen / 10)) : 0;
  const goodsFen = listFen - changeFen;
  const sellerFen = index % 3 === 1 ? Math.min(300, Math.floor(goodsFen / 5)) : 0;
  const platformFen = index % 5 === 2 ? Math.min(150, Math.floor(goodsFen / 10)) : 0;
  const discountFen = sellerFen + platformFen;
  const postageFen = index % 6 === 5 ? 800 : 0;
  const payFen = goodsFen - discountFen + postageFen;
  const [province, city, town] = pick(places);
  const surname = pick(surnames);
  const created = modifiedMs - (5 + Math.floor(random() * 600)) * 60_000;
  const paid = created + 30_000;
  const presale = index % 11 === 10;
  return {
    order_sn: orderSn,
    order_status: 1,
    refund_status: 1,
    confirm_status: 1,
    group_status: 1,
    trade_type: presale ? 1 : 0,
    is_lucky_flag: 1,
    after_sales_status: 0,
    created_time: formatShanghaiWallTime(created),
    pay_time: formatShanghaiWallTime(paid),
    confirm_time: formatShanghaiWallTime(paid),
    updated_at: formatShanghaiWallTime(modifiedMs),
    last_ship_time: formatShanghaiWallTime(paid + 48 * 3_600_000),
    shipping_time: '',
    receive_time: '',
    goods_amount: yuan(goodsFen, asString),
    discount_amount: yuan(discountFen, asString),
    seller_discount: yuan(sellerFen, asString),
    platform_discount: yuan(platformFen, asString),
    capital_free_discount: 0,
    postage: yuan(postageFen, asString),
    pay_amount: yuan(payFen, asString),
    pay_type: 'WEIXIN',
    country: '中国',
    province,
    city,
    town,
    receiver_name: mockCiphertext('~', `${surname}某某`),
    receiver_phone: mockCiphertext('$', `1380013${String(index % 10000).padStart(4, '0')}`),
    receiver_address: mockCiphertext('~', `${town}某某路${index}号`),
    address: mockCiphertext('~', `${province}${city}${town}某某路${index}号`),
    receiver_name_mask: `${surname}*`,
    receiver_phone_mask: `138****${String(index % 10000).padStart(4, '0')}`,
    receiver_address_mask: `${town}某某路**号`,
    id_card_num: '',
    id_card_name: '',
    logistics_id: 0,
    tracking_number: '',
    buyer_memo: index % 4 === 3 ? '请尽快发货，谢谢' : '',
    remark: '',
    remark_tag: index % 9 === 8 ? 2 : '',
    is_pre_sale: presale ? 1 : 0,
    pre_sale_time: presale ? formatShanghaiWallTime(paid + 7 * 86_400_000) : '',
    stock_out_handle_status: -1,
    is_stock_out: 0,
    invoice_status: 0,
    item_list: items,
  };
}
