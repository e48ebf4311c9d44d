/** The parcels of one carrier as JD lists them on an order. */
export interface JdWaybillGroup {
  /** JD's numeric logistics company id, when the order lists one for this group. */
  readonly logisticsId: string | undefined;
  /** The waybill numbers of this carrier. */
  readonly waybills: readonly string[];
}

const split = (text: string, separator: string): string[] =>
  text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/**
 * Splits JD's `waybill` and `logisticsId` fields: different carriers are separated by `|`,
 * several waybills of the same carrier by `,`. Groups pair up by position; `mismatch` is true when
 * the two fields list a different number of carriers (the caller warns).
 */
export function parseJdWaybills(
  waybill: string | undefined,
  logisticsId: string | undefined,
): { groups: JdWaybillGroup[]; mismatch: boolean } {
  const waybillGroups = (waybill ?? '').split('|').map((group) => split(group, ','));
  const idGroups = (logisticsId ?? '').split('|').map((id) => id.trim());
  const groups: JdWaybillGroup[] = [];
  let mismatch = false;
  for (const [index, waybills] of waybillGroups.entries()) {
    if (waybills.length === 0) continue;
    const id = idGroups[index];
    if (id === undefined || id === '') mismatch = true;
    groups.push({ logisticsId: id === undefined || id === '' ? undefined : id, waybills });
  }
  const idCount = idGroups.filter((id) => id !== '').length;
  if (groups.length > 0 && idCount !== waybillGroups.length) mismatch = true;
  return { groups, mismatch };
}
