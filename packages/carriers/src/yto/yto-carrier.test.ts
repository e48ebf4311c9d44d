import { runCarrierConformance } from '@omskit/core/testing';
import { describe, expect, it } from 'vitest';
import { guangzhouToShanghai } from '../__fixtures__/shipments';
import { createYtoMockCarrier, type YtoMockCarrier } from './testing';
import { createYtoCarrier } from './yto-carrier';

function carrierFor(mock: YtoMockCarrier, secret = mock.secret) {
  return createYtoCarrier({
    secret,
    pathSuffix: mock.pathSuffix,
    environment: 'sandbox',
    apiNames: { createOrder: mock.createOrder, cancelOrder: mock.cancelOrder },
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
  });
}

runCarrierConformance({
  name: 'yto',
  setup: () => {
    const mock = createYtoMockCarrier();
    return {
      carrier: carrierFor(mock),
      carrierWithWrongSecret: carrierFor(mock, 'wrong-secret'),
      mock,
      handlers: mock.handlers,
      shipment: guangzhouToShanghai,
    };
  },
});

describe('createYtoCarrier', () => {
  it('creates and cancels only when the (UNVERIFIED) order API names are configured', () => {
    const carrier = createYtoCarrier({ secret: 's', pathSuffix: 'p/u' });
    expect(carrier.capabilities).toMatchObject({
      createWaybill: false,
      cancel: false,
      track: true,
      push: true,
    });
    expect(carrier.createWaybill).toBeUndefined();
  });
});
