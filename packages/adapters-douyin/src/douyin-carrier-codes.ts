import { lookupOwn } from '@omskit/core/gateway';
/**
 * Unified carrier codes (`SF`, `ZTO`, ...) to Douyin `company_code` values, as listed by
 * `order.logisticsCompanyList`. The values follow the codes integrators report; check them against
 * your app's `order.logisticsCompanyList` (UNVERIFIED) and override through the adapter's
 * `carrierCodes` setting.
 */
export const douyinCarrierCodes: Readonly<Record<string, string>> = Object.freeze({
  SF: 'shunfeng',
  ZTO: 'zhongtong',
  YTO: 'yuantong',
  STO: 'shentong',
  YUNDA: 'yunda',
  JTSD: 'jtexpress',
  EMS: 'ems',
  POSTB: 'youzhengguonei',
  JD: 'jd',
  DBL: 'debangwuliu',
});

/** The Douyin `company_code` of a unified carrier code, with `overrides` winning; `undefined` when unknown. */
export function douyinCarrierCode(
  carrierCode: string,
  overrides: Readonly<Record<string, string>> = {},
): string | undefined {
  return lookupOwn(overrides, carrierCode) ?? lookupOwn(douyinCarrierCodes, carrierCode);
}
