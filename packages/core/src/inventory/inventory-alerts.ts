import type { InventoryItem } from '../schema/inventory';
import { availableQuantity } from '../schema/inventory';

/** A stock condition someone should look at. */
export type InventoryAlert =
  | {
      readonly kind: 'low_stock';
      readonly sku: string;
      /** Units still reservable over every warehouse. */
      readonly available: number;
      readonly threshold: number;
    }
  | {
      readonly kind: 'oversell_risk';
      readonly sku: string;
      readonly available: number;
      /**
       * `published_exceeds_available`: the shops together show more than can be reserved, so
       * two platforms can sell the same unit; `safety_stock_breached`: reservations already eat
       * into safety stock in `warehouseId`.
       */
      readonly reason: 'published_exceeds_available' | 'safety_stock_breached';
      readonly published?: number;
      readonly warehouseId?: string;
    };

/** Inputs of {@link inventoryAlerts}. */
export interface InventoryAlertInput {
  readonly items: readonly InventoryItem[];
  /** Units shown per SKU, summed over every shop (see `publishQuantities`). */
  readonly published?: Readonly<Record<string, number>>;
  /** Low-stock threshold per SKU; `default` for the others (no low-stock alert without one). */
  readonly lowStockThresholds?: Readonly<Record<string, number>> & { readonly default?: number };
}

/** Low-stock and oversell-risk alerts, one list ordered by SKU then kind. Pure. */
export function inventoryAlerts(input: InventoryAlertInput): InventoryAlert[] {
  const skus = [...new Set(input.items.map((item) => item.sku))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const alerts: InventoryAlert[] = [];
  for (const sku of skus) {
    const rows = input.items.filter((item) => item.sku === sku);
    const available = rows.reduce((sum, item) => sum + availableQuantity(item), 0);
    const threshold = input.lowStockThresholds?.[sku] ?? input.lowStockThresholds?.default;
    if (threshold !== undefined && available <= threshold) {
      alerts.push({ kind: 'low_stock', sku, available, threshold });
    }
    const published = input.published?.[sku];
    if (published !== undefined && published > available) {
      alerts.push({
        kind: 'oversell_risk',
        sku,
        available,
        reason: 'published_exceeds_available',
        published,
      });
    }
    for (const item of rows) {
      if (item.onHand - item.reserved < item.safetyStock && item.reserved > 0) {
        alerts.push({
          kind: 'oversell_risk',
          sku,
          available,
          reason: 'safety_stock_breached',
          warehouseId: item.warehouseId,
        });
      }
    }
  }
  return alerts;
}
