import type { Address, MappingWarning } from '@omskit/core';
import { normalizeProvince } from '@omskit/core';
import type { ReadScope } from './pdd-read';
import { optionalText } from './pdd-read';

/**
 * Whether a receiver value is PDD ciphertext. PDD's ciphertexts start and end with a marker
 * character (`~`, `$` or `#`); that format is UNVERIFIED against official material, so the
 * predicate can be replaced through the mapping options.
 */
export function isPddCiphertext(value: string): boolean {
  if (value.length < 16) return false;
  const first = value[0];
  return (first === '~' || first === '$' || first === '#') && value.endsWith(first);
}

/** Options of the receiver mapping. */
export interface PddReceiverOptions {
  /** Tells ciphertext from other text (default {@link isPddCiphertext}). */
  readonly isCiphertext?: (value: string) => boolean;
}

/** The receiver fields of an order that are PII (kept only as ciphertext or masked text). */
export const pddReceiverPiiKeys = ['receiver_name', 'receiver_phone', 'receiver_address', 'address'] as const;

/**
 * Maps the receiver of a PDD order: divisions in the clear, PII only as the platform's masked
 * copies plus ciphertext tokens. A PII field holding anything else (plain text in old payloads)
 * is not kept; a warning says so without repeating the value.
 */
export function mapPddReceiver(
  scope: ReadScope,
  warnings: MappingWarning[],
  options: PddReceiverOptions = {},
): Address {
  const isCiphertext = options.isCiphertext ?? isPddCiphertext;
  const province = optionalText(scope, 'province') ?? '';
  const match = normalizeProvince(province);
  if (!match.ok) warnings.push({ path: ['province'], message: `province not recognised (${match.reason})` });
  const tokens: Address['tokens'] = {};
  const address: Address = {
    country: 'CN',
    province,
    city: optionalText(scope, 'city') ?? '',
    district: optionalText(scope, 'town') ?? '',
    tokens,
  };
  if (match.ok) address.provinceCode = match.code;
  const name = readPii(
    scope,
    'receiver_name',
    optionalText(scope, 'receiver_name_mask'),
    isCiphertext,
    warnings,
  );
  if (name.masked !== undefined) address.nameMasked = name.masked;
  if (name.token !== undefined) tokens.encryptedName = name.token;
  const phone = readPii(
    scope,
    'receiver_phone',
    optionalText(scope, 'receiver_phone_mask'),
    isCiphertext,
    warnings,
  );
  if (phone.masked !== undefined) address.phoneMasked = phone.masked;
  if (phone.token !== undefined) tokens.encryptedPhone = phone.token;
  const detailMask = optionalText(scope, 'receiver_address_mask') ?? optionalText(scope, 'address_mask');
  const detail = readPii(scope, 'receiver_address', detailMask, isCiphertext, warnings);
  if (detail.masked !== undefined) address.detailMasked = detail.masked;
  if (detail.token !== undefined) tokens.encryptedDetail = detail.token;
  const fullAddress = optionalText(scope, 'address');
  if (fullAddress !== undefined && !isCiphertext(fullAddress) && !fullAddress.includes('*')) {
    warnings.push({
      path: ['address'],
      message: 'neither ciphertext nor masked text; not kept (possible plain PII)',
    });
  }
  return address;
}

/** One PII field: its ciphertext as a token, its masked copy; anything else is dropped with a warning. */
function readPii(
  scope: ReadScope,
  key: string,
  mask: string | undefined,
  isCiphertext: (value: string) => boolean,
  warnings: MappingWarning[],
): { masked: string | undefined; token: string | undefined } {
  const value = optionalText(scope, key);
  if (value === undefined) return { masked: mask, token: undefined };
  if (isCiphertext(value)) return { masked: mask, token: value };
  if (mask === undefined && value.includes('*')) return { masked: value, token: undefined };
  warnings.push({
    path: [key],
    message: 'neither ciphertext nor masked text; not kept (possible plain PII)',
  });
  return { masked: mask, token: undefined };
}
