import { OmsError } from '@omskit/core';
import { runCarrierConformance } from '@omskit/core/testing';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { guangzhouToShanghai } from '../__fixtures__/shipments';
import { createSfCarrier } from './sf-carrier';
import { createSfMockCarrier, type SfMockCarrier } from './testing';

const fastRetry = { minTimeoutMs: 1, maxTimeoutMs: 5 };

function carrierFor(mock: SfMockCarrier, checkWord = mock.checkWord) {
  return createSfCarrier({
    partnerId: mock.partnerId,
    checkWord,
    monthlyCard: '7551234567',
    environment: 'sandbox',
    pushToken: mock.pushToken,
    retry: fastRetry,
  });
}

runCarrierConformance({
  name: 'sf',
  setup: () => {
    const mock = createSfMockCarrier();
    return {
      carrier: carrierFor(mock),
      carrierWithWrongSecret: carrierFor(mock, 'wrong-check-word'),
      mock,
      handlers: mock.handlers,
      shipment: guangzhouToShanghai,
    };
  },
});

describe('createSfCarrier', () => {
  const server = setupServer();
  let mock = createSfMockCarrier();
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mock = createSfMockCarrier();
  });
  afterAll(() => server.close());

  function recordingCarrier() {
    const sent: URLSearchParams[] = [];
    server.use(...mock.handlers);
    const carrier = createSfCarrier({
      partnerId: mock.partnerId,
      checkWord: mock.checkWord,
      monthlyCard: '7551234567',
      environment: 'sandbox',
      retry: fastRetry,
      clock: { now: () => Date.parse(mock.now()) },
      fetch: async (input, init) => {
        const request = input instanceof Request ? input : new Request(input, init);
        sent.push(new URLSearchParams(await request.clone().text()));
        return globalThis.fetch(request);
      },
    });
    return { carrier, sent };
  }

  it('sends a signed EXP_RECE_CREATE_ORDER with COD, insurance and parcel count', async () => {
    const { carrier, sent } = recordingCarrier();
    const waybill = await carrier.createWaybill?.({
      ...guangzhouToShanghai,
      parcels: [{ weightGrams: 1200 }, { weightGrams: 800 }],
      cashOnDelivery: { amount: 12_345, currency: 'CNY' },
      insuredValue: { amount: 50_000, currency: 'CNY' },
    });
    expect(waybill?.childTrackingNumbers).toHaveLength(1);
    expect(waybill?.label).toMatchObject({ originCode: '755', destCode: '021', destRouteLabel: '021WA-001' });
    const form = sent[0];
    expect(form?.get('serviceCode')).toBe('EXP_RECE_CREATE_ORDER');
    expect(form?.get('timestamp')).toBe(String(Date.parse(mock.now())));
    const msgData = JSON.parse(form?.get('msgData') ?? '{}');
    expect(msgData).toMatchObject({
      orderId: 'ORDER-1001',
      monthlyCard: '7551234567',
      parcelQty: 2,
      totalWeight: 2,
      serviceList: [
        { name: 'COD', value: '123.45' },
        { name: 'INSURE', value: '500.00' },
      ],
    });
    expect(msgData.contactInfoList.map((contact: { contactType: number }) => contact.contactType)).toEqual([
      1, 2,
    ]);
  });

  it('maps a repeated order to conflict (8016) and a late cancel to conflict (8037)', async () => {
    const { carrier } = recordingCarrier();
    const waybill = await carrier.createWaybill?.(guangzhouToShanghai);
    await expect(carrier.createWaybill?.(guangzhouToShanghai)).rejects.toMatchObject({
      code: 'conflict',
      platformCode: '8016',
    });
    mock.advance(2 * 60 * 60 * 1000);
    await expect(
      carrier.cancel?.({
        reference: guangzhouToShanghai.reference,
        trackingNumber: waybill?.trackingNumber ?? '',
      }),
    ).rejects.toMatchObject({ code: 'conflict', platformCode: '8037' });
  });

  it('quotes every product of EXP_RECE_QUERY_DELIVERTM with promised days', async () => {
    const { carrier } = recordingCarrier();
    const quotes = await carrier.quote?.(guangzhouToShanghai);
    expect(quotes).toEqual([
      { carrierCode: 'SF', serviceCode: '2', price: { amount: 2300, currency: 'CNY' }, promisedDays: 2 },
      { carrierCode: 'SF', serviceCode: '1', price: { amount: 2900, currency: 'CNY' }, promisedDays: 1 },
    ]);
  });

  it('parses apiResultData twice and maps gateway codes', async () => {
    server.use(...mock.handlers);
    const wrong = createSfCarrier({
      partnerId: 'other',
      checkWord: 'x',
      environment: 'sandbox',
      retry: { retries: 0 },
    });
    await expect(wrong.track?.('SF1')).rejects.toMatchObject({
      code: 'invalid_signature',
      platformCode: 'A1006',
    });
  });

  it('refuses unknown and missing settings', () => {
    expect(() => createSfCarrier({ partnerId: 'p', checkWord: '' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['settings', 'checkWord'] }),
    );
    expect(() => createSfCarrier({ partnerId: 'p', checkWord: 'c', colour: 'red' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['settings', 'colour'] }),
    );
  });

  it('has no push without a push token', () => {
    const carrier = createSfCarrier({ partnerId: 'p', checkWord: 'c' });
    expect(carrier.capabilities.push).toBe(false);
    expect(carrier.parsePush).toBeUndefined();
    expect(OmsError.is(new OmsError('internal', 'x'))).toBe(true);
  });
});
