import { invalidInput } from '../errors/oms-error';
import type { Province } from './province';
import { provinceAdjacency } from './province-adjacency';
import type { ProvinceCode } from './province-rows';
import { provinceRows } from './province-rows';
import { defaultRemoteProvinceCodes } from './remote-provinces';

const remoteCodes = new Set<string>(defaultRemoteProvinceCodes);
const sixDigits = /^\d{6}$/;

const provinces: readonly Province[] = Object.freeze(
  provinceRows.map(
    ([code, name, shortName, englishName, pinyin, kind, zone]): Province =>
      Object.freeze({
        code,
        name,
        shortName,
        englishName,
        pinyin,
        kind,
        zone,
        remote: remoteCodes.has(code),
        adjacentCodes: Object.freeze([...provinceAdjacency[code]].sort()),
      }),
  ),
);

const byPrefix = new Map<string, Province>(
  provinces.map((province) => [province.code.slice(0, 2), province]),
);

/** All 34 provincial-level divisions in GB/T 2260 code order (the same frozen array each call). */
export function listProvinces(): readonly Province[] {
  return provinces;
}

/**
 * The province whose GB/T 2260 code starts with these two digits (`'44'` gives 广东).
 *
 * @internal Public lookups go through {@link provinceByCode} and {@link normalizeProvince}.
 */
export function provinceByPrefix(prefix: string): Province | undefined {
  return byPrefix.get(prefix);
}

/**
 * The province a GB/T 2260 code belongs to: the province's own code (`'440000'`) or any city or
 * district code under it (`'440305'` 南山区 gives 广东), read by its first two digits.
 *
 * Only the first two digits are checked against the table, so a well-formed code that was never
 * issued still resolves to its province. Returns `undefined` unless `code` is exactly six ASCII
 * digits starting with a known province; for names or untidy input use {@link normalizeProvince}.
 */
export function provinceByCode(code: string): Province | undefined {
  if (!sixDigits.test(code)) return undefined;
  return byPrefix.get(code.slice(0, 2));
}

/** True when `code` is one of the 34 province-level codes (`'440000'`, not `'440300'`). */
export function isProvinceCode(code: string): code is ProvinceCode {
  return provinceByCode(code)?.code === code;
}

/**
 * {@link provinceByCode}, or an `invalid_input` OmsError naming `path` when the code is unknown.
 * Codes reaching the shipping helpers come from validated addresses and warehouses, so a miss
 * there is bad input, not an expected outcome.
 *
 * @internal
 */
export function requireProvinceByCode(code: string, path: readonly (string | number)[]): Province {
  const province = provinceByCode(code);
  if (province === undefined) {
    throw invalidInput(
      path,
      `not a GB/T 2260 code of a Chinese provincial division: ${JSON.stringify(code)}`,
      {
        rawPayload: code,
      },
    );
  }
  return province;
}
