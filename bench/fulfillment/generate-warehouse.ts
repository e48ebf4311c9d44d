/**
 * Generated warehouses and order streams for the pick-path benchmark. Deterministic for a seed
 * (mulberry32). SKUs sit in random bins (or, with `slotting: 'abc'`, the most popular nearest the
 * depot); order lines draw SKUs with a Zipf-like popularity, 1 to 4 lines per order.
 */
import type { PickRequest, WarehouseLayout } from '@omskit/core';

/** A seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated warehouse: one zone, its layout and the bin of each SKU. */
export interface GeneratedWarehouse {
  readonly name: string;
  readonly layout: WarehouseLayout;
  readonly aisles: number;
  readonly binOf: readonly string[];
}

/** A warehouse shape to generate. */
export interface WarehouseShape {
  readonly name: string;
  readonly aisles: number;
  readonly baysPerAisle: number;
  readonly levels: number;
  readonly skus: number;
  readonly slotting: 'random' | 'abc';
}

/** Places `shape.skus` SKUs into distinct bins. */
export function generateWarehouse(shape: WarehouseShape, random: () => number): GeneratedWarehouse {
  const bins: { code: string; depth: number }[] = [];
  for (let aisle = 1; aisle <= shape.aisles; aisle++)
    for (let bay = 1; bay <= shape.baysPerAisle; bay++)
      for (let level = 1; level <= shape.levels; level++)
        bins.push({
          code: `A-${String(aisle).padStart(2, '0')}-${String(bay).padStart(2, '0')}-${level}`,
          depth: (aisle - 1) * 3 + (bay - 0.5) * 1.2,
        });
  for (let index = bins.length - 1; index > 0; index--) {
    const swap = Math.floor(random() * (index + 1));
    [bins[index], bins[swap]] = [bins[swap] as (typeof bins)[number], bins[index] as (typeof bins)[number]];
  }
  // ABC slotting: the most popular SKUs (low index) get the bins nearest the depot (walking metres).
  if (shape.slotting === 'abc') bins.sort((a, b) => a.depth - b.depth);
  const binOf = bins.slice(0, shape.skus).map((bin) => bin.code);
  return {
    name: shape.name,
    layout: { aisleSpacingM: 3, bayLengthM: 1.2, baysPerAisle: shape.baysPerAisle },
    aisles: shape.aisles,
    binOf,
  };
}

/** Orders of 1 to 4 lines, SKUs by Zipf-like popularity, as pick requests in order-line order. */
export function generateRequests(
  warehouse: GeneratedWarehouse,
  orders: number,
  random: () => number,
): PickRequest[] {
  const skus = warehouse.binOf.length;
  const requests: PickRequest[] = [];
  for (let order = 0; order < orders; order++) {
    const lines = 1 + Math.floor(random() ** 2 * 4);
    for (let line = 0; line < lines; line++) {
      const sku = Math.min(skus - 1, Math.floor(skus * random() ** 2.2));
      requests.push({
        orderId: `o${order}`,
        lineId: `L${line}`,
        sku: `SKU-${sku}`,
        quantity: 1 + Math.floor(random() * 2),
        warehouseId: warehouse.name,
        binCode: warehouse.binOf[sku] as string,
        cutoffAt: random() < 0.6 ? '2026-11-24T10:00:00.000Z' : '2026-11-24T16:00:00.000Z',
      });
    }
  }
  return requests;
}
