import type { TrackingEvent, TrackingStatus } from '@omskit/core';
import { kpiQuality } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { computeCarrierKpis, shipmentOutcome, type TrackedShipment, toCarrierKpi } from './carrier-kpis';

const event = (trackingNumber: string, status: TrackingStatus, at: string): TrackingEvent => ({
  carrierCode: 'SF',
  trackingNumber,
  status,
  at,
  carrierStatusCode: status,
  carrierText: status,
});

const shipment = (
  trackingNumber: string,
  steps: [TrackingStatus, string][],
  promise: Partial<TrackedShipment> = { promisedDays: 2 },
  carrierCode = 'SF',
): TrackedShipment => ({
  carrierCode,
  trackingNumber,
  events: steps.map(([status, at]) => event(trackingNumber, status, at)),
  ...promise,
});

describe('computeCarrierKpis', () => {
  const histories = [
    shipment('A', [
      ['collected', '2026-11-01T00:00:00Z'],
      ['delivered', '2026-11-02T12:00:00Z'],
    ]),
    shipment('B', [
      ['collected', '2026-11-01T00:00:00Z'],
      ['failed_delivery', '2026-11-03T00:00:00Z'],
      ['delivered', '2026-11-04T00:00:00Z'],
    ]),
    shipment('C', [
      ['collected', '2026-11-01T00:00:00Z'],
      ['exception', '2026-11-02T00:00:00Z'],
      ['returned', '2026-11-05T00:00:00Z'],
    ]),
    // In flight and already past its promise at asOf: late.
    shipment('D', [
      ['collected', '2026-11-01T00:00:00Z'],
      ['in_transit', '2026-11-01T05:00:00Z'],
    ]),
    // In flight within its promise: not counted either way.
    shipment('E', [['collected', '2026-11-09T00:00:00Z']], { promisedBy: '2026-11-12T00:00:00Z' }),
    shipment(
      'Z',
      [
        ['collected', '2026-11-01T00:00:00Z'],
        ['unknown', '2026-11-01T01:00:00Z'],
        ['delivered', '2026-11-01T20:00:00Z'],
      ],
      {},
      'ZTO',
    ),
  ];

  it('computes on-time, success, returns and exceptions per carrier', () => {
    const [sf, zto] = computeCarrierKpis(histories, { asOf: '2026-11-10T00:00:00Z' });
    expect(sf).toEqual({
      carrierCode: 'SF',
      shipments: 5,
      delivered: 2,
      returned: 1,
      inFlight: 2,
      withExceptions: 2,
      onTimeRate: 1 / 3,
      deliverySuccessRate: 2 / 3,
      returnRate: 1 / 3,
      exceptionRate: 2 / 5,
      meanTransitHours: (36 + 72) / 2,
      unknownEvents: 0,
    });
    expect(zto).toMatchObject({
      carrierCode: 'ZTO',
      onTimeRate: undefined,
      deliverySuccessRate: 1,
      unknownEvents: 1,
    });
  });

  it('forgives lateness within the grace', () => {
    const [sf] = computeCarrierKpis(histories.slice(0, 2), { asOf: '2026-11-10T00:00:00Z', graceHours: 24 });
    expect(sf?.onTimeRate).toBe(1);
  });

  it('converts to the KPI routing weighs, once there is data', () => {
    const [sf, zto] = computeCarrierKpis(histories, { asOf: '2026-11-10T00:00:00Z' });
    const kpi = sf === undefined ? undefined : toCarrierKpi(sf, { damageRate: 0.01 });
    expect(kpi).toEqual({
      onTimeRate: 1 / 3,
      deliverySuccessRate: 2 / 3,
      damageRate: 0.01,
      complaintRate: 0,
    });
    expect(kpiQuality(kpi)).toBeGreaterThan(0);
    expect(zto === undefined ? 'none' : toCarrierKpi(zto)).toBeUndefined();
  });

  it('takes the last terminal event as the outcome', () => {
    expect(
      shipmentOutcome([
        event('X', 'delivered', '2026-01-02T00:00:00Z'),
        event('X', 'returned', '2026-01-01T00:00:00Z'),
      ]),
    ).toBe('delivered');
    expect(shipmentOutcome([])).toBe('in_flight');
  });
});
