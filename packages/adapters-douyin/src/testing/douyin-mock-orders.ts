/** A tiny deterministic PRNG (mulberry32), so mock shops are the same on every run. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A raw Douyin shop order as the mock keeps it; `bigint` values are written as bare JSON integers. */
export type MockJson = string | number | bigint | boolean | null | MockJson[] | { [key: string]: MockJson };

/** A raw shop order of the mock. */
export type MockShopOrder = { [key: string]: MockJson } & { order_id: string; update_time: number };

const products = [
  {
    name: '抖音同款 纯棉短袖T恤 男女宽松',
    spec: [
      ['颜色', '白色'],
      ['尺码', 'L'],
    ],
    price: 5990,
  },
  { name: '云南高山冰糖心苹果 5斤装', spec: [['规格', '5斤 单果80-85mm']], price: 3990 },
  {
    name: '儿童保温杯 316不锈钢 带吸管',
    spec: [
      ['颜色', '星空蓝'],
      ['容量', '500ml'],
    ],
    price: 8900,
  },
  { name: '零食大礼包 网红小吃 一整箱', spec: [['口味', '混合装']], price: 4990 },
  { name: '蓝牙耳机 入耳式 降噪 超长续航', spec: [['颜色', '曜石黑']], price: 12900 },
  {
    name: '家用洗衣凝珠 50颗 持久留香',
    spec: [
      ['香型', '樱花'],
      ['数量', '50颗'],
    ],
    price: 3290,
  },
] as const;

// GB names with a few short forms, as buyers' addresses arrive.
const places = [
  ['广东省', '深圳市', '南山区', '粤海街道'],
  ['浙江省', '杭州市', '西湖区', '文新街道'],
  ['北京', '北京市', '朝阳区', '望京街道'],
  ['上海市', '上海市', '浦东新区', '陆家嘴街道'],
  ['四川', '成都市', '武侯区', '玉林街道'],
  ['内蒙古自治区', '呼和浩特市', '新城区', '海拉尔东路街道'],
  ['新疆维吾尔自治区', '乌鲁木齐市', '天山区', '燕儿窝街道'],
  ['广西', '南宁市', '青秀区', '新竹街道'],
  ['江苏省', '苏州市', '工业园区', '娄葑街道'],
  ['湖北省', '武汉市', '洪山区', '珞南街道'],
] as const;

const surnames = ['张', '李', '王', '刘', '陈', '杨', '赵', '黄'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function digits(random: () => number, count: number): string {
  let text = '';
  for (let index = 0; index < count; index += 1) text += String(Math.floor(random() * 10));
  return text;
}

function cipher(random: () => number): string {
  return `#${Buffer.from(digits(random, 24)).toString('base64')}#${digits(random, 8)}##`;
}

/** Splits `total` over `weights` exactly (largest remainder), for the mock's own money. */
function split(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const parts = weights.map((weight) => Math.floor((total * weight) / sum));
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (let index = 0; left > 0; index = (index + 1) % parts.length, left -= 1)
    parts[index] = (parts[index] ?? 0) + 1;
  return parts;
}

/**
 * Generates a realistic paid, unshipped shop order (备货中): several SKU orders, shop and platform
 * discounts, fen amounts, masked receiver plus ciphertexts, `product_id` above 2^53.
 */
export function generateShopOrder(
  random: () => number,
  ids: { orderId: string; shopId: string },
  updateSecond: number,
): MockShopOrder {
  const lineCount = 1 + Math.floor(random() * 4);
  const lines = Array.from({ length: lineCount }, () => ({
    product: pick(random, products),
    quantity: 1 + Math.floor(random() * 3),
  }));
  const amounts = lines.map((line) => line.product.price * line.quantity);
  const goods = amounts.reduce((a, b) => a + b, 0);
  const shopDiscount = Math.floor(random() * 3) * 500;
  const platformDiscount = random() < 0.5 ? 0 : Math.min(1000, Math.floor(goods / 10));
  const discount = Math.min(goods - lineCount, shopDiscount + platformDiscount);
  const post = random() < 0.7 ? 0 : 600;
  const lineDiscounts = split(discount, amounts);
  const linePosts = split(post, amounts);
  const createSecond = updateSecond - 60 - Math.floor(random() * 3000);
  const paySecond = createSecond + 30;
  const [province, city, district, street] = pick(random, places);
  const surname = pick(random, surnames);
  const skuOrders = lines.map((line, index) => {
    const amount = amounts[index] ?? 0;
    const pay = amount - (lineDiscounts[index] ?? 0) + (linePosts[index] ?? 0);
    const productId = 3_473_196_049_974_326_300n + BigInt(Math.floor(random() * 1_000_000));
    return {
      order_id: `${ids.orderId.slice(0, -1)}${index + 1}`.replace(/^6/, '7'),
      parent_order_id: ids.orderId,
      order_level: 3,
      order_status: 2,
      order_status_desc: '备货中',
      product_id: productId,
      product_id_str: productId.toString(),
      product_name: line.product.name,
      sku_id: 1_700_000_000_000 + Math.floor(random() * 1_000_000),
      out_sku_id: `SKU-${digits(random, 5)}`,
      out_product_id: `P-${digits(random, 4)}`,
      code: `C${digits(random, 6)}`,
      spec: line.product.spec.map(([name, value]) => ({ name, value })),
      item_num: line.quantity,
      origin_amount: line.product.price,
      sum_amount: amount,
      order_amount: amount - (lineDiscounts[index] ?? 0),
      pay_amount: pay,
      post_amount: linePosts[index] ?? 0,
      promotion_amount: lineDiscounts[index] ?? 0,
      after_sale_info: { after_sale_status: 0, after_sale_type: 0, refund_status: 0 },
      create_time: createSecond,
      pay_time: paySecond,
      update_time: updateSecond,
    };
  });
  const address = (withDetail: boolean): { [key: string]: MockJson } => ({
    province: { name: province, id: '' },
    city: { name: city, id: '' },
    town: { name: district, id: '' },
    street: { name: street, id: '' },
    detail: withDetail ? `${street.slice(0, 2)}路**号**` : '***',
  });
  return {
    order_id: ids.orderId,
    order_level: 2,
    order_status: 2,
    order_status_desc: '备货中',
    main_status: 2,
    order_type: 0,
    b_type: 2,
    biz: 2,
    trade_type: 0,
    pay_type: 1,
    shop_id: Number(ids.shopId),
    create_time: createSecond,
    pay_time: paySecond,
    update_time: updateSecond,
    exp_ship_time: paySecond + 48 * 3600,
    ship_time: 0,
    finish_time: 0,
    order_amount: goods - discount + post,
    pay_amount: goods - discount + post,
    post_amount: post,
    promotion_amount: discount,
    promotion_shop_amount: Math.min(discount, shopDiscount),
    promotion_platform_amount: discount - Math.min(discount, shopDiscount),
    buyer_words: random() < 0.3 ? '请尽快发货，谢谢' : '',
    seller_words: '',
    seller_remark_stars: 0,
    doudian_open_id: `#${digits(random, 12)}`,
    post_addr: { ...address(true), encrypt_detail: cipher(random) },
    mask_post_addr: address(true),
    post_receiver: `${surname}**`,
    post_tel: `1${digits(random, 2)}****${digits(random, 4)}`,
    encrypt_post_receiver: cipher(random),
    encrypt_post_tel: cipher(random),
    mask_post_receiver: `${surname}**`,
    mask_post_tel: `1${digits(random, 2)}****${digits(random, 4)}`,
    logistics_info: [],
    sku_order_list: skuOrders,
  };
}

/** JSON text of a mock value, writing `bigint`s as bare integers (as the platform does for int64). */
export function mockJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint' ? `__int64:${item}__` : item,
  ).replace(/"__int64:(\d+)__"/g, '$1');
}
