import { runCarrierConformance } from '@omskit/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { guangzhouToShanghai } from '../__fixtures__/shipments';
import ztoPushes from '../__fixtures__/zto-trace-pushes.json';
import { createZtoMockCarrier, type ZtoMockCarrier } from './testing';
import { createZtoCarrier } from './zto-carrier';

const account = { accountId: 'test', accountPassword: 'ZTO123' };

function carrierFor(mock: ZtoMockCarrier, appSecret = mock.appSecret) {
  return createZtoCarrier({
    appKey: mock.appKey,
    appSecret,
    account,
    environment: 'sandbox',
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
  });
}

runCarrierConformance({
  name: 'zto',
  setup: () => {
    const mock = createZtoMockCarrier();
    return {
      carrier: carrierFor(mock),
      carrierWithWrongSecret: carrierFor(mock, 'wrong-secret'),
      mock,
      handlers: mock.handlers,
      shipment: guangzhouToShanghai,
    };
  },
});

function pushRequest(form: { data: string; data_digest: string; company_id: string; msg_type: string }) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  };
}

describe('createZtoCarrier', () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('verifies and maps the real sandbox pushes', async () => {
    const carrier = createZtoCarrier({ appKey: ztoPushes.appKey, appSecret: ztoPushes.appSecret });
    const statuses: string[] = [];
    for (const form of ztoPushes.pushes) {
      const { events, reply } = await (carrier.parsePush?.(pushRequest(form)) ??
        Promise.reject(new Error('no push')));
      expect(reply.status).toBe(200);
      expect(events).toHaveLength(1);
      expect(events[0]?.trackingNumber).toBe('73100196611386');
      expect(events[0]?.carrierText).not.toBe('');
      statuses.push(`${events[0]?.carrierStatusCode}:${events[0]?.status}`);
    }
    expect(new Set(statuses)).toEqual(
      new Set([
        'GOT:collected',
        'DEPARTURE:in_transit',
        'ARRIVAL:in_transit',
        'DISPATCH:out_for_delivery',
        'INBOUND:arrived_at_station',
        'HANDOVERSCAN_SIGNED:delivered',
        'DEPARTURE_SIGNED:delivered',
        'SIGNED:delivered',
      ]),
    );
  });

  it('refuses a real push under another secret or another company', async () => {
    const form = ztoPushes.pushes[0];
    if (form === undefined) throw new Error('fixture missing');
    const wrongSecret = createZtoCarrier({ appKey: ztoPushes.appKey, appSecret: 'x' });
    await expect(wrongSecret.parsePush?.(pushRequest(form))).rejects.toMatchObject({
      code: 'invalid_signature',
    });
    const otherCompany = createZtoCarrier({ appKey: 'other', appSecret: ztoPushes.appSecret });
    await expect(otherCompany.parsePush?.(pushRequest(form))).rejects.toMatchObject({
      code: 'invalid_signature',
    });
  });

  it('subscribes a waybill to trace pushes with the last four phone digits', async () => {
    const mock = createZtoMockCarrier();
    server.use(...mock.handlers);
    const carrier = carrierFor(mock);
    await carrier.subscribe('73100196611386', '5514');
    expect(mock.subscriptions()).toEqual(['73100196611386']);
    await expect(carrier.subscribe('73100196611386', '13500000000')).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('sends the createOrder body in ZTO sample shape, COD in fen', async () => {
    const mock = createZtoMockCarrier();
    server.use(...mock.handlers);
    const bodies: unknown[] = [];
    const carrier = createZtoCarrier({
      appKey: mock.appKey,
      appSecret: mock.appSecret,
      account,
      environment: 'sandbox',
      fetch: async (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        bodies.push(JSON.parse(await request.clone().text()));
        return globalThis.fetch(request);
      },
    });
    const waybill = await carrier.createWaybill?.({
      ...guangzhouToShanghai,
      cashOnDelivery: { amount: 100_000, currency: 'CNY' },
    });
    expect(waybill?.label).toMatchObject({ mark: '300- H12 09', bagAddr: '沪西', siteCode: '02100' });
    expect(bodies[0]).toMatchObject({
      partnerType: '2',
      orderType: '1',
      partnerOrderCode: 'ORDER-1001',
      accountInfo: { accountId: 'test', accountPassword: 'ZTO123', type: 1 },
      senderInfo: { senderProvince: '广东省', senderCity: '广州市' },
      receiveInfo: { receiverProvince: '上海', receiverDistrict: '闵行区' },
      orderVasList: [{ vasType: 'COD', vasAmount: 100_000 }],
    });
    await expect(
      carrier.createWaybill?.({
        ...guangzhouToShanghai,
        reference: 'two',
        parcels: [{ weightGrams: 1 }, { weightGrams: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'unsupported' });
  });
});
