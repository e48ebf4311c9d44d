import { isWithinAnyArea } from './area-code-match';
import { requireProvinceByCode } from './provinces';
import type { RegionZoneId } from './region-zones';
import { defaultRemoteProvinceCodes } from './remote-provinces';

/**
 * The region zone of the province a GB/T 2260 code (province, city or district) belongs to:
 * `zoneOf('440305')` is `'south'`. Labels are in {@link regionZones}.
 *
 * @throws OmsError `invalid_input` when `code` is not a GB/T 2260 code of a known province.
 */
export function zoneOf(code: string): RegionZoneId {
  return requireProvinceByCode(code, ['code']).zone;
}

/**
 * Whether a destination counts as remote (偏远) for carriers' surcharges.
 *
 * @param code - GB/T 2260 code of the destination: province, city or district. Pass the most
 *   specific code known when `remoteCodes` names cities or districts.
 * @param remoteCodes - The areas to treat as remote, each a province, city or district code;
 *   defaults to {@link defaultRemoteProvinceCodes} (内蒙古, 甘肃, 青海, 宁夏, 新疆, 西藏).
 * @throws OmsError `invalid_input` when `code` or an entry of `remoteCodes` is not a GB/T 2260
 *   code of a known province.
 */
export function isRemote(code: string, remoteCodes: readonly string[] = defaultRemoteProvinceCodes): boolean {
  requireProvinceByCode(code, ['code']);
  return isWithinAnyArea(code, remoteCodes, ['remoteCodes']);
}

/**
 * Whether the provinces of two GB/T 2260 codes (province, city or district) share a land border:
 * `areAdjacent('320000', '310000')` is true (江苏, 上海). A province is not adjacent to itself, and
 * sea crossings (广东 to 海南, 福建 to 台湾) do not count. Symmetric in its arguments.
 *
 * @throws OmsError `invalid_input` when either code is not a GB/T 2260 code of a known province.
 */
export function areAdjacent(a: string, b: string): boolean {
  const first = requireProvinceByCode(a, ['a']);
  const second = requireProvinceByCode(b, ['b']);
  return first.adjacentCodes.includes(second.code);
}
