/**
 * Landmark words that stand in for an address (`小区门口`, `学校对面`, `地铁站附近`) or say there
 * is none (`到了打电话`). Matched as substrings of the NFKC-normalised detail.
 */
export const defaultLandmarkKeywords: readonly string[] = [
  '门口',
  '附近',
  '对面',
  '旁边',
  '隔壁',
  '路口',
  '交叉口',
  '周边',
  '一带',
  '边上',
  '不详',
  '不知道',
  '到了打电话',
  '到了联系',
];

/**
 * Words that, right after a digit, letter, Chinese numeral or mask `*`, mark a house, building,
 * unit or room number (`18号`, `**号`, `3栋`, `2单元`, `501室`, `七组`). Platforms mask digits
 * but usually keep these words, so `科技园南路**号` still shows a number.
 */
export const defaultHouseNumberMarkers: readonly string[] = [
  '号',
  '栋',
  '幢',
  '座',
  '室',
  '单元',
  '弄',
  '楼',
  '层',
  '组',
  '户',
  '#',
];

/**
 * Buyer-message and memo keywords a person should read before shipping: address changes, ship
 * later or not at all, courier demands.
 */
export const defaultMessageKeywords: readonly string[] = [
  '改地址',
  '修改地址',
  '换地址',
  '地址错',
  '地址写错',
  '改收货',
  '不要发',
  '别发',
  '先别发',
  '暂不发',
  '暂时不要发',
  '等通知',
  '延迟发货',
  '晚点发',
  '不要了',
  '退款',
  '发顺丰',
  '指定快递',
  '到付',
];
