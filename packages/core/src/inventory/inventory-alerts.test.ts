import { describe, expect, it } from 'vitest';
import { inventoryAlerts } from './inventory-alerts';

describe('inventoryAlerts', () => {
  it('raises low stock at or under the threshold and oversell risk when shops show too much', () => {
    const alerts = inventoryAlerts({
      items: [
        { sku: 'A', warehouseId: 'w1', onHand: 5, reserved: 2, safetyStock: 1 },
        { sku: 'B', warehouseId: 'w1', onHand: 50, reserved: 0, safetyStock: 0 },
      ],
      published: { A: 3, B: 40 },
      lowStockThresholds: { default: 2, B: 10 },
    });
    expect(alerts).toEqual([
      { kind: 'low_stock', sku: 'A', available: 2, threshold: 2 },
      { kind: 'oversell_risk', sku: 'A', available: 2, reason: 'published_exceeds_available', published: 3 },
    ]);
  });

  it('flags reservations that eat into safety stock', () => {
    const alerts = inventoryAlerts({
      items: [{ sku: 'A', warehouseId: 'w1', onHand: 5, reserved: 4, safetyStock: 3 }],
    });
    expect(alerts).toEqual([
      { kind: 'oversell_risk', sku: 'A', available: 0, reason: 'safety_stock_breached', warehouseId: 'w1' },
    ]);
  });
});
