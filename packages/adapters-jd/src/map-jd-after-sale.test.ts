import { afterSaleSchema, OmsError } from '@omskit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import fixtures from './__fixtures__/jd-after-sales.json' with { type: 'json' };
import { mapJdAfterSale } from './map-jd-after-sale';
import { jdRefundApplyStatuses } from './map-jd-after-sale-status';

const shopId = 'jd-shop-1';

describe('mapJdAfterSale', () => {
  it('maps a refund application (amount in fen by default)', () => {
    const { afterSale } = mapJdAfterSale(fixtures.refundApply, { shopId });
    expect(afterSale).toMatchObject({
      id: 'jd:jd-shop-1:as:880012345',
      orderId: 'jd:jd-shop-1:301234567890',
      type: 'refund_only_unshipped',
      status: 'approved',
      platformStatus: '1',
      refundAmount: { amount: 24_413, currency: 'CNY' },
      createdAt: '2026-11-11T01:12:00.000Z',
      platformModifiedAt: '2026-11-11T02:00:05.000Z',
      reason: '不想要了',
    });
  });

  it('maps a completed return-and-refund service order (amount in yuan)', () => {
    const { afterSale } = mapJdAfterSale(fixtures.service, { shopId });
    expect(afterSale).toMatchObject({
      platformAfterSaleId: '990012345',
      type: 'return_refund',
      status: 'closed',
      refundAmount: { amount: 5_990, currency: 'CNY' },
      platformData: { jd: { kind: 'service', afsRefundId: '770001' } },
    });
  });

  it.each(Object.entries(jdRefundApplyStatuses))('refund application status %s -> %s', (status, expected) => {
    expect(mapJdAfterSale({ ...fixtures.refundApply, status }, { shopId }).afterSale.status).toBe(expected);
  });

  it('takes the amount unit and extra statuses from options', () => {
    const mapped = mapJdAfterSale(
      { ...fixtures.service, status: 7, refoundAmount: 5990 },
      { shopId, amountUnit: 'fen', statuses: { '7': 'return_in_transit' } },
    );
    expect(mapped.afterSale.status).toBe('return_in_transit');
    expect(mapped.afterSale.refundAmount.amount).toBe(5_990);
  });

  it('maps a service order as jingdong.asc.query.list lists it (serviceStatus, epoch ms, paid price)', () => {
    const { afterSale, warnings } = mapJdAfterSale(
      {
        serviceId: 990100001,
        orderId: '301234567891',
        skuId: '100099990000',
        customerExpect: 20,
        serviceStatus: 13,
        questionDesc: '颜色不对',
        actualPayPrice: 59.9,
        applyTime: 1_763_100_000_000,
        approveTime: '1763103600000',
      },
      { shopId },
    );
    expect(afterSale).toMatchObject({
      platformAfterSaleId: '990100001',
      type: 'exchange',
      status: 'closed',
      platformStatus: '13',
      refundAmount: { amount: 5_990 },
      createdAt: new Date(1_763_100_000_000).toISOString(),
      platformModifiedAt: new Date(1_763_103_600_000).toISOString(),
      lines: [{ lineId: '301234567891-sku-100099990000', skuId: '100099990000', quantity: 1 }],
    });
    expect(warnings.map((warning) => warning.path)).toEqual([['actualPayPrice'], ['skuId']]);
    expect(() =>
      mapJdAfterSale({ serviceId: 1, orderId: '2', serviceStatus: 13, applyTime: 1 }, { shopId }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('refuses unknown statuses and bad amounts, naming the field', () => {
    for (const [raw, path] of [
      [{ ...fixtures.service, status: 99 }, ['status']],
      [{ ...fixtures.refundApply, applyRefundSum: '12.5' }, ['applyRefundSum']],
      [{ ...fixtures.service, customerExpect: 77 }, ['customerExpect']],
    ] as const) {
      expect(() => mapJdAfterSale(raw, { shopId })).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    }
  });

  it('never throws anything but invalid_input on fuzzed records', () => {
    const keys = [...Object.keys(fixtures.refundApply), ...Object.keys(fixtures.service)];
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.dictionary(fc.constantFrom(...keys), fc.jsonValue()),
        (service, changes) => {
          const raw = { ...(service ? fixtures.service : fixtures.refundApply), ...changes };
          try {
            expect(afterSaleSchema.safeParse(mapJdAfterSale(raw, { shopId }).afterSale).success).toBe(true);
          } catch (error) {
            expect(OmsError.isCode(error, 'invalid_input')).toBe(true);
            expect(OmsError.is(error) && error.rawPayload).toBe(raw);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
