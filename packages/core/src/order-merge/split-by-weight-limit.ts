import { invalidInput } from '../errors/oms-error';
import { type FulfilmentLine, withQuantity } from './fulfilment-line';

/** One parcel of a weight split. */
export interface WeightParcel {
  /** The units in the parcel. */
  readonly lines: readonly FulfilmentLine[];
  /** Total weight in grams of the units in it (assumed weights included). */
  readonly weightGrams: number;
  /** A single unit heavier than the limit: it ships alone and needs a person or a freight line. */
  readonly overweight: boolean;
  /** Some unit weights in it were assumed (`assumeUnknownGrams`), not known. */
  readonly estimated: boolean;
}

/** Options of {@link splitByWeightLimit}. */
export interface WeightSplitOptions {
  /**
   * Weight to assume for a unit whose weight is unknown. Without it, lines with unknown weight
   * are not packed and come back in `unknownWeight`.
   */
  readonly assumeUnknownGrams?: number;
}

/** The result of {@link splitByWeightLimit}. */
export interface WeightSplit {
  /** The parcels, in the order they were opened. */
  readonly parcels: readonly WeightParcel[];
  /** Lines that were not packed because their unit weight is unknown. */
  readonly unknownWeight: readonly FulfilmentLine[];
  /** Line ids (`sourceOrderId`, `lineId`) packed with an assumed weight. */
  readonly estimatedLines: readonly { readonly sourceOrderId: string; readonly lineId: string }[];
}

interface OpenParcel {
  lines: FulfilmentLine[];
  weightGrams: number;
  overweight: boolean;
  estimated: boolean;
}

// Weights may be fractional grams; this keeps 0.1 + 0.2 from failing to fit under 0.3.
const tolerance = 1e-9;

function unitsThatFit(capacity: number, unitWeight: number, wanted: number): number {
  if (unitWeight === 0) return wanted;
  return Math.min(wanted, Math.max(0, Math.floor((capacity + tolerance) / unitWeight)));
}

function checkArguments(maxParcelGrams: number, options: WeightSplitOptions): void {
  if (!Number.isFinite(maxParcelGrams) || maxParcelGrams <= 0) {
    throw invalidInput(['maxParcelGrams'], `must be a positive number of grams, got ${maxParcelGrams}`);
  }
  const assumed = options.assumeUnknownGrams;
  if (assumed !== undefined && (!Number.isFinite(assumed) || assumed < 0)) {
    throw invalidInput(['assumeUnknownGrams'], `must be a non-negative number of grams, got ${assumed}`);
  }
}

/**
 * Packs fulfilment lines into parcels of at most `maxParcelGrams` by first-fit decreasing:
 * lines by unit weight, heaviest first, each unit into the first parcel with room, a line's
 * quantity split across parcels when it does not fit in one. A unit heavier than the limit
 * ships alone in a parcel marked `overweight`. Lines of unknown weight are returned in
 * `unknownWeight` unpacked, unless `assumeUnknownGrams` is given (then their parcels are
 * `estimated`). Every input unit ends up in exactly one parcel or in `unknownWeight`.
 *
 * Throws `invalid_input` for a limit that is not a positive number. Pure.
 */
export function splitByWeightLimit(
  lines: readonly FulfilmentLine[],
  maxParcelGrams: number,
  options: WeightSplitOptions = {},
): WeightSplit {
  checkArguments(maxParcelGrams, options);
  const unknownWeight: FulfilmentLine[] = [];
  const estimatedLines: { sourceOrderId: string; lineId: string }[] = [];
  const weighed: { line: FulfilmentLine; unitWeight: number; estimated: boolean; index: number }[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.quantity <= 0) continue;
    const known = line.unitWeightGrams;
    if (known !== undefined && Number.isFinite(known) && known >= 0) {
      weighed.push({ line, unitWeight: known, estimated: false, index });
    } else if (options.assumeUnknownGrams !== undefined) {
      weighed.push({ line, unitWeight: options.assumeUnknownGrams, estimated: true, index });
      estimatedLines.push({ sourceOrderId: line.sourceOrderId, lineId: line.lineId });
    } else {
      unknownWeight.push(line);
    }
  }
  weighed.sort((a, b) => b.unitWeight - a.unitWeight || a.index - b.index);

  const parcels: OpenParcel[] = [];
  for (const { line, unitWeight, estimated } of weighed) {
    let left = line.quantity;
    const place = (parcel: OpenParcel, units: number): void => {
      parcel.lines.push(withQuantity(line, units));
      parcel.weightGrams += units * unitWeight;
      parcel.estimated ||= estimated;
      left -= units;
    };
    for (const parcel of parcels) {
      if (left === 0) break;
      if (parcel.overweight) continue;
      const units = unitsThatFit(maxParcelGrams - parcel.weightGrams, unitWeight, left);
      if (units > 0) place(parcel, units);
    }
    while (left > 0) {
      const overweight = unitWeight > maxParcelGrams + tolerance;
      const parcel: OpenParcel = { lines: [], weightGrams: 0, overweight, estimated: false };
      parcels.push(parcel);
      place(parcel, overweight ? 1 : unitsThatFit(maxParcelGrams, unitWeight, left));
    }
  }
  return { parcels, unknownWeight, estimatedLines };
}
