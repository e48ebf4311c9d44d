import type { Province } from './province';
import {
  chineseAffixes,
  chineseNameVariants,
  latinAffixes,
  latinNameVariants,
} from './province-name-variants';
import type { ProvinceCode } from './province-rows';
import { listProvinces, provinceByPrefix } from './provinces';

/** Why {@link normalizeProvince} found no province: nothing but whitespace, or a name it does not know. */
export type ProvinceMissReason = 'empty' | 'unknown';

/** The result of {@link normalizeProvince}: the province, or a typed miss carrying the input as given. */
export type ProvinceMatch =
  | { readonly ok: true; readonly code: ProvinceCode; readonly province: Province }
  | { readonly ok: false; readonly reason: ProvinceMissReason; readonly input: string };

// Zero-width characters and the byte-order mark survive copy-paste from spreadsheets and are not \s.
const invisible = /[\s\u200b-\u200d\u2060\ufeff]/g;
const digitsOnly = /^\d+$/;
const latinOnly = /^[a-z.,'’()_-]+$/i;

const latinKey = (text: string): string => text.toLowerCase().replace(/[^a-z]/g, '');

function buildIndexes(): { chinese: Map<string, Province>; latin: Map<string, Province> } {
  const chinese = new Map<string, Province>();
  const latin = new Map<string, Province>();
  for (const province of listProvinces()) {
    for (const name of [province.name, province.shortName, ...(chineseNameVariants[province.code] ?? [])]) {
      chinese.set(name, province);
    }
    for (const name of [province.englishName, province.pinyin, ...(latinNameVariants[province.code] ?? [])]) {
      latin.set(latinKey(name), province);
    }
  }
  return { chinese, latin };
}

const indexes = buildIndexes();

/**
 * Looks `key` up as given, then with one known prefix and any known suffixes dropped, so that
 * `中国香港`, `广西自治区` and `Hong Kong SAR, China` resolve while `火星省` stays unknown.
 */
function lookUpWithAffixes(
  key: string,
  index: ReadonlyMap<string, Province>,
  affixes: { readonly prefixes: readonly string[]; readonly suffixes: readonly string[] },
): Province | undefined {
  const prefix = affixes.prefixes.find(
    (candidate) => key.startsWith(candidate) && key.length > candidate.length,
  );
  let rest = prefix === undefined ? key : key.slice(prefix.length);
  for (;;) {
    const found = index.get(rest);
    if (found !== undefined) return found;
    const suffix = affixes.suffixes.find(
      (candidate) => rest.endsWith(candidate) && rest.length > candidate.length,
    );
    if (suffix === undefined) return undefined;
    rest = rest.slice(0, -suffix.length);
  }
}

function lookUp(cleaned: string): Province | undefined {
  if (digitsOnly.test(cleaned)) {
    // A province's own code or its two-digit prefix only: a six-digit city code here is more
    // likely a postal code (518000) than a division, so use provinceByCode for those.
    if (cleaned.length === 2) return provinceByPrefix(cleaned);
    if (cleaned.length === 6 && cleaned.endsWith('0000')) return provinceByPrefix(cleaned.slice(0, 2));
    return undefined;
  }
  if (latinOnly.test(cleaned)) return lookUpWithAffixes(latinKey(cleaned), indexes.latin, latinAffixes);
  return lookUpWithAffixes(cleaned, indexes.chinese, chineseAffixes);
}

/**
 * Resolves a province as platforms, ERPs and people write it to one of the 34 provincial
 * divisions. Accepts, ignoring whitespace (full-width too), zero-width characters and full-width
 * letters and digits:
 *
 * - the full name (`广东省`, `广西壮族自治区`, `香港特别行政区`) or short name (`广东`, `广西`, `香港`);
 * - variants with another or no suffix (`北京市` / `北京`, `广西自治区`, `台湾地区`, `中国香港`),
 *   colloquial forms (`内蒙`) and traditional characters (`廣東`, `臺灣`, `澳門`);
 * - the GB/T 2260 province code (`440000`) or its two-digit prefix (`44`);
 * - the English name or pinyin, case-insensitively (`Guangdong`, `inner mongolia`, `Xizang`,
 *   `Macao`, `Guangdong Province`, `Hong Kong SAR, China`).
 *
 * It does not parse addresses (`广东省深圳市` is unknown) and does not take city or district codes,
 * which {@link provinceByCode} does. A miss is returned, never thrown.
 */
export function normalizeProvince(name: string): ProvinceMatch {
  const cleaned = name.normalize('NFKC').replace(invisible, '');
  if (cleaned === '') return { ok: false, reason: 'empty', input: name };
  const province = lookUp(cleaned);
  if (province === undefined) return { ok: false, reason: 'unknown', input: name };
  return { ok: true, code: province.code, province };
}
