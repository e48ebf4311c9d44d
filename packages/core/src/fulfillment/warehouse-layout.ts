import type { BinLocation } from './bin-location';

/**
 * The walking geometry of a zone: parallel aisles joined by a front and a back cross-aisle,
 * with the depot (where pickers start and drop off) at the front of aisle 1.
 */
export interface WarehouseLayout {
  /** Metres between the centre lines of neighbouring aisles. */
  readonly aisleSpacingM: number;
  /** Metres of aisle per bay. */
  readonly bayLengthM: number;
  /** Bays along each aisle. */
  readonly baysPerAisle: number;
}

/** A sensible default: 3 m between aisles, 1.2 m bays, 20 bays (24 m aisles). */
export const defaultWarehouseLayout: WarehouseLayout = {
  aisleSpacingM: 3,
  bayLengthM: 1.2,
  baysPerAisle: 20,
};

/** A point to walk to: a bin, or the depot. */
export type WalkPoint = BinLocation | 'depot';

function coordinates(point: WalkPoint, layout: WarehouseLayout): { x: number; y: number; aisle: number } {
  if (point === 'depot') return { x: 0, y: 0, aisle: 0 };
  return {
    x: (point.aisle - 1) * layout.aisleSpacingM,
    y: (point.bay - 0.5) * layout.bayLengthM,
    aisle: point.aisle,
  };
}

/**
 * Walking metres between two points: along the aisle when both are in it, otherwise out through
 * the nearer cross-aisle (front or back), across, and in again.
 */
export function walkDistance(from: WalkPoint, to: WalkPoint, layout: WarehouseLayout): number {
  const a = coordinates(from, layout);
  const b = coordinates(to, layout);
  if (a.aisle === b.aisle && a.aisle !== 0) return Math.abs(a.y - b.y);
  const length = layout.baysPerAisle * layout.bayLengthM;
  return Math.abs(a.x - b.x) + Math.min(a.y + b.y, 2 * length - a.y - b.y);
}

/** The length in metres of a tour from the depot through `stops` in order and back to the depot. */
export function tourLength(stops: readonly BinLocation[], layout: WarehouseLayout): number {
  let total = 0;
  let at: WalkPoint = 'depot';
  for (const stop of stops) {
    total += walkDistance(at, stop, layout);
    at = stop;
  }
  return total + walkDistance(at, 'depot', layout);
}
