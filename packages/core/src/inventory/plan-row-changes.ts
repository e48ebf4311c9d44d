import type { ReservationPlan, StockShortage } from '../contracts/stores';
import type { InventoryItem } from '../schema/inventory';
import { availableQuantity } from '../schema/inventory';

/** How much one stock row's `reserved` changes when a plan applies. */
export interface RowChange {
  readonly sku: string;
  readonly warehouseId: string;
  readonly reservedDelta: number;
}

/** The outcome of {@link previewReservation}: the row changes, or the lines that do not fit. */
export type ReservationPreview =
  | { readonly ok: true; readonly changes: readonly RowChange[] }
  | { readonly ok: false; readonly shortages: readonly StockShortage[] };

/** The rows a plan changes and by how much (lines on one row add up), ordered by SKU then warehouse. */
export function planRowChanges(plan: ReservationPlan): RowChange[] {
  const changes = new Map<string, RowChange>();
  for (const line of plan.lines) {
    const key = `${line.sku}\u0000${line.warehouseId}`;
    const before = changes.get(key)?.reservedDelta ?? 0;
    changes.set(key, { sku: line.sku, warehouseId: line.warehouseId, reservedDelta: before + line.quantity });
  }
  return [...changes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, change]) => change);
}

/**
 * What a store would do with `plan` given these rows, without doing it: the same rules as
 * `InventoryStore.reserve` (lines in order, each shortage with what its row had left for it), so
 * a router can try plans before sending one. The store still decides under concurrency.
 */
export function previewReservation(
  items: readonly InventoryItem[],
  plan: ReservationPlan,
): ReservationPreview {
  const byRow = new Map(items.map((item) => [`${item.sku}\u0000${item.warehouseId}`, item]));
  const taken = new Map<string, number>();
  const shortages: StockShortage[] = [];
  for (const line of plan.lines) {
    const key = `${line.sku}\u0000${line.warehouseId}`;
    const item = byRow.get(key);
    const before = taken.get(key) ?? 0;
    const left = Math.max(0, (item === undefined ? 0 : availableQuantity(item)) - before);
    if (line.quantity <= left) taken.set(key, before + line.quantity);
    else {
      const { lineId, sku, warehouseId, quantity: requested } = line;
      shortages.push({ lineId, sku, warehouseId, requested, available: left });
    }
  }
  return shortages.length > 0 ? { ok: false, shortages } : { ok: true, changes: planRowChanges(plan) };
}
