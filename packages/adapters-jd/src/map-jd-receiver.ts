import { type Address, normalizeProvince } from '@omskit/core';
import { asJdObject, type JdObject, type JdPath, type JdReadContext, optionalText, warn } from './jd-read';

/** Decides whether a consignee value is one of JD's ciphertexts (format UNVERIFIED; overridable). */
export type JdCiphertextTest = (value: string) => boolean;

/**
 * The default ciphertext test: a long run of base64 characters without a mask `*`. JD's TDE
 * ciphertext format is not documented in the reference; hosts that know better pass their own.
 */
export const defaultJdCiphertextTest: JdCiphertextTest = (value) =>
  value.length >= 24 && /^[A-Za-z0-9+/=_-]+$/.test(value) && !/^\d+$/.test(value);

const isMasked = (value: string): boolean => value.includes('*');

/** Keeps a PII value only as the platform's masked text or as an opaque ciphertext token. */
function classifyPii(
  context: JdReadContext,
  value: string | undefined,
  path: JdPath,
  isCiphertext: JdCiphertextTest,
): { masked?: string; token?: string } {
  if (value === undefined || value.trim() === '') return {};
  if (isMasked(value)) return { masked: value };
  if (isCiphertext(value)) return { token: value };
  // Plain PII must not enter omskit's records; say so rather than drop it silently.
  warn(context, path, 'arrived neither masked nor encrypted; not kept (omskit keeps no plain PII)');
  return {};
}

/** The unified receiver of a JD order from its `consigneeInfo`; province normalised to its GB code. */
export function mapJdReceiver(
  context: JdReadContext,
  order: JdObject,
  isCiphertext: JdCiphertextTest,
): { address: Address; jdAreaIds: Readonly<Record<string, string>> } {
  const path: JdPath = ['consigneeInfo'];
  const consignee = asJdObject(order['consigneeInfo']);
  if (consignee === undefined) {
    warn(context, path, 'no consignee: receiver left empty');
    return { address: { country: 'CN', province: '', city: '', district: '', tokens: {} }, jdAreaIds: {} };
  }
  const text = (key: string) => optionalText(context, consignee, key, path);
  const province = text('province') ?? '';
  const match = normalizeProvince(province);
  if (!match.ok) warn(context, [...path, 'province'], `province not recognised: ${JSON.stringify(province)}`);
  const name = classifyPii(context, text('fullname'), [...path, 'fullname'], isCiphertext);
  const mobile = text('mobile');
  const phoneValue = mobile !== undefined && mobile.trim() !== '' ? mobile : text('telephone');
  const phone = classifyPii(
    context,
    phoneValue,
    [...path, mobile !== undefined && mobile.trim() !== '' ? 'mobile' : 'telephone'],
    isCiphertext,
  );
  const detail = classifyPii(context, text('fullAddress'), [...path, 'fullAddress'], isCiphertext);
  const town = text('town');
  const oaid = text('oaid');
  const tokens: Address['tokens'] = {
    ...(oaid ? { oaid } : {}),
    ...(name.token ? { encryptedName: name.token } : {}),
    ...(phone.token ? { encryptedPhone: phone.token } : {}),
    ...(detail.token ? { encryptedDetail: detail.token } : {}),
  };
  const jdAreaIds: Record<string, string> = {};
  for (const key of ['provinceId', 'cityId', 'countyId', 'townId']) {
    const id = text(key);
    if (id !== undefined && id !== '') jdAreaIds[key] = id;
  }
  return {
    address: {
      country: 'CN',
      province,
      ...(match.ok ? { provinceCode: match.code } : {}),
      city: text('city') ?? '',
      district: text('county') ?? '',
      ...(town ? { town } : {}),
      ...(detail.masked ? { detailMasked: detail.masked } : {}),
      ...(name.masked ? { nameMasked: name.masked } : {}),
      ...(phone.masked ? { phoneMasked: phone.masked } : {}),
      tokens,
    },
    jdAreaIds,
  };
}
