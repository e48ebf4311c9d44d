import type { ProvinceCode } from './province-rows';

/**
 * Chinese names seen in platform and ERP data beyond the full and short names: colloquial
 * short forms, the ethnic part of an autonomous region's name kept without 自治区, and
 * traditional-character spellings (from buyers in 香港, 澳门 and 台湾).
 *
 * @internal
 */
export const chineseNameVariants: Readonly<Partial<Record<ProvinceCode, readonly string[]>>> = {
  '150000': ['内蒙', '內蒙古', '內蒙'],
  '210000': ['遼寧'],
  '230000': ['黑龍江'],
  '320000': ['江蘇'],
  '370000': ['山東'],
  '440000': ['廣東'],
  '450000': ['广西壮族', '廣西', '廣西壯族'],
  '500000': ['重慶'],
  '520000': ['貴州'],
  '530000': ['雲南'],
  '610000': ['陝西'],
  '620000': ['甘肅'],
  '640000': ['宁夏回族', '寧夏', '寧夏回族'],
  '650000': ['新疆维吾尔', '新疆维吾尔族', '新疆維吾爾', '新疆維吾爾族'],
  '710000': ['台灣', '臺灣'],
  '820000': ['澳門'],
};

/**
 * English and romanised names beyond the English name and pinyin: the official romanisations
 * `Nei Mongol` and `Macao`, and the ethnic part of autonomous regions' English names.
 *
 * @internal
 */
export const latinNameVariants: Readonly<Partial<Record<ProvinceCode, readonly string[]>>> = {
  '150000': ['Nei Mongol'],
  '450000': ['Guangxi Zhuang'],
  '640000': ['Ningxia Hui'],
  '650000': ['Xinjiang Uygur', 'Xinjiang Uyghur', 'Xinjiang Uighur'],
  '820000': ['Macao'],
};

/**
 * Chinese prefixes and suffixes dropped, one of each at most, when the name as given is not
 * known: `中国香港`, `北京市` written as `北京省`, `广西自治区`, `台湾地区`. Longest first.
 *
 * @internal
 */
export const chineseAffixes = {
  prefixes: ['中国', '中國'],
  suffixes: ['特别行政区', '特別行政區', '自治区', '自治區', '特区', '特區', '地区', '地區', '省', '市'],
} as const;

/**
 * Romanised prefixes and suffixes dropped the same way, compared on lowercase letters only:
 * `Guangdong Province`, `Hong Kong SAR, China`, `Xinjiang Uygur Autonomous Region`.
 *
 * @internal
 */
export const latinAffixes = {
  prefixes: ['china'],
  suffixes: [
    'specialadministrativeregion',
    'autonomousregion',
    'municipality',
    'province',
    'zizhiqu',
    'china',
    'sheng',
    'city',
    'sar',
    'shi',
  ],
} as const;
