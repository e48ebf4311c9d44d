import { describe, expect, it } from 'vitest';
import { buildOrder } from '../aftersales/__fixtures__/after-sale-fixtures';
import { runFulfillmentWatchdog } from './fulfillment-watchdog';

const now = Date.parse('2026-11-20T12:00:00.000Z');
const minute = 60_000;

describe('runFulfillmentWatchdog', () => {
  it('raises a typed alert for each late parcel and order, most overdue first', () => {
    const alerts = runFulfillmentWatchdog(
      {
        parcels: [
          { shipmentId: 'S1', orderId: 'o1', packedAt: '2026-11-20T07:00:00.000Z' },
          {
            shipmentId: 'S2',
            orderId: 'o2',
            packedAt: '2026-11-20T07:00:00.000Z',
            collectedAt: '2026-11-20T08:00:00.000Z',
          },
          { shipmentId: 'S3', orderId: 'o3', packedAt: '2026-11-20T09:00:00.000Z' },
        ],
        orders: [
          buildOrder({ id: 'shipped-unconfirmed', shippedAt: '2026-11-20T09:00:00.000Z' }),
          buildOrder({ id: 'shipped-confirmed', shippedAt: '2026-11-20T09:00:00.000Z' }),
          buildOrder({
            id: 'due-soon',
            status: 'paid',
            shippedAt: undefined,
            shipBy: '2026-11-20T14:00:00.000Z',
          }),
          buildOrder({
            id: 'missed',
            status: 'paid',
            shippedAt: undefined,
            shipBy: '2026-11-20T11:30:00.000Z',
          }),
          buildOrder({ id: 'far', status: 'paid', shippedAt: undefined, shipBy: '2026-11-21T12:00:00.000Z' }),
        ],
        warehouseConfirmedOrderIds: new Set(['shipped-confirmed']),
      },
      now,
    );
    expect(alerts).toEqual([
      {
        type: 'parcel-not-collected',
        shipmentId: 'S1',
        orderId: 'o1',
        packedAt: '2026-11-20T07:00:00.000Z',
        overdueMs: 60 * minute,
      },
      {
        type: 'shipment-not-confirmed',
        orderId: 'shipped-unconfirmed',
        shippedAt: '2026-11-20T09:00:00.000Z',
        overdueMs: 60 * minute,
      },
      {
        type: 'ship-by-missed',
        orderId: 'missed',
        shipBy: '2026-11-20T11:30:00.000Z',
        overdueMs: 30 * minute,
      },
      {
        type: 'ship-by-approaching',
        orderId: 'due-soon',
        shipBy: '2026-11-20T14:00:00.000Z',
        overdueMs: -120 * minute,
      },
    ]);
    expect(
      runFulfillmentWatchdog({ parcels: [], orders: [], warehouseConfirmedOrderIds: new Set() }, now),
    ).toEqual([]);
    const strict = runFulfillmentWatchdog(
      {
        parcels: [{ shipmentId: 'S3', orderId: 'o3', packedAt: '2026-11-20T09:00:00.000Z' }],
        orders: [],
        warehouseConfirmedOrderIds: new Set(),
      },
      now,
      { notCollectedAfterMinutes: 60 },
    );
    expect(strict.map((alert) => alert.type)).toEqual(['parcel-not-collected']);
  });
});
