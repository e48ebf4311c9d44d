import { apportion, formatShanghaiWallTime } from '@omskit/core';
import { bigId, type TaobaoMockJson, yuanText } from './taobao-mock-json';

/** One sub-order of a mock trade. */
export interface TaobaoMockLine {
  readonly oid: string;
  readonly numIid: string;
  readonly skuId: string;
  readonly outerSkuId: string;
  readonly title: string;
  readonly skuProperties: string;
  readonly num: number;
  readonly priceFen: number;
  /** Line-level discount (total_fee = price x num - discount). */
  readonly discountFen: number;
  /** TOP's split of what was paid for goods (divide_order_fee). */
  readonly divideFen: number;
  status: string;
  refundStatus: string;
  invoiceNo?: string;
  companyCode?: string;
}

/** A trade as the mock shop keeps it. */
export interface TaobaoMockTrade {
  readonly tid: string;
  status: string;
  readonly type: string;
  stepTradeStatus?: string;
  readonly createdMs: number;
  payMs: number | undefined;
  consignMs?: number;
  endMs?: number;
  modifiedMs: number;
  readonly lines: TaobaoMockLine[];
  readonly postFeeFen: number;
  readonly receiver: {
    readonly state: string;
    readonly city: string;
    readonly district: string;
    readonly town: string;
    readonly address: string;
    readonly name: string;
    readonly mobile: string;
    readonly zip: string;
    readonly oaid: string;
  };
  readonly buyerOpenUid: string;
  buyerMessage?: string;
  sellerMemo?: string;
  sellerFlag: number;
  /** Whether the rendering carries `tid_str`/`oid_str` (TOP does not always). */
  readonly withIdStrings: boolean;
}

// Province names as TOP writes them, short forms and a directly administered county included.
const places: readonly (readonly [string, string, string, string])[] = [
  ['广东省', '深圳市', '南山区', '粤海街道'],
  ['浙江', '杭州市', '西湖区', '文新街道'],
  ['北京', '北京市', '朝阳区', '三里屯街道'],
  ['上海市', '上海市', '浦东新区', '花木街道'],
  ['新疆维吾尔自治区', '乌鲁木齐市', '天山区', '解放南路街道'],
  ['内蒙古', '呼和浩特市', '新城区', '海拉尔东路街道'],
  ['河南省', '', '济源市', '沁园街道'],
  ['湖北省', '', '仙桃市', '沙嘴街道'],
  ['广西', '南宁市', '青秀区', '新竹街道'],
  ['江苏省', '苏州市', '工业园区', '娄葑街道'],
];

const products: readonly (readonly [string, string, number])[] = [
  ['纯棉短袖T恤 男款 夏季新品', '颜色分类:白色;尺码:L', 5900],
  ['保温杯 316不锈钢 大容量', '颜色分类:墨绿;容量:500ml', 12900],
  ['无线蓝牙耳机 降噪 长续航', '颜色分类:黑色', 19900],
  ['有机绿茶 明前龙井 罐装250g', '规格:250g', 8800],
  ['儿童益智积木 大颗粒 100块', '套餐类型:标准版', 6990],
  ['家用电热水壶 1.7L', '颜色分类:米白', 9900],
];

const surnames = ['张', '王', '李', '赵', '陈', '刘'];

/** Builds a realistic paid trade: several lines, line and shop discounts, a masked receiver. */
export function generateTaobaoTrade(
  random: () => number,
  ids: { tid: string; oid: (index: number) => string },
  times: { createdMs: number; modifiedMs: number },
): TaobaoMockTrade {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const count = 1 + Math.floor(random() * 4);
  const drafts = Array.from({ length: count }, (_, index) => {
    const [title, skuProperties, priceFen] = pick(products);
    const num = 1 + Math.floor(random() * 3);
    const discountFen = random() < 0.5 ? Math.floor(priceFen * num * 0.1) : 0;
    return { index, title, skuProperties, priceFen, num, discountFen };
  });
  const totals = drafts.map((draft) => draft.priceFen * draft.num - draft.discountFen);
  const goodsFen = totals.reduce((sum, fee) => sum + fee, 0);
  const couponFen = goodsFen >= 10000 ? 1000 : goodsFen >= 5000 ? 500 : 0;
  const divide = apportion(goodsFen - couponFen, totals);
  const place = pick(places);
  const payMs = times.createdMs + 60_000;
  const lines: TaobaoMockLine[] = drafts.map((draft, index) => ({
    oid: ids.oid(index),
    numIid: String(600000000000 + Math.floor(random() * 99999999)),
    skuId: String(4000000000000 + Math.floor(random() * 999999999)),
    outerSkuId: `SKU-${1000 + Math.floor(random() * 9000)}`,
    title: draft.title,
    skuProperties: draft.skuProperties,
    num: draft.num,
    priceFen: draft.priceFen,
    discountFen: draft.discountFen,
    divideFen: divide[index] ?? 0,
    status: 'WAIT_SELLER_SEND_GOODS',
    refundStatus: 'NO_REFUND',
  }));
  const hex = () =>
    Math.floor(random() * 0xffffffff)
      .toString(16)
      .padStart(8, '0');
  return {
    tid: ids.tid,
    status: 'WAIT_SELLER_SEND_GOODS',
    type: 'fixed',
    createdMs: times.createdMs,
    payMs,
    modifiedMs: times.modifiedMs,
    lines,
    postFeeFen: random() < 0.7 ? 0 : 1000,
    receiver: {
      state: place[0],
      city: place[1],
      district: place[2],
      town: place[3],
      address: `${place[3]}**路**号`,
      name: `${pick(surnames)}**`,
      mobile: `1${30 + Math.floor(random() * 60)}****${String(Math.floor(random() * 10000)).padStart(4, '0')}`,
      zip: '000000',
      oaid: `${hex()}${hex()}${hex()}${hex()}${hex()}`,
    },
    buyerOpenUid: `AAH${hex()}${hex()}`,
    ...(random() < 0.3 ? { buyerMessage: '请尽快发货，谢谢' } : {}),
    sellerFlag: random() < 0.2 ? 1 : 0,
    withIdStrings: random() < 0.5,
  };
}

const time = (ms: number | undefined) => (ms === undefined ? undefined : formatShanghaiWallTime(ms));

/** The trade as `taobao.trade.fullinfo.get` returns it (non-simplified JSON). */
export function renderTaobaoTrade(trade: TaobaoMockTrade): TaobaoMockJson {
  const paymentFen = trade.lines.reduce((sum, line) => sum + line.divideFen, 0) + trade.postFeeFen;
  const totalFen = trade.lines.reduce((sum, line) => sum + line.priceFen * line.num, 0);
  return {
    tid: bigId(trade.tid),
    ...(trade.withIdStrings ? { tid_str: trade.tid } : {}),
    status: trade.status,
    type: trade.type,
    step_trade_status: trade.stepTradeStatus,
    created: time(trade.createdMs),
    pay_time: time(trade.payMs),
    consign_time: time(trade.consignMs),
    end_time: time(trade.endMs),
    modified: time(trade.modifiedMs),
    payment: yuanText(paymentFen),
    post_fee: yuanText(trade.postFeeFen),
    total_fee: yuanText(totalFen),
    discount_fee: yuanText(totalFen - paymentFen + trade.postFeeFen),
    adjust_fee: '0.00',
    buyer_open_uid: trade.buyerOpenUid,
    buyer_message: trade.buyerMessage,
    has_buyer_message: trade.buyerMessage !== undefined,
    seller_memo: trade.sellerMemo,
    seller_flag: trade.sellerFlag,
    receiver_state: trade.receiver.state,
    receiver_city: trade.receiver.city,
    receiver_district: trade.receiver.district,
    receiver_town: trade.receiver.town,
    receiver_address: trade.receiver.address,
    receiver_name: trade.receiver.name,
    receiver_mobile: trade.receiver.mobile,
    receiver_zip: trade.receiver.zip,
    receiver_country: '',
    oaid: trade.receiver.oaid,
    orders: {
      order: trade.lines.map((line) => ({
        oid: bigId(line.oid),
        ...(trade.withIdStrings ? { oid_str: line.oid } : {}),
        num_iid: bigId(line.numIid),
        sku_id: line.skuId,
        outer_sku_id: line.outerSkuId,
        title: line.title,
        sku_properties_name: line.skuProperties,
        num: line.num,
        price: yuanText(line.priceFen),
        total_fee: yuanText(line.priceFen * line.num - line.discountFen),
        discount_fee: yuanText(line.discountFen),
        divide_order_fee: yuanText(line.divideFen),
        part_mjz_discount: yuanText(line.priceFen * line.num - line.discountFen - line.divideFen),
        payment: yuanText(line.divideFen),
        status: line.status,
        refund_status: line.refundStatus,
        invoice_no: line.invoiceNo,
        logistics_company: line.companyCode,
      })),
    },
  };
}
