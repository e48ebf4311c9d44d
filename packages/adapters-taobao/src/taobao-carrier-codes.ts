import { invalidInput } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';

/**
 * Unified carrier codes onto TOP `company_code`s for `taobao.logistics.offline.send`.
 *
 * PEER/UNVERIFIED apart from `POST` and `ZJS`, which the official API doc names: the shop's
 * `taobao.logistics.companies.get` list is the source of truth, and the adapter checks codes
 * against it when it may call it. Override entries with the `carrierCodes` setting.
 */
export const taobaoCarrierCodes: Readonly<Record<string, string>> = {
  SF: 'SF',
  ZTO: 'ZTO',
  YTO: 'YTO',
  STO: 'STO',
  YUNDA: 'YUNDA',
  JTSD: 'HTKY',
  EMS: 'EMS',
  JD: 'JD',
  POST: 'POSTB',
  DBL: 'DBKD',
  ZJS: 'ZJS',
  BEST: 'HTKY',
};

/**
 * The TOP `company_code` of a unified carrier code, from `overrides` first, then
 * {@link taobaoCarrierCodes}.
 *
 * @throws OmsError `invalid_input` when the carrier is unknown.
 */
export function toTaobaoCompanyCode(
  carrierCode: string,
  overrides: Readonly<Record<string, string>> = {},
): string {
  const code = lookupOwn(overrides, carrierCode) ?? lookupOwn(taobaoCarrierCodes, carrierCode);
  if (code === undefined) {
    throw invalidInput(['carrierCode'], `no Taobao company_code for carrier ${JSON.stringify(carrierCode)}`);
  }
  return code;
}
