import { describe, expect, it } from 'vitest';
import { afterSaleSchema } from '../schema/after-sale';
import { orderSchema } from '../schema/order';
import { buildTestAfterSale, buildTestOrder } from './test-records';

describe('test records', () => {
  it('builds an order that the unified schema accepts as it is', () => {
    const order = buildTestOrder({ id: 'o-1', status: 'shipped' });
    expect(orderSchema.parse(order)).toEqual(order);
  });

  it('builds an after-sale that the unified schema accepts as it is', () => {
    const afterSale = buildTestAfterSale({ id: 'as-1' });
    expect(afterSaleSchema.parse(afterSale)).toEqual(afterSale);
  });
});
