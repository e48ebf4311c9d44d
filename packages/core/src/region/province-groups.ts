import type { ProvinceCode } from './province-rows';

/**
 * 江浙沪: 江苏, 浙江 and 上海, the group sellers and carriers price as one near zone (the
 * `jiangzhehu` shipping zone).
 */
export const jiangzhehuCodes: readonly ProvinceCode[] = Object.freeze(['310000', '320000', '330000']);

/**
 * 江浙沪皖: 江浙沪 plus 安徽, the wider group many sellers' offers name. Pass it as
 * `jiangzhehuCodes` to {@link shippingZoneBetween} to price all four as one zone.
 */
export const jiangzhehuwanCodes: readonly ProvinceCode[] = Object.freeze([
  '310000',
  '320000',
  '330000',
  '340000',
]);
