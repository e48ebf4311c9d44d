import { runCarrierConformance } from '@omskit/core/testing';
import { describe, expect, it } from 'vitest';
import { guangzhouToShanghai } from '../__fixtures__/shipments';
import { createJtCarrier } from './jt-carrier';
import { createJtMockCarrier, type JtMockCarrier } from './testing';

function carrierFor(mock: JtMockCarrier, privateKey = mock.privateKey) {
  return createJtCarrier({
    apiAccount: mock.apiAccount,
    privateKey,
    customerCode: mock.customerCode,
    customerPassword: mock.customerPassword,
    environment: 'sandbox',
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
  });
}

runCarrierConformance({
  name: 'jt',
  setup: () => {
    const mock = createJtMockCarrier();
    return {
      carrier: carrierFor(mock),
      carrierWithWrongSecret: carrierFor(mock, 'wrong-key'),
      mock,
      handlers: mock.handlers,
      shipment: guangzhouToShanghai,
    };
  },
});

describe('createJtCarrier', () => {
  it('needs the customer credentials for orders', async () => {
    const carrier = createJtCarrier({ apiAccount: 'a', privateKey: 'k' });
    await expect(carrier.createWaybill?.(guangzhouToShanghai)).rejects.toMatchObject({
      code: 'invalid_input',
      path: ['settings', 'customerCode'],
    });
  });
});
