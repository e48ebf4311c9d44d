import { type Address, type MappingWarning, normalizeProvince } from '@omskit/core';
import { type DouyinReader, type FieldPath, isJsonObject, type JsonObject } from './douyin-read';

// Masked text always hides part of the value with asterisks; text without one may be PII in the clear.
function maskedOnly(
  reader: DouyinReader,
  value: unknown,
  path: FieldPath,
  warnings: MappingWarning[],
): string | undefined {
  const text = reader.optionalString(value, path);
  if (text === undefined) return undefined;
  if (text.includes('*')) return text;
  warnings.push({ path: [...path], message: 'receiver text is not masked; omskit keeps masked text only' });
  return undefined;
}

function divisionName(reader: DouyinReader, division: unknown, path: FieldPath): string | undefined {
  if (division === undefined || division === null) return undefined;
  // Older payloads send the name directly instead of `{ name, id }`.
  if (typeof division === 'string') return division === '' ? undefined : division;
  const object = reader.object(division, path);
  return reader.optionalString(object['name'], [...path, 'name']);
}

function pick(
  primary: JsonObject | undefined,
  fallback: JsonObject | undefined,
  key: string,
): [unknown, string] {
  if (primary !== undefined && primary[key] !== undefined && primary[key] !== null)
    return [primary[key], 'mask_post_addr'];
  return [fallback?.[key], 'post_addr'];
}

/**
 * The receiver of a Douyin shop order: divisions from `mask_post_addr` / `post_addr` (Douyin's
 * `town` is the district, its `street` the town), the masked name, phone and street address, and
 * the `encrypt_*` ciphertexts as tokens. Unmasked text is never kept.
 */
export function mapDouyinReceiver(
  reader: DouyinReader,
  order: JsonObject,
  path: FieldPath,
  warnings: MappingWarning[],
): Address {
  const postAddr = isJsonObject(order['post_addr']) ? order['post_addr'] : undefined;
  if (order['post_addr'] !== undefined && order['post_addr'] !== null && postAddr === undefined) {
    reader.object(order['post_addr'], [...path, 'post_addr']);
  }
  const maskAddr = isJsonObject(order['mask_post_addr']) ? order['mask_post_addr'] : undefined;
  if (order['mask_post_addr'] !== undefined && order['mask_post_addr'] !== null && maskAddr === undefined) {
    reader.object(order['mask_post_addr'], [...path, 'mask_post_addr']);
  }
  const division = (key: string): string | undefined => {
    const [value, from] = pick(maskAddr, postAddr, key);
    return divisionName(reader, value, [...path, from, key]);
  };
  const province = division('province');
  const city = division('city');
  const district = division('town');
  const town = division('street');
  if (province === undefined)
    warnings.push({ path: [...path, 'post_addr', 'province'], message: 'no province' });
  if (city === undefined) warnings.push({ path: [...path, 'post_addr', 'city'], message: 'no city' });
  let provinceCode: string | undefined;
  if (province !== undefined) {
    const match = normalizeProvince(province);
    if (match.ok) provinceCode = match.code;
    else
      warnings.push({ path: [...path, 'post_addr', 'province', 'name'], message: 'province not recognised' });
  }
  const [detailValue, detailFrom] = pick(maskAddr, postAddr, 'detail');
  const detailMasked = maskedOnly(reader, detailValue, [...path, detailFrom, 'detail'], warnings);
  const nameValue = order['mask_post_receiver'] ?? order['post_receiver'];
  const nameFrom = order['mask_post_receiver'] === undefined ? 'post_receiver' : 'mask_post_receiver';
  const nameMasked = maskedOnly(reader, nameValue, [...path, nameFrom], warnings);
  const phoneValue = order['mask_post_tel'] ?? order['post_tel'];
  const phoneFrom = order['mask_post_tel'] === undefined ? 'post_tel' : 'mask_post_tel';
  const phoneMasked = maskedOnly(reader, phoneValue, [...path, phoneFrom], warnings);
  const encryptedName = reader.optionalString(order['encrypt_post_receiver'], [
    ...path,
    'encrypt_post_receiver',
  ]);
  const encryptedPhone = reader.optionalString(order['encrypt_post_tel'], [...path, 'encrypt_post_tel']);
  const encryptedDetail = reader.optionalString(postAddr?.['encrypt_detail'], [
    ...path,
    'post_addr',
    'encrypt_detail',
  ]);
  return {
    country: 'CN',
    province: province ?? '',
    ...(provinceCode === undefined ? {} : { provinceCode }),
    city: city ?? '',
    district: district ?? '',
    ...(town === undefined ? {} : { town }),
    ...(detailMasked === undefined ? {} : { detailMasked }),
    ...(nameMasked === undefined ? {} : { nameMasked }),
    ...(phoneMasked === undefined ? {} : { phoneMasked }),
    tokens: {
      ...(encryptedName === undefined ? {} : { encryptedName }),
      ...(encryptedPhone === undefined ? {} : { encryptedPhone }),
      ...(encryptedDetail === undefined ? {} : { encryptedDetail }),
    },
  };
}
