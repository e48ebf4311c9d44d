/** One product the mock shop sells. */
export interface JdMockProduct {
  readonly wareId: string;
  readonly skuId: string;
  readonly outerSkuId: string;
  readonly skuName: string;
  /** Fen. */
  readonly price: number;
}

/** The mock shop's catalogue (invented). */
export const jdMockProducts: readonly JdMockProduct[] = [
  {
    wareId: '10001234',
    skuId: '100012345678',
    outerSkuId: 'TEE-RED-M',
    skuName: '纯棉T恤 红色 M',
    price: 9900,
  },
  {
    wareId: '10001234',
    skuId: '100012345679',
    outerSkuId: 'TEE-RED-L',
    skuName: '纯棉T恤 红色 L',
    price: 9900,
  },
  { wareId: '10005678', skuId: '100087654321', outerSkuId: 'CAP-BLK', skuName: '棒球帽 黑色', price: 5990 },
  { wareId: '10009999', skuId: '100099990000', outerSkuId: 'CUP-500', skuName: '保温杯 500ml', price: 12900 },
  { wareId: '10002468', skuId: '100024681357', outerSkuId: 'SOCK-5P', skuName: '运动袜 五双装', price: 3950 },
  { wareId: '10003579', skuId: '100035791113', outerSkuId: '', skuName: '帆布包 米白', price: 6800 },
  {
    wareId: '10004321',
    skuId: '100043210987',
    outerSkuId: 'TOWEL-2',
    skuName: '长绒棉毛巾 两条装',
    price: 4590,
  },
];

/** Where mock receivers live: JD's consignee provinces are often short forms (`广东`, `内蒙古`). */
export const jdMockPlaces: readonly { province: string; city: string; county: string; town: string }[] = [
  { province: '广东', city: '深圳市', county: '南山区', town: '粤海街道' },
  { province: '北京', city: '北京市', county: '朝阳区', town: '望京街道' },
  { province: '上海', city: '上海市', county: '浦东新区', town: '张江镇' },
  { province: '浙江省', city: '杭州市', county: '西湖区', town: '文新街道' },
  { province: '江苏', city: '南京市', county: '鼓楼区', town: '' },
  { province: '四川省', city: '成都市', county: '武侯区', town: '' },
  { province: '内蒙古', city: '呼和浩特市', county: '新城区', town: '' },
  { province: '广西壮族自治区', city: '南宁市', county: '青秀区', town: '' },
  { province: '新疆', city: '乌鲁木齐市', county: '天山区', town: '' },
  { province: '黑龙江省', city: '哈尔滨市', county: '南岗区', town: '' },
];

/** Masked surnames, as JD masks names. */
export const jdMockMaskedNames: readonly string[] = ['王*', '李*', '张**', '刘*', '陈*', '欧阳**'];

/** A small deterministic PRNG (mulberry32) so mock shops are reproducible. */
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
