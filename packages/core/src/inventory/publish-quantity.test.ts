import { describe, expect, it } from 'vitest';
import type { InventoryItem } from '../schema/inventory';
import { createQuotaLedger } from './channel-quota-ledger';
import { publishQuantities } from './publish-quantity';

const items: InventoryItem[] = [
  { sku: 'TEE', warehouseId: 'sh', onHand: 60, reserved: 10, safetyStock: 5 },
  { sku: 'TEE', warehouseId: 'gz', onHand: 40, reserved: 5, safetyStock: 0 },
];
const reservedByChannel = { taobao: { sh: 6, gz: 5 }, jd: { sh: 4 } };
const quantityOf = (rule: Parameters<typeof publishQuantities>[1][number]['rule']) =>
  publishQuantities({ sku: 'TEE', items, reservedByChannel }, [{ shopId: 's1', channel: 'taobao', rule }])[0];

describe('publishQuantities', () => {
  it('shows on hand less safety stock less every reservation by default', () => {
    expect(quantityOf(undefined)).toEqual({
      shopId: 's1',
      channel: 'taobao',
      sku: 'TEE',
      quantity: 80,
      sellable: 80,
      exceedsSellable: false,
    });
  });

  it('applies percent, then offset, then the minimum and maximum', () => {
    expect(quantityOf({ percent: 50 })?.quantity).toBe(40);
    expect(quantityOf({ percent: 50, offset: -5 })?.quantity).toBe(35);
    expect(quantityOf({ percent: 1, minimum: 10 })?.quantity).toBe(10);
    expect(quantityOf({ maximum: 20 })?.quantity).toBe(20);
  });

  it('shows 0 below a threshold and flags virtual stock beyond what is sellable', () => {
    expect(quantityOf({ zeroBelow: 100 })?.quantity).toBe(0);
    expect(quantityOf({ offset: 5 })).toMatchObject({ quantity: 85, exceedsSellable: true });
  });

  it('counts only other channels’ reservations, or none, when asked', () => {
    expect(quantityOf({ reservedCounts: 'other_channels' })?.sellable).toBe(91);
    expect(quantityOf({ reservedCounts: 'none' })?.sellable).toBe(95);
    expect(quantityOf({ warehouses: ['gz'] })?.sellable).toBe(35);
  });

  it('never shows more than the channel’s quota headroom', () => {
    const quotas = createQuotaLedger('TEE', 95, { quotas: { taobao: 30, jd: 20 }, unallocated: 45 });
    const [shown] = publishQuantities({ sku: 'TEE', items, quotas }, [{ shopId: 's1', channel: 'taobao' }]);
    expect(shown?.quantity).toBe(30);
  });
});
