/**
 * Unified carrier codes to JD's numeric logistics company ids (`logiCoprId`). The ids come from a
 * peer's table and are UNVERIFIED; a merchant's account may use others (JD publishes no API in the
 * reference to list them), so the adapter's `carrierIds` setting extends or overrides this map.
 */
export const jdCarrierIds: Readonly<Record<string, string>> = {
  ZTO: '1499',
  YUNDA: '1327',
  STO: '470',
  YTO: '463',
  SF: '467',
  EMS: '465',
  DBL: '3046',
  JD: '2087',
  /** 厂家自送: the seller delivers by itself. */
  SELF: '1274',
};

/** The unified carrier code of a JD logistics id, or `undefined` when the map does not know it. */
export function unifiedCarrierOfJdId(
  logisticsId: string,
  carrierIds: Readonly<Record<string, string>> = jdCarrierIds,
): string | undefined {
  for (const [code, id] of Object.entries(carrierIds)) if (id === logisticsId) return code;
  return undefined;
}
