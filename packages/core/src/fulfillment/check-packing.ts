import type { Order } from '../schema/order';
import type { ShipmentLine } from '../schema/shipment';

/** One scan at the packing station: a barcode (or the SKU itself) and how many units. */
export interface PackingScan {
  readonly code: string;
  readonly quantity: number;
}

/** A SKU whose scanned count differs from what the parcel should hold. */
export interface PackingDifference {
  readonly sku: string;
  readonly expected: number;
  readonly scanned: number;
}

/** What {@link checkPacking} returns. */
export type PackingCheckResult =
  | { readonly ok: true; readonly units: number }
  | {
      readonly ok: false;
      readonly reason: 'mismatch';
      /** Fewer scanned than expected. */
      readonly missing: PackingDifference[];
      /** More scanned than expected, or a SKU that does not belong in the parcel. */
      readonly extra: PackingDifference[];
      /** Codes that are neither a known barcode nor a SKU of the order. */
      readonly unknownCodes: string[];
    };

/**
 * Checks the items scanned at packing against what the parcel should hold: the parcel's lines
 * (or every unshipped, unrefunded unit of the order) by seller SKU. `barcodes` maps barcodes to
 * seller SKUs; a code not in it is taken as a SKU when the order has that SKU. Pure.
 */
export function checkPacking(
  order: Order,
  scans: readonly PackingScan[],
  options: {
    readonly parcelLines?: readonly ShipmentLine[];
    readonly barcodes?: Readonly<Record<string, string>>;
  } = {},
): PackingCheckResult {
  const expected = new Map<string, number>();
  const wanted =
    options.parcelLines ??
    order.lines.map((line) => ({
      lineId: line.lineId,
      quantity: line.quantity - line.shippedQuantity - line.refundedQuantity,
    }));
  for (const want of wanted) {
    const line = order.lines.find((candidate) => candidate.lineId === want.lineId);
    if (line === undefined || want.quantity <= 0) continue;
    expected.set(line.sellerSku, (expected.get(line.sellerSku) ?? 0) + want.quantity);
  }
  const orderSkus = new Set(order.lines.map((line) => line.sellerSku));
  const scanned = new Map<string, number>();
  const unknownCodes: string[] = [];
  for (const scan of scans) {
    const sku = options.barcodes?.[scan.code] ?? (orderSkus.has(scan.code) ? scan.code : undefined);
    if (sku === undefined) {
      if (!unknownCodes.includes(scan.code)) unknownCodes.push(scan.code);
      continue;
    }
    scanned.set(sku, (scanned.get(sku) ?? 0) + scan.quantity);
  }
  const missing: PackingDifference[] = [];
  const extra: PackingDifference[] = [];
  for (const sku of [...new Set([...expected.keys(), ...scanned.keys()])].sort()) {
    const difference = { sku, expected: expected.get(sku) ?? 0, scanned: scanned.get(sku) ?? 0 };
    if (difference.scanned < difference.expected) missing.push(difference);
    if (difference.scanned > difference.expected) extra.push(difference);
  }
  if (missing.length === 0 && extra.length === 0 && unknownCodes.length === 0)
    return { ok: true, units: [...scanned.values()].reduce((sum, units) => sum + units, 0) };
  return { ok: false, reason: 'mismatch', missing, extra, unknownCodes };
}
