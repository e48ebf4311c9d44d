import { runCarrierConformance } from '@omskit/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { guangzhouToShanghai } from '../__fixtures__/shipments';
import { createKuaidi100Tracker } from './kuaidi100-tracker';
import { createKuaidi100Mock, type Kuaidi100Mock } from './testing';

function trackerFor(mock: Kuaidi100Mock, key = mock.key) {
  return createKuaidi100Tracker({
    customer: mock.customer,
    key,
    carrier: 'SF',
    secret: mock.secret,
    salt: mock.salt,
    callbackUrl: 'https://host.example/carriers/kuaidi100/push',
    phone: '0000',
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
  });
}

runCarrierConformance({
  name: 'kuaidi100',
  setup: () => {
    const mock = createKuaidi100Mock();
    return {
      carrier: trackerFor(mock),
      carrierWithWrongSecret: trackerFor(mock, 'wrong-key'),
      mock,
      handlers: mock.handlers,
      shipment: guangzhouToShanghai,
    };
  },
});

describe('createKuaidi100Tracker', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('subscribes, and treats 查询无结果 as an empty history', async () => {
    const mock = createKuaidi100Mock();
    server.use(...mock.handlers);
    const tracker = trackerFor(mock);
    await tracker.subscribe('SF0000000000099');
    expect(mock.subscriptions()).toEqual(['SF0000000000099']);
    expect(await tracker.track?.('SF0000000000099')).toEqual([]);
  });

  it('quotes from the price API only with a secret, and pushes only with a salt', () => {
    const bare = createKuaidi100Tracker({ customer: 'c', key: 'k', carrier: 'ZTO' });
    expect(bare.capabilities).toMatchObject({ quote: false, push: false, track: true });
    expect(() => createKuaidi100Tracker({ customer: 'c', key: 'k', carrier: 'NOPE' })).toThrow(
      expect.objectContaining({ path: ['settings', 'company'] }),
    );
  });
});
