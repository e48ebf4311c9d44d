import type { ProvinceKind } from './province';
import type { RegionZoneId } from './region-zones';

/**
 * The 34 provincial-level divisions as a table of facts, in GB/T 2260 code order.
 * Columns: code, full name, short name, English name, pinyin, kind, region zone.
 *
 * The English name is the one international mail and most platforms use (`Inner Mongolia`,
 * `Tibet`, `Macau`); the pinyin column is plain toneless pinyin, except `Shaanxi` for 陕西,
 * whose conventional spelling keeps it apart from 山西 `Shanxi`.
 *
 * @internal Read provinces through {@link listProvinces} and friends; this is their source.
 */
export const provinceRows = [
  ['110000', '北京市', '北京', 'Beijing', 'Beijing', 'municipality', 'north'],
  ['120000', '天津市', '天津', 'Tianjin', 'Tianjin', 'municipality', 'north'],
  ['130000', '河北省', '河北', 'Hebei', 'Hebei', 'province', 'north'],
  ['140000', '山西省', '山西', 'Shanxi', 'Shanxi', 'province', 'north'],
  ['150000', '内蒙古自治区', '内蒙古', 'Inner Mongolia', 'Nei Menggu', 'autonomous_region', 'north'],
  ['210000', '辽宁省', '辽宁', 'Liaoning', 'Liaoning', 'province', 'northeast'],
  ['220000', '吉林省', '吉林', 'Jilin', 'Jilin', 'province', 'northeast'],
  ['230000', '黑龙江省', '黑龙江', 'Heilongjiang', 'Heilongjiang', 'province', 'northeast'],
  ['310000', '上海市', '上海', 'Shanghai', 'Shanghai', 'municipality', 'east'],
  ['320000', '江苏省', '江苏', 'Jiangsu', 'Jiangsu', 'province', 'east'],
  ['330000', '浙江省', '浙江', 'Zhejiang', 'Zhejiang', 'province', 'east'],
  ['340000', '安徽省', '安徽', 'Anhui', 'Anhui', 'province', 'east'],
  ['350000', '福建省', '福建', 'Fujian', 'Fujian', 'province', 'east'],
  ['360000', '江西省', '江西', 'Jiangxi', 'Jiangxi', 'province', 'east'],
  ['370000', '山东省', '山东', 'Shandong', 'Shandong', 'province', 'east'],
  ['410000', '河南省', '河南', 'Henan', 'Henan', 'province', 'central'],
  ['420000', '湖北省', '湖北', 'Hubei', 'Hubei', 'province', 'central'],
  ['430000', '湖南省', '湖南', 'Hunan', 'Hunan', 'province', 'central'],
  ['440000', '广东省', '广东', 'Guangdong', 'Guangdong', 'province', 'south'],
  ['450000', '广西壮族自治区', '广西', 'Guangxi', 'Guangxi', 'autonomous_region', 'south'],
  ['460000', '海南省', '海南', 'Hainan', 'Hainan', 'province', 'south'],
  ['500000', '重庆市', '重庆', 'Chongqing', 'Chongqing', 'municipality', 'southwest'],
  ['510000', '四川省', '四川', 'Sichuan', 'Sichuan', 'province', 'southwest'],
  ['520000', '贵州省', '贵州', 'Guizhou', 'Guizhou', 'province', 'southwest'],
  ['530000', '云南省', '云南', 'Yunnan', 'Yunnan', 'province', 'southwest'],
  ['540000', '西藏自治区', '西藏', 'Tibet', 'Xizang', 'autonomous_region', 'southwest'],
  ['610000', '陕西省', '陕西', 'Shaanxi', 'Shaanxi', 'province', 'northwest'],
  ['620000', '甘肃省', '甘肃', 'Gansu', 'Gansu', 'province', 'northwest'],
  ['630000', '青海省', '青海', 'Qinghai', 'Qinghai', 'province', 'northwest'],
  ['640000', '宁夏回族自治区', '宁夏', 'Ningxia', 'Ningxia', 'autonomous_region', 'northwest'],
  ['650000', '新疆维吾尔自治区', '新疆', 'Xinjiang', 'Xinjiang', 'autonomous_region', 'northwest'],
  ['710000', '台湾省', '台湾', 'Taiwan', 'Taiwan', 'province', 'hmt'],
  ['810000', '香港特别行政区', '香港', 'Hong Kong', 'Xianggang', 'sar', 'hmt'],
  ['820000', '澳门特别行政区', '澳门', 'Macau', 'Aomen', 'sar', 'hmt'],
] as const satisfies readonly (readonly [
  string,
  string,
  string,
  string,
  string,
  ProvinceKind,
  RegionZoneId,
])[];

/**
 * The GB/T 2260 code of a provincial-level division (`'440000'`): the 34 six-digit codes whose
 * last four digits are zero. City and district codes share their province's first two digits.
 */
export type ProvinceCode = (typeof provinceRows)[number][0];
