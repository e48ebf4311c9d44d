import { isWithinAnyArea } from './area-code-match';
import { jiangzhehuCodes } from './province-groups';
import { requireProvinceByCode } from './provinces';
import { defaultRemoteProvinceCodes } from './remote-provinces';

/**
 * How far a parcel travels, in the zones Chinese rate cards price by:
 *
 * - `same_province`: origin and destination in the same province (省内);
 * - `remote`: the destination is remote (偏远), or the parcel crosses a customs border;
 * - `jiangzhehu`: both in 江浙沪 (or the group passed as `jiangzhehuCodes`), different provinces;
 * - `adjacent`: neighbouring provinces (邻省), sharing a land border;
 * - `same_region`: the same region zone (华东, 西南, ...);
 * - `national`: anything else (全国).
 */
export type ShippingZone =
  | 'same_province'
  | 'jiangzhehu'
  | 'adjacent'
  | 'same_region'
  | 'national'
  | 'remote';

/** Every shipping zone, in the precedence order {@link shippingZoneBetween} applies. */
export const shippingZones: readonly ShippingZone[] = Object.freeze([
  'same_province',
  'remote',
  'jiangzhehu',
  'adjacent',
  'same_region',
  'national',
]);

/** Overrides for {@link shippingZoneBetween}, as a rate card states them. */
export interface ShippingZoneOptions {
  /**
   * Destinations that count as remote, each a GB/T 2260 province, city or district code
   * (`'650000'`, `'513300'`); defaults to {@link defaultRemoteProvinceCodes}. Pass `[]` for none.
   */
  readonly remoteCodes?: readonly string[];
  /**
   * The areas priced as the `jiangzhehu` group, each a GB/T 2260 province, city or district code;
   * defaults to {@link jiangzhehuCodes} (江浙沪). Pass {@link jiangzhehuwanCodes} for 江浙沪皖.
   */
  readonly jiangzhehuCodes?: readonly string[];
  /**
   * Whether a parcel between 港澳台 and any other provincial division (the mainland, or another of
   * the three) is `remote`; default `true`. Such parcels cross a customs border and domestic rate
   * cards do not price them as near zones, although 广东 borders 香港 and 澳门 by land. With
   * `false` they are classed by the map like any other pair.
   */
  readonly crossBorderAsRemote?: boolean;
}

/**
 * The shipping zone of a parcel from `originCode` to `destinationCode`, both GB/T 2260 codes of
 * a province, city or district. Pure; rate cards and routing read it.
 *
 * The first rule that holds wins:
 * 1. `same_province`: both codes are in one province (even a remote one: 新疆 to 新疆);
 * 2. `remote`: the destination is in `remoteCodes`, or the parcel crosses into or out of
 *    港澳台 while `crossBorderAsRemote` holds; a remote destination stays remote even from a
 *    neighbour (甘肃 to 宁夏), as carriers' surcharges and sellers' 包邮 exclusions are by destination;
 * 3. `jiangzhehu`: both in the 江浙沪 group (上海 to 江苏 is `jiangzhehu`, not `adjacent`);
 * 4. `adjacent`: the provinces share a land border;
 * 5. `same_region`: the provinces are in one region zone;
 * 6. `national`: otherwise. A remote origin alone does not make a parcel `remote`.
 *
 * @throws OmsError `invalid_input` when a code, or an entry of `remoteCodes` or `jiangzhehuCodes`,
 *   is not a GB/T 2260 code of a known province; `path` names it.
 */
export function shippingZoneBetween(
  originCode: string,
  destinationCode: string,
  options: ShippingZoneOptions = {},
): ShippingZone {
  const origin = requireProvinceByCode(originCode, ['originCode']);
  const destination = requireProvinceByCode(destinationCode, ['destinationCode']);
  // Option lists are checked on every call, not only when a rule reaches them, so a bad rate
  // card fails on its first parcel rather than on its first remote one.
  const destinationRemote = isWithinAnyArea(
    destinationCode,
    options.remoteCodes ?? defaultRemoteProvinceCodes,
    ['options', 'remoteCodes'],
  );
  const groupCodes = options.jiangzhehuCodes ?? jiangzhehuCodes;
  const originInGroup = isWithinAnyArea(originCode, groupCodes, ['options', 'jiangzhehuCodes']);
  const destinationInGroup = isWithinAnyArea(destinationCode, groupCodes, ['options', 'jiangzhehuCodes']);

  if (origin.code === destination.code) return 'same_province';
  const crossesBorder = origin.zone === 'hmt' || destination.zone === 'hmt';
  if (destinationRemote || (crossesBorder && (options.crossBorderAsRemote ?? true))) return 'remote';
  if (originInGroup && destinationInGroup) return 'jiangzhehu';
  if (origin.adjacentCodes.includes(destination.code)) return 'adjacent';
  if (origin.zone === destination.zone) return 'same_region';
  return 'national';
}
