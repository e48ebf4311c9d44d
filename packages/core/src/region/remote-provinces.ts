import type { ProvinceCode } from './province-rows';

/**
 * The provinces Chinese express carriers commonly treat as remote (偏远) and surcharge, and that
 * sellers' free-shipping (包邮) offers usually leave out: 内蒙古, 甘肃, 青海, 宁夏, 新疆, 西藏.
 *
 * It is a default, not a fact of geography: a rate card may pass its own list (some add 海南,
 * some name only certain cities, such as parts of 四川 or 青海) to {@link isRemote} and
 * {@link shippingZoneBetween}. 港澳台 are not here: a parcel to them crosses a customs border,
 * which {@link shippingZoneBetween} handles on its own.
 */
export const defaultRemoteProvinceCodes: readonly ProvinceCode[] = Object.freeze([
  '150000',
  '540000',
  '620000',
  '630000',
  '640000',
  '650000',
]);
