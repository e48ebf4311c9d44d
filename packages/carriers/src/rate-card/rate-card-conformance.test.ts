import type { CarrierMockControls } from '@omskit/core/testing';
import { runCarrierConformance } from '@omskit/core/testing';
import { guangzhouToShanghai } from '../__fixtures__/shipments';
import { createRateCardCarrier } from './rate-card-carrier';
import { syntheticRateCards } from './synthetic-rate-cards';

// The rate-card carrier does no I/O, so its "mock" has no handlers and no world to drive.
const offline: CarrierMockControls = {
  now: () => '2026-11-11T02:00:00.000Z',
  advance: () => {},
  deliveryAfterMs: () => 0,
  waybill: () => undefined,
  seedWaybill: () => {
    throw new Error('the rate-card carrier neither creates nor tracks waybills');
  },
  appendUnknownEvent: () => ({ code: '', text: '' }),
  injectFaults: () => {},
  calls: () => [],
};

for (const [name, card] of Object.entries(syntheticRateCards)) {
  runCarrierConformance({
    name: `rate-card ${name}`,
    setup: () => ({
      carrier: createRateCardCarrier(card),
      mock: offline,
      handlers: [],
      shipment: guangzhouToShanghai,
    }),
    skip: { signature: 'offline: no credentials to get wrong' },
  });
}
