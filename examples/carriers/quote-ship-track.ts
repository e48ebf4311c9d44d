/**
 * Quotes three carriers for one parcel, picks one, creates the waybill and follows it to
 * delivery — all against the mock carriers, so it runs offline with no credentials.
 *
 * The imports point at the package sources; in your project they are
 * `@omskit/carriers/sf`, `@omskit/carriers/jt`, `@omskit/carriers/rate-card` and
 * `@omskit/carriers/sf/testing`, `@omskit/carriers/jt/testing`.
 */

import { createJtCarrier } from '@omskit/carriers/jt';
import { createJtMockCarrier } from '@omskit/carriers/jt/testing';
import { createRateCardCarrier, syntheticRateCards } from '@omskit/carriers/rate-card';
import { createSfCarrier } from '@omskit/carriers/sf';
import { createSfMockCarrier } from '@omskit/carriers/sf/testing';
import {
  type CarrierAdapter,
  type CarrierQuote,
  formatYuan,
  rankCarrierOffers,
  type ShipmentRequest,
  type TrackingEvent,
} from '@omskit/core';
import { setupServer } from 'msw/node';

/** The parcel of the demo: 1.8 kg, 30 x 20 x 20 cm, Guangzhou to Shanghai (invented people). */
export const demoShipment: ShipmentRequest = {
  reference: 'DEMO-ORDER-1',
  sender: {
    name: '示例仓',
    phone: '020-00000000',
    province: '广东省',
    city: '广州市',
    district: '黄埔区',
    detail: '示例路1号',
  },
  receiver: {
    name: '示例买家',
    phone: '13000000000',
    province: '上海市',
    city: '上海市',
    district: '闵行区',
    detail: '示例路2号',
  },
  parcels: [{ weightGrams: 1800, lengthCm: 30, widthCm: 20, heightCm: 20 }],
  cargo: '服装',
};

/** What the demo did, for its test. */
export interface CarrierDemoResult {
  readonly quotes: readonly CarrierQuote[];
  readonly chosen: string;
  readonly trackingNumber: string;
  readonly events: readonly TrackingEvent[];
}

/** Runs the demo, writing progress to `log`. */
export async function runCarrierDemo(log: (line: string) => void = console.log): Promise<CarrierDemoResult> {
  const sfMock = createSfMockCarrier();
  const jtMock = createJtMockCarrier();
  const server = setupServer(...sfMock.handlers, ...jtMock.handlers);
  server.listen({ onUnhandledFrame: 'error' });
  try {
    // SF has a price API; ZTO and J&T are quoted offline from (synthetic) rate cards.
    // The carriers read the mocks' simulated clock, so promises and timestamps line up.
    const sf = createSfCarrier({
      partnerId: sfMock.partnerId,
      checkWord: sfMock.checkWord,
      environment: 'sandbox',
      clock: { now: () => Date.parse(sfMock.now()) },
    });
    const jt = createJtCarrier({
      apiAccount: jtMock.apiAccount,
      privateKey: jtMock.privateKey,
      customerCode: jtMock.customerCode,
      customerPassword: jtMock.customerPassword,
      environment: 'sandbox',
      clock: { now: () => Date.parse(jtMock.now()) },
    });
    const shippers: Record<string, CarrierAdapter> = { SF: sf, JTSD: jt };
    const quoters = [
      sf,
      createRateCardCarrier(syntheticRateCards.zto),
      createRateCardCarrier(syntheticRateCards.jt),
    ];

    const quotes = (await Promise.all(quoters.map((carrier) => carrier.quote?.(demoShipment) ?? []))).flat();
    for (const quote of quotes) {
      log(
        `quote ${quote.carrierCode}${quote.serviceCode ? ` (${quote.serviceCode})` : ''}: ${formatYuan(quote.price)} yuan, ${quote.promisedDays ?? '?'} days`,
      );
    }

    // Price first, promised days second; only carriers we can ship with here.
    const ranked = rankCarrierOffers(
      quotes
        .filter((quote) => shippers[quote.carrierCode] !== undefined)
        .map((quote) => ({
          carrierCode: quote.carrierCode,
          costFen: quote.price.amount,
          promisedDays: quote.promisedDays ?? 3,
          quality: 0.9,
        })),
      { price: 1, days: 0.2, kpi: 0 },
    );
    const chosen = ranked[0]?.carrierCode;
    const carrier = chosen === undefined ? undefined : shippers[chosen];
    if (chosen === undefined || carrier?.createWaybill === undefined || carrier.track === undefined) {
      throw new Error('no carrier can ship this parcel');
    }
    log(`chosen: ${chosen}`);

    const waybill = await carrier.createWaybill(demoShipment);
    log(`waybill ${waybill.trackingNumber} ${JSON.stringify(waybill.label ?? {})}`);

    const mock = chosen === 'SF' ? sfMock : jtMock;
    let events: readonly TrackingEvent[] = [];
    for (let hour = 0; hour <= 72 && events.at(-1)?.status !== 'delivered'; hour += 6) {
      mock.advance(6 * 60 * 60 * 1000);
      const latest = await carrier.track(waybill.trackingNumber);
      for (const event of latest.slice(events.length)) {
        log(`  ${event.at} ${event.status.padEnd(18)} [${event.carrierStatusCode}] ${event.carrierText}`);
      }
      events = latest;
    }
    return { quotes, chosen, trackingNumber: waybill.trackingNumber, events };
  } finally {
    server.close();
  }
}
