import { normalizeProvince } from '../region';
import type { Address } from '../schema';
import { hashText } from './hash-text';

// Zero-width characters and the BOM survive copy-paste and are not matched by \s.
const invisible = /[\s\u200b-\u200d\u2060\ufeff]/g;

/**
 * Text as compared for equality: NFKC (full-width letters, digits and `＊` become ASCII), no
 * whitespace or invisible characters, Latin letters lower-cased.
 *
 * @internal
 */
export function normalizeAddressText(text: string | undefined): string {
  return (text ?? '').normalize('NFKC').replace(invisible, '').toLowerCase();
}

function provinceKey(address: Address): string {
  if (address.provinceCode !== undefined) return address.provinceCode;
  const match = normalizeProvince(address.province);
  return match.ok ? match.code : normalizeAddressText(address.province);
}

function cityKey(city: string): string {
  const text = normalizeAddressText(city);
  // `深圳市` and `深圳` are the same city; two-character names such as `沙市` keep their 市.
  return text.length > 2 && text.endsWith('市') ? text.slice(0, -1) : text;
}

/**
 * A stable hash of the place an address points at: the normalised province code, city, district,
 * town, masked street detail and the platform's encrypted-detail token. Receiver name and phone
 * are not part of it, so two people at one address share a hash (which is what velocity checks
 * by address want). Format: `a1:` plus 16 hex digits; the prefix versions the recipe.
 *
 * Normalisation: province names resolve to GB/T 2260 codes (`广东` = `广东省` = `440000`),
 * whitespace and full-width forms are ignored, and a city's trailing 市 is dropped.
 */
export function addressHash(address: Address): string {
  const parts = [
    provinceKey(address),
    cityKey(address.city),
    normalizeAddressText(address.district),
    normalizeAddressText(address.town),
    normalizeAddressText(address.detailMasked),
    address.tokens.encryptedDetail ?? '',
  ];
  return `a1:${hashText(parts.join('\u0000'))}`;
}

/** True when the address carries at least one opaque platform token for the receiver. */
export function hasReceiverToken(address: Address): boolean {
  const { oaid, encryptedName, encryptedPhone, encryptedDetail } = address.tokens;
  return [oaid, encryptedName, encryptedPhone, encryptedDetail].some(
    (token) => token !== undefined && token !== '',
  );
}

/**
 * A stable key for the person an address reaches: the platform's `oaid` when there is one
 * (`oaid:<oaid>`), otherwise a hash (`r1:<hex>`) of {@link addressHash} plus the masked name and
 * phone and their encrypted tokens. Two orders with equal keys go to the same receiver; without
 * tokens the key rests on masked text only, which is weaker (see the merge option
 * `requireReceiverToken`). Contains no PII in the clear.
 */
export function receiverKey(address: Address): string {
  const oaid = address.tokens.oaid;
  if (oaid !== undefined && oaid !== '') return `oaid:${oaid}`;
  const parts = [
    addressHash(address),
    normalizeAddressText(address.nameMasked),
    normalizeAddressText(address.phoneMasked),
    address.tokens.encryptedName ?? '',
    address.tokens.encryptedPhone ?? '',
  ];
  return `r1:${hashText(parts.join('\u0000'))}`;
}
