import { lookupOwn } from '@omskit/core/gateway';
/**
 * How each unified carrier code is found in PDD's company list (`pdd.logistics.companies.get`):
 * by the list's `code` field or by the company name. The company list is the source of truth
 * for the numeric `logistics_id`; these names are how the adapter recognises each carrier in it.
 */
export const pddCarrierNames: Readonly<Record<string, readonly string[]>> = {
  SF: ['顺丰快递', '顺丰速运', '顺丰'],
  ZTO: ['中通快递', '中通'],
  YTO: ['圆通快递', '圆通速递', '圆通'],
  STO: ['申通快递', '申通'],
  YUNDA: ['韵达快递', '韵达速递', '韵达'],
  JTSD: ['极兔速递', '极兔快递', '极兔'],
  EMS: ['邮政EMS', 'EMS', '中国邮政EMS'],
  YZPY: ['邮政快递包裹', '中国邮政', '邮政包裹'],
  JD: ['京东快递', '京东配送', '京东物流'],
  DBKD: ['德邦快递', '德邦'],
  BEST: ['百世快递', '百世汇通'],
};

/**
 * Numeric `logistics_id` values known without calling the company list. Only 申通 = 1 is
 * confirmed by the platform's doc example; hosts add theirs through `logisticsIds` in the settings.
 */
export const defaultPddLogisticsIds: Readonly<Record<string, number>> = { STO: 1 };

/** One company of PDD's list, as the adapter keeps it. */
export interface PddLogisticsCompany {
  readonly id: number;
  readonly name: string;
  readonly code?: string;
  readonly available: boolean;
}

/**
 * The `logistics_id` of a unified carrier code in a company list: an available company whose
 * `code` equals the unified code, or whose name is one of {@link pddCarrierNames}.
 */
export function findPddLogisticsId(
  carrierCode: string,
  companies: readonly PddLogisticsCompany[],
): number | undefined {
  const wanted = carrierCode.toUpperCase();
  const names = lookupOwn(pddCarrierNames, wanted) ?? [];
  const usable = companies.filter((company) => company.available);
  const byCode = usable.find((company) => company.code?.toUpperCase() === wanted);
  if (byCode !== undefined) return byCode.id;
  for (const name of names) {
    const byName = usable.find((company) => company.name === name);
    if (byName !== undefined) return byName.id;
  }
  return undefined;
}
