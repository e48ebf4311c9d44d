import { requireProvinceByCode } from './provinces';

/**
 * How many leading digits of a GB/T 2260 code name its area: 2 for a province (`440000`),
 * 4 for a city (`440300`), all 6 for a district (`440305`).
 */
function areaPrefixLength(areaCode: string): number {
  if (areaCode.endsWith('0000')) return 2;
  if (areaCode.endsWith('00')) return 4;
  return 6;
}

/**
 * True when `code` lies within any of the areas in `areaCodes`, each a GB/T 2260 province,
 * city or district code: `'650000'` covers all of 新疆, `'513300'` only 甘孜州, `'460321'` only
 * that district. A code less specific than the area (`'510000'` against `'513300'`) does not
 * match. Throws `invalid_input` at `path[i]` for an area code that is not a known GB/T 2260 code.
 *
 * @internal
 */
export function isWithinAnyArea(
  code: string,
  areaCodes: readonly string[],
  path: readonly (string | number)[],
): boolean {
  let within = false;
  areaCodes.forEach((areaCode, index) => {
    requireProvinceByCode(areaCode, [...path, index]);
    const length = areaPrefixLength(areaCode);
    if (code.slice(0, length) === areaCode.slice(0, length)) within = true;
  });
  return within;
}
