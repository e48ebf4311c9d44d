import type { StockShortage } from '../contracts/stores';
import type { InventoryItem, Reservation } from '../schema/inventory';
import { availableQuantity } from '../schema/inventory';

/** A reservation that could not be honoured: an order accepted with stock that was not there. */
export interface OversellIncident {
  orderId: string;
  channel?: string;
  at: string;
  shortages: readonly StockShortage[];
}

/** Inventory health over a period. */
export interface InventoryReport {
  /** Reservations refused for lack of stock (each an order that would have been oversold). */
  oversellIncidents: number;
  /** SKU x warehouse rows with nothing available. */
  stockOuts: { sku: string; warehouseId: string }[];
  /** Days the available stock lasts at the recent daily sales rate, per SKU (all warehouses). */
  daysOfCover: Record<string, number>;
  /**
   * Units reserved in the period that neither shipped (deducted) nor went back (released): the
   * gap a stock count should explain, per SKU and warehouse.
   */
  reservedNotDeducted: { sku: string; warehouseId: string; units: number }[];
}

/**
 * Inventory figures for the report: oversell incidents, stock-outs, days of cover and the
 * reserved-versus-deducted gap. `dailySales` is units sold per day per SKU over the recent past.
 */
export function inventoryReport(input: {
  items: readonly InventoryItem[];
  reservations: readonly Reservation[];
  incidents: readonly OversellIncident[];
  dailySales: Readonly<Record<string, number>>;
}): InventoryReport {
  const stockOuts = input.items
    .filter((item) => availableQuantity(item) === 0)
    .map((item) => ({ sku: item.sku, warehouseId: item.warehouseId }));
  const available = new Map<string, number>();
  for (const item of input.items)
    available.set(item.sku, (available.get(item.sku) ?? 0) + availableQuantity(item));
  const daysOfCover: Record<string, number> = {};
  for (const [sku, units] of [...available].sort(([a], [b]) => a.localeCompare(b))) {
    const rate = input.dailySales[sku] ?? 0;
    daysOfCover[sku] = rate > 0 ? units / rate : Number.POSITIVE_INFINITY;
  }
  const gap = new Map<string, { sku: string; warehouseId: string; units: number }>();
  for (const reservation of input.reservations) {
    if (reservation.quantity === 0) continue;
    const key = `${reservation.sku}\u0000${reservation.warehouseId}`;
    const row = gap.get(key) ?? { sku: reservation.sku, warehouseId: reservation.warehouseId, units: 0 };
    row.units += reservation.quantity;
    gap.set(key, row);
  }
  return {
    oversellIncidents: input.incidents.length,
    stockOuts,
    daysOfCover,
    reservedNotDeducted: [...gap.values()].sort(
      (a, b) => a.sku.localeCompare(b.sku) || a.warehouseId.localeCompare(b.warehouseId),
    ),
  };
}
