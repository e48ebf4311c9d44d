import { defaultHouseNumberMarkers, defaultLandmarkKeywords } from './default-keywords';
import { matchKeywords, normalizeForKeywords } from './match-keywords';

/** Options of {@link assessAddressDetail}; the defaults are the `default*` keyword lists. */
export interface AddressDetailOptions {
  readonly landmarkKeywords?: readonly string[];
  readonly houseNumberMarkers?: readonly string[];
  /** Call a clear-text detail without a house number vague even with no landmark. Default true. */
  readonly requireHouseNumber?: boolean;
}

/**
 * What can be said about a masked street detail:
 * `specific` (it has a house number), `vague` (landmarks and no number, or, with
 * `requireHouseNumber`, no number in a detail that hides nothing), or `unknown` (missing, fully
 * masked, or masked where a number could hide).
 */
export interface AddressDetailAssessment {
  readonly verdict: 'specific' | 'vague' | 'unknown';
  readonly landmarks: readonly string[];
  readonly hasHouseNumber: boolean;
  /** The detail contains mask characters. */
  readonly masked: boolean;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A room-like run of digits (1702) or a dashed building-unit-room (3-2-501).
const numberRun = /\d{3,}|\d+-\d+/;

function houseNumberPattern(markers: readonly string[]): RegExp | undefined {
  if (markers.length === 0) return undefined;
  const alternatives = [...markers]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`[0-9A-Za-z*一二三四五六七八九十百千零〇两](?:${alternatives})`);
}

/**
 * Tests a platform-masked street detail for vagueness. Masking decides what is testable:
 * platforms replace digits and names with `*` but keep words such as 号, 栋, 室 and, usually,
 * landmark words, so `科技园南路**号` is specific, `万象城****门口` is vague, and
 * `科技园南路****` is unknown (the number may be under the mask). Full-width characters are
 * folded (NFKC) and whitespace ignored. Pure.
 */
export function assessAddressDetail(
  detail: string | undefined,
  options: AddressDetailOptions = {},
): AddressDetailAssessment {
  const text = normalizeForKeywords(detail);
  const masked = text.includes('*');
  if (text.replaceAll('*', '') === '')
    return { verdict: 'unknown', landmarks: [], hasHouseNumber: false, masked };
  const keywords = options.landmarkKeywords ?? defaultLandmarkKeywords;
  const landmarks = matchKeywords(text, keywords);
  const pattern = houseNumberPattern(options.houseNumberMarkers ?? defaultHouseNumberMarkers);
  const hasHouseNumber = numberRun.test(text) || (pattern?.test(text) ?? false);
  const verdict = hasHouseNumber
    ? 'specific'
    : landmarks.length > 0
      ? 'vague'
      : masked
        ? 'unknown'
        : (options.requireHouseNumber ?? true)
          ? 'vague'
          : 'specific';
  return { verdict, landmarks, hasHouseNumber, masked };
}
