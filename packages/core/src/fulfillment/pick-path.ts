import type { BinLocation } from './bin-location';
import { improvePickOrder } from './improve-pick-path';
import { tourLength, type WarehouseLayout } from './warehouse-layout';

/**
 * Orders stops for an S-shaped (serpentine) walk: aisles in increasing order, skipping empty
 * ones, up the first visited aisle, down the next, and so on; within an aisle by bay in the
 * walking direction, then by level. Stable for equal locations. Returns the indexes of `stops`.
 */
export function serpentineOrder(stops: readonly BinLocation[]): number[] {
  const aisles = [...new Set(stops.map((stop) => stop.aisle))].sort((a, b) => a - b);
  const direction = new Map(aisles.map((aisle, index) => [aisle, index % 2 === 0 ? 1 : -1]));
  return stops
    .map((stop, index) => ({ stop, index }))
    .sort((a, b) => {
      if (a.stop.aisle !== b.stop.aisle) return a.stop.aisle - b.stop.aisle;
      const sign = direction.get(a.stop.aisle) ?? 1;
      return sign * (a.stop.bay - b.stop.bay) || a.stop.level - b.stop.level || a.index - b.index;
    })
    .map(({ index }) => index);
}

/** A pick path with its length and the length of picking in the given (order-line) order. */
export interface PickPath<T> {
  /** The items in walking order. */
  readonly items: T[];
  /** Metres walked from the depot through the path and back. */
  readonly lengthM: number;
  /** Metres walked visiting the items in the order given (order-line order). */
  readonly lineOrderLengthM: number;
  /** 1 - lengthM / lineOrderLengthM (0 when there is nothing to walk). */
  readonly saving: number;
}

/** How {@link planPickPath} orders the stops. */
export type PickPathStrategy = 'serpentine' | 'serpentine_2opt';

/**
 * Plans the walk through a wave's (or a zone's) items: serpentine order, by default refined by
 * 2-opt (`improvePickOrder`), compared with picking in the order given. When the given order
 * happens to be shorter, it is kept, so the saving is never negative.
 */
export function planPickPath<T extends { readonly location: BinLocation }>(
  items: readonly T[],
  layout: WarehouseLayout,
  strategy: PickPathStrategy = 'serpentine_2opt',
): PickPath<T> {
  const locations = items.map((item) => item.location);
  const lineOrderLengthM = tourLength(locations, layout);
  const snake = serpentineOrder(locations);
  const order = strategy === 'serpentine' ? snake : improvePickOrder(locations, snake, layout);
  const serpentine = order.map((index) => items[index] as T);
  const serpentineLengthM = tourLength(
    serpentine.map((item) => item.location),
    layout,
  );
  const keep = lineOrderLengthM <= serpentineLengthM;
  const lengthM = keep ? lineOrderLengthM : serpentineLengthM;
  return {
    items: keep ? [...items] : serpentine,
    lengthM,
    lineOrderLengthM,
    saving: lineOrderLengthM === 0 ? 0 : 1 - lengthM / lineOrderLengthM,
  };
}
