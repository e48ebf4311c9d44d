/**
 * Where a bin is: zone, aisle, bay (the position along the aisle) and level (height on the shelf,
 * which costs no walking). Parsed from codes like `A-03-12-2`.
 */
export interface BinLocation {
  readonly zone: string;
  /** Aisle number within the zone, from 1. */
  readonly aisle: number;
  /** Bay (shelf section) along the aisle, from 1 at the front cross-aisle. */
  readonly bay: number;
  /** Level on the shelf, from 1 at the floor. */
  readonly level: number;
}

/** What {@link parseBinCode} returns. */
export type ParseBinCodeResult =
  | { readonly ok: true; readonly location: BinLocation }
  | { readonly ok: false; readonly reason: 'invalid_bin_code'; readonly code: string };

const binCodePattern = /^([A-Za-z0-9]{1,4})-(\d{1,3})-(\d{1,3})-(\d{1,2})$/;

/**
 * Parses a bin code `<zone>-<aisle>-<bay>-<level>` (`A-03-12-2`: zone A, aisle 3, bay 12,
 * level 2). Aisle, bay and level are positive numbers.
 */
export function parseBinCode(code: string): ParseBinCodeResult {
  const match = binCodePattern.exec(code);
  if (match === null) return { ok: false, reason: 'invalid_bin_code', code };
  const [, zone = '', aisle = '0', bay = '0', level = '0'] = match;
  const location = { zone: zone.toUpperCase(), aisle: Number(aisle), bay: Number(bay), level: Number(level) };
  if (location.aisle < 1 || location.bay < 1 || location.level < 1)
    return { ok: false, reason: 'invalid_bin_code', code };
  return { ok: true, location };
}

/** The canonical code of a location (`A-03-12-2`). */
export function formatBinCode(location: BinLocation): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${location.zone}-${pad(location.aisle)}-${pad(location.bay)}-${location.level}`;
}
