import { describe, expect, it } from 'vitest';
import { createMemoryInventoryStore } from '../stores/memory-inventory-store';
import { buildCase, createTestEnv } from './__fixtures__/after-sale-fixtures';
import type { AfterSaleEvent } from './after-sale-event';
import { restockAdjustment } from './restock-adjustment';
import { transitionAfterSale } from './transition-after-sale';

describe('restock through the inventory pool', () => {
  it('adds exactly the resellable units received, once, however often the effects run', async () => {
    const inventory = createMemoryInventoryStore();
    await inventory.setStock({ sku: 'SKU-A', warehouseId: 'WH-1', onHand: 10 });
    const env = createTestEnv();
    let current = buildCase('return_refund', { status: 'awaiting_return' });
    const events: AfterSaleEvent[] = [
      { type: 'receive', warehouseId: 'WH-1', lines: [{ lineId: 'L1', quantity: 2 }] },
      {
        type: 'inspect',
        warehouseId: 'WH-1',
        lines: [{ lineId: 'L1', sku: 'SKU-A', resellable: 1, damaged: 1 }],
      },
    ];
    for (const event of events) {
      const result = transitionAfterSale(current, event, env);
      if (!result.ok) throw new Error(result.message);
      for (let run = 0; run < 3; run++)
        for (const effect of result.effects)
          if (effect.kind === 'inventory.restock')
            expect(await inventory.adjust(restockAdjustment(effect.payload), env.clock.now())).toMatchObject({
              ok: true,
              replayed: run > 0,
            });
      current = result.afterSaleCase;
    }
    expect(await inventory.getItem('SKU-A', 'WH-1')).toMatchObject({ onHand: 11, reserved: 0 });
  });
});
