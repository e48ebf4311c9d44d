import { type Address, normalizeProvince } from '@omskit/core';
import { optionalText, type TaobaoObject, type TaobaoReadContext, warnAt } from './taobao-read';

/** Trade fields the receiver mapping consumes (all masked or tokens on TOP's side). */
export const taobaoReceiverFields: readonly string[] = [
  'receiver_state',
  'receiver_city',
  'receiver_district',
  'receiver_town',
  'receiver_address',
  'receiver_name',
  'receiver_mobile',
  'receiver_phone',
  'receiver_zip',
  'oaid',
];

const noPath: readonly string[] = [];

/** The receiver of a trade, plus whether TOP used its directly-administered-county shape. */
export interface TaobaoReceiverMapping {
  readonly address: Address;
  /** 省直辖县级行政区: the district was given with an empty city, and stands in for the city. */
  readonly directlyAdministeredCounty: boolean;
}

function countryOf(context: TaobaoReadContext, value: string | undefined): string {
  if (value === undefined || value === '中国' || value === 'CN' || value === '中华人民共和国') return 'CN';
  if (/^[A-Z]{2}$/.test(value)) return value;
  warnAt(
    context,
    ['receiver_country'],
    `unrecognised country ${JSON.stringify(value)}; kept in platformData only`,
  );
  return 'CN';
}

/**
 * Maps TOP's receiver fields to the unified address: the divisions in the clear with the
 * province's GB/T 2260 code, personal data only as TOP's masked text plus the `oaid` token.
 * A county administered directly by its province (济源市, 仙桃市, ...) arrives with the city empty
 * and the county in `receiver_district`; as TOP's doc advises, the district then stands in for the
 * city too.
 */
export function mapTaobaoReceiver(context: TaobaoReadContext, trade: TaobaoObject): TaobaoReceiverMapping {
  const text = (key: string) => optionalText(context, trade, key, noPath);
  const province = text('receiver_state') ?? '';
  const match = normalizeProvince(province);
  if (!match.ok) {
    warnAt(
      context,
      ['receiver_state'],
      match.reason === 'empty' ? 'no province' : `unknown province ${JSON.stringify(province)}`,
    );
  }
  const rawCity = text('receiver_city') ?? '';
  const district = text('receiver_district') ?? '';
  const directlyAdministeredCounty = rawCity === '' && district !== '';
  if (rawCity === '' && district === '')
    warnAt(context, ['receiver_city'], 'neither city nor district given');
  const town = text('receiver_town');
  const detailMasked = text('receiver_address');
  const nameMasked = text('receiver_name');
  const phoneMasked = text('receiver_mobile') ?? text('receiver_phone');
  const postalCode = text('receiver_zip');
  const oaid = text('oaid');
  const address: Address = {
    country: countryOf(context, text('receiver_country')),
    province,
    city: directlyAdministeredCounty ? district : rawCity,
    district,
    tokens: oaid === undefined ? {} : { oaid },
  };
  if (match.ok) address.provinceCode = match.code;
  if (town !== undefined) address.town = town;
  if (detailMasked !== undefined) address.detailMasked = detailMasked;
  if (nameMasked !== undefined) address.nameMasked = nameMasked;
  if (phoneMasked !== undefined) address.phoneMasked = phoneMasked;
  if (postalCode !== undefined) address.postalCode = postalCode;
  return { address, directlyAdministeredCounty };
}
