import { describe, expect, it } from 'vitest';
import {
  buildLine,
  buildOrder,
  createTestEnv,
  deepFreeze,
  testNow,
} from '../aftersales/__fixtures__/after-sale-fixtures';
import { channelShipEffectKind } from '../runtime/run-outbox';
import type { Reservation } from '../schema/inventory';
import { checkPacking } from './check-packing';
import { confirmOutbound } from './confirm-outbound';

const reservation = (id: string, lineId: string, quantity: number, sku = 'SKU-A'): Reservation => ({
  id,
  orderId: 'taobao:shop-1:T1000',
  lineId,
  sku,
  warehouseId: 'WH-1',
  quantity,
  deductedQuantity: 0,
  releasedQuantity: 0,
  state: 'open',
  idempotencyKey: 'plan-1',
  createdAt: '2026-11-11T00:02:00.000Z',
  updatedAt: '2026-11-11T00:02:00.000Z',
});
const order = deepFreeze(
  buildOrder({
    status: 'paid',
    shippedAt: undefined,
    lines: [
      buildLine({ shippedQuantity: 0 }),
      buildLine({ lineId: 'L2', sellerSku: 'SKU-B', quantity: 1, shippedQuantity: 0 }),
    ],
  }),
);
const parcel = {
  shipmentId: 'S1',
  warehouseId: 'WH-1',
  carrierCode: 'SF',
  trackingNumber: 'SF100',
  lines: [{ lineId: 'L1', quantity: 2 }],
};
const reservations = [
  reservation('r1', 'L1', 1),
  reservation('r2', 'L1', 1),
  reservation('r3', 'L2', 1, 'SKU-B'),
];

describe('checkPacking', () => {
  it('matches scans against the parcel by SKU and barcode', () => {
    expect(
      checkPacking(
        order,
        [
          { code: '6901', quantity: 1 },
          { code: 'SKU-A', quantity: 1 },
        ],
        { parcelLines: parcel.lines, barcodes: { '6901': 'SKU-A' } },
      ),
    ).toEqual({ ok: true, units: 2 });
    expect(
      checkPacking(order, [
        { code: 'SKU-A', quantity: 3 },
        { code: 'junk', quantity: 1 },
      ]),
    ).toEqual({
      ok: false,
      reason: 'mismatch',
      missing: [{ sku: 'SKU-B', expected: 1, scanned: 0 }],
      extra: [{ sku: 'SKU-A', expected: 2, scanned: 3 }],
      unknownCodes: ['junk'],
    });
  });
});

describe('confirmOutbound', () => {
  it('ships part of the order, deducts the reservations and writes the tracking number back', () => {
    const result = confirmOutbound(
      { order, parcel, reservations, packing: { ok: true, units: 2 } },
      createTestEnv(),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.order).toMatchObject({ status: 'partially_shipped', shippedAt: testNow });
    expect(result.order.lines.map((line) => line.shippedQuantity)).toEqual([2, 0]);
    expect(result.events).toEqual([expect.objectContaining({ type: 'order-partially-shipped' })]);
    expect(result.shipment).toMatchObject({
      id: 'S1',
      status: 'shipped',
      trackingNumber: 'SF100',
      shippedAt: testNow,
    });
    expect(result.effects.map((effect) => [effect.kind, effect.key])).toEqual([
      ['inventory.deduct', 'outbound:S1:r1:0'],
      ['inventory.deduct', 'outbound:S1:r2:1'],
      [channelShipEffectKind, 'outbound:S1:channel.ship'],
      ['buyer.notify', 'outbound:S1:buyer.notify'],
    ]);
    expect(result.effects[2]?.payload).toEqual({
      channel: 'taobao',
      shopId: 'shop-1',
      platformOrderId: 'T1000',
      parcels: [{ carrierCode: 'SF', trackingNumber: 'SF100', lines: [{ lineId: 'L1', quantity: 2 }] }],
    });
    const rest = confirmOutbound(
      {
        order: result.order,
        parcel: { ...parcel, shipmentId: 'S2', lines: [{ lineId: 'L2', quantity: 1 }] },
        reservations,
        shipments: [result.shipment],
      },
      createTestEnv(),
    );
    expect(rest.ok && rest.order.status).toBe('shipped');
  });

  it('refuses what cannot ship, changing nothing', () => {
    const env = createTestEnv();
    expect(
      confirmOutbound({ order: { ...order, status: 'pending_payment' }, parcel, reservations }, env),
    ).toMatchObject({ ok: false, reason: 'order_not_shippable' });
    expect(
      confirmOutbound({ order: { ...order, shipBlocked: true }, parcel, reservations }, env),
    ).toMatchObject({ ok: false, reason: 'ship_blocked' });
    expect(
      confirmOutbound(
        {
          order,
          parcel,
          reservations,
          packing: { ok: false, reason: 'mismatch', missing: [], extra: [], unknownCodes: ['x'] },
        },
        env,
      ),
    ).toMatchObject({ ok: false, reason: 'packing_mismatch' });
    expect(
      confirmOutbound(
        { order, parcel: { ...parcel, lines: [{ lineId: 'L9', quantity: 1 }] }, reservations },
        env,
      ),
    ).toMatchObject({ ok: false, reason: 'unknown_line' });
    expect(
      confirmOutbound(
        { order, parcel: { ...parcel, lines: [{ lineId: 'L1', quantity: 3 }] }, reservations },
        env,
      ),
    ).toMatchObject({ ok: false, reason: 'exceeds_unshipped' });
    expect(
      confirmOutbound({ order, parcel, reservations: [reservations[0] as Reservation] }, env),
    ).toMatchObject({ ok: false, reason: 'reservation_missing', lineId: 'L1' });
    expect(
      confirmOutbound({ order, parcel: { ...parcel, warehouseId: 'WH-2' }, reservations }, env),
    ).toMatchObject({ ok: false, reason: 'reservation_missing' });
    expect(
      confirmOutbound(
        {
          order,
          parcel,
          reservations,
          shipments: [
            {
              id: 'S1',
              orderId: order.id,
              carrierCode: 'SF',
              trackingNumber: 'x',
              lines: [{ lineId: 'L1', quantity: 1 }],
              status: 'shipped',
              createdAt: testNow,
            },
          ],
        },
        env,
      ),
    ).toMatchObject({ ok: false, reason: 'already_confirmed' });
    expect(env.issuedIds()).toBe(0);
  });

  it('uses one reservation across parcel lines of the same order line', () => {
    const result = confirmOutbound(
      {
        order,
        parcel: {
          ...parcel,
          lines: [
            { lineId: 'L1', quantity: 1 },
            { lineId: 'L1', quantity: 1 },
          ],
        },
        reservations: [reservation('big', 'L1', 2)],
      },
      createTestEnv(),
    );
    expect(
      result.ok &&
        result.effects.filter((effect) => effect.kind === 'inventory.deduct').map((effect) => effect.payload),
    ).toEqual([
      expect.objectContaining({ reservationId: 'big', quantity: 1 }),
      expect.objectContaining({ reservationId: 'big', quantity: 1 }),
    ]);
  });
});
