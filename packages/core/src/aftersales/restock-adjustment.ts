import type { StockAdjustment } from '../contracts/stores';
import type { InventoryReturnPayload } from './after-sale-effect';

/**
 * The inventory-pool change of an `inventory.restock` effect: an `InventoryStore.adjust` adding
 * the resellable units to on-hand stock, reason `return_restock`, idempotent by the effect's key.
 * (`inventory.write-off` needs no adjustment: damaged units never re-enter on-hand stock; the
 * effect is the record a host books as a loss.)
 */
export function restockAdjustment(payload: InventoryReturnPayload): StockAdjustment {
  return {
    key: payload.key,
    sku: payload.sku,
    warehouseId: payload.warehouseId,
    delta: payload.quantity,
    reason: 'return_restock',
    note: `after-sale ${payload.afterSaleId} line ${payload.lineId}`,
  };
}
