/**
 * Synthetic order rows in a flat intake format (the shape a distributor's spreadsheet or a
 * platform summary has), used by the demo. Every value is made up; the receiver fields are
 * already masked as platforms mask them.
 */
export interface IntakeRow {
  channel: string;
  shopId: string;
  orderNo: string;
  status: 'pending_payment' | 'paid' | 'shipped' | 'cancelled';
  created: string;
  modified: string;
  province: string;
  city: string;
  district: string;
  receiverMasked: string;
  sku: string;
  title: string;
  quantity: number;
  unitPriceYuan: string;
  discountYuan: string;
  shippingYuan: string;
}

export const sampleIntake: IntakeRow[] = [
  {
    channel: 'taobao',
    shopId: 'tb-flagship',
    orderNo: '289749893210214687',
    status: 'paid',
    created: '2026-11-11 00:00:05',
    modified: '2026-11-11 00:00:09',
    province: '广东省',
    city: '深圳市',
    district: '南山区',
    receiverMasked: '张*',
    sku: 'TSHIRT-RED-M',
    title: '纯棉T恤 红色 M',
    quantity: 2,
    unitPriceYuan: '59.00',
    discountYuan: '10.00',
    shippingYuan: '0',
  },
  {
    channel: 'jd',
    shopId: 'jd-pop',
    orderNo: '301256874412',
    status: 'paid',
    created: '2026-11-11 00:01:10',
    modified: '2026-11-11 00:01:12',
    province: '内蒙古',
    city: '呼和浩特市',
    district: '新城区',
    receiverMasked: '李**',
    sku: 'TSHIRT-RED-M',
    title: '纯棉T恤 红色 M',
    quantity: 3,
    unitPriceYuan: '62.5',
    discountYuan: '0',
    shippingYuan: '8',
  },
  {
    channel: 'pdd',
    shopId: 'pdd-store',
    orderNo: '261111-088123456789012',
    status: 'paid',
    created: '2026-11-11 00:02:40',
    modified: '2026-11-11 00:02:41',
    province: '浙江省',
    city: '杭州市',
    district: '西湖区',
    receiverMasked: '王*',
    sku: 'TSHIRT-RED-M',
    title: '纯棉T恤 红色 M',
    quantity: 4,
    unitPriceYuan: '49.90',
    discountYuan: '5.00',
    shippingYuan: '0',
  },
  {
    channel: 'douyin',
    shopId: 'dy-live',
    orderNo: '6919543187264032178',
    status: 'paid',
    created: '2026-11-11 00:03:02',
    modified: '2026-11-11 00:03:03',
    province: '新疆',
    city: '乌鲁木齐市',
    district: '天山区',
    receiverMasked: '赵*',
    sku: 'TSHIRT-RED-M',
    title: '纯棉T恤 红色 M',
    quantity: 3,
    unitPriceYuan: '55.00',
    discountYuan: '3.30',
    shippingYuan: '12',
  },
  {
    channel: 'taobao',
    shopId: 'tb-flagship',
    orderNo: '289749893210214999',
    status: 'pending_payment',
    created: '2026-11-11 00:04:00',
    modified: '2026-11-11 00:04:00',
    province: '广西',
    city: '南宁市',
    district: '青秀区',
    receiverMasked: '陈*',
    sku: 'HOODIE-GRY-L',
    title: '连帽卫衣 灰色 L',
    quantity: 1,
    unitPriceYuan: '199.00',
    discountYuan: '0',
    shippingYuan: '0',
  },
  {
    channel: 'jd',
    shopId: 'jd-pop',
    orderNo: '301256874999',
    status: 'paid',
    created: '2026-11-11 00:05:00',
    modified: '2026-11-11 00:05:00',
    province: '火星省',
    city: '?',
    district: '?',
    receiverMasked: '某*',
    sku: 'HOODIE-GRY-L',
    title: '连帽卫衣 灰色 L',
    quantity: 1,
    unitPriceYuan: '199.001',
    discountYuan: '0',
    shippingYuan: '0',
  },
];
