import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CarrierAdapter, ShipmentRequest, TrackingStatus } from '../contracts/carrier-adapter';
import { OmsError } from '../errors/oms-error';
import type { CarrierConformanceFixture } from './carrier-mock-controls';

/** Parts of the carrier suite an adapter may opt out of, each with the reason as the value. */
export interface CarrierConformanceSkips {
  /** The adapter cannot be built with a wrong secret in a meaningful way. */
  signature?: string;
  /** The carrier answers a repeated reference in a way the mock does not model. */
  duplicate?: string;
}

/** Options of {@link runCarrierConformance}. */
export interface CarrierConformanceOptions {
  /** Shown in the describe block (`sf`). */
  name: string;
  /** Builds a fresh mock carrier and an adapter wired to it, for each test. */
  setup: () => CarrierConformanceFixture | Promise<CarrierConformanceFixture>;
  /** Typed opt-outs: the key names the part, the value says why. */
  skip?: CarrierConformanceSkips;
}

const statuses: readonly TrackingStatus[] = [
  'collected',
  'in_transit',
  'arrived_at_station',
  'out_for_delivery',
  'delivered',
  'failed_delivery',
  'returned',
  'exception',
  'unknown',
];

let sequence = 0;
function withReference(shipment: ShipmentRequest, suffix: string): ShipmentRequest {
  sequence += 1;
  return { ...shipment, reference: `${shipment.reference}-${suffix}-${sequence}` };
}

/** A tracking number to follow: a new waybill when the adapter creates them, else a seeded one. */
async function trackedNumber(fixture: CarrierConformanceFixture): Promise<string> {
  const { carrier, mock, shipment } = fixture;
  if (carrier.capabilities.createWaybill && carrier.createWaybill !== undefined) {
    return (await carrier.createWaybill(withReference(shipment, 'track'))).trackingNumber;
  }
  return mock.seedWaybill();
}

function requireMethod<K extends keyof CarrierAdapter>(
  carrier: CarrierAdapter,
  key: K,
): NonNullable<CarrierAdapter[K]> {
  const method = carrier[key];
  if (method === undefined) throw new Error(`the adapter declares ${String(key)} but has no method`);
  return method as NonNullable<CarrierAdapter[K]>;
}

/**
 * The carrier adapter conformance suite. Each carrier's test file is mostly one call to it,
 * against the carrier's own mock: it checks capabilities against methods, quotes, waybill
 * creation (mother/child numbers, repeated references), tracking to delivery over simulated
 * time with every event typed and unknown codes kept, cancelling, retries through faults,
 * refused signatures and push verification. Parts a carrier does not declare are skipped.
 */
export function runCarrierConformance(options: CarrierConformanceOptions): void {
  const skip = options.skip ?? {};
  describe(`carrier conformance: ${options.name}`, () => {
    const server = setupServer();
    let fixtures: CarrierConformanceFixture[] = [];
    beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
    afterEach(async () => {
      server.resetHandlers();
      for (const fixture of fixtures) await fixture.cleanup?.();
      fixtures = [];
    });
    afterAll(() => server.close());

    async function start(): Promise<CarrierConformanceFixture> {
      const fixture = await options.setup();
      fixtures.push(fixture);
      server.use(...fixture.handlers);
      return fixture;
    }

    it('declares a v1 adapter whose methods match its capabilities', async () => {
      const { carrier } = await start();
      expect(carrier.specificationVersion).toBe('v1');
      expect(carrier.carrierCode).toMatch(/^[A-Z0-9_]+$/);
      const caps = carrier.capabilities;
      expect(typeof carrier.quote === 'function').toBe(caps.quote);
      expect(typeof carrier.createWaybill === 'function').toBe(caps.createWaybill);
      expect(typeof carrier.track === 'function').toBe(caps.track);
      expect(typeof carrier.cancel === 'function').toBe(caps.cancel);
      expect(typeof carrier.parsePush === 'function').toBe(caps.push);
      if (!caps.createWaybill) expect(caps.multiParcel || caps.cod || caps.insurance).toBe(false);
    });

    it('quotes a price in fen with a promise', async (context) => {
      const { carrier, shipment } = await start();
      if (!carrier.capabilities.quote) return context.skip();
      const quotes = await requireMethod(carrier, 'quote')(shipment);
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) {
        expect(Number.isInteger(quote.price.amount)).toBe(true);
        expect(quote.price.amount).toBeGreaterThan(0);
        if (quote.promisedDays !== undefined) expect(quote.promisedDays).toBeGreaterThan(0);
      }
    });

    it('creates a waybill the carrier records, with child numbers for further parcels', async (context) => {
      const { carrier, mock, shipment } = await start();
      if (!carrier.capabilities.createWaybill) return context.skip();
      const request = withReference(shipment, 'create');
      const waybill = await requireMethod(carrier, 'createWaybill')(request);
      expect(waybill.carrierCode).toBe(carrier.carrierCode);
      expect(waybill.reference).toBe(request.reference);
      expect(mock.waybill(waybill.trackingNumber)?.reference).toBe(request.reference);
      if (!carrier.capabilities.multiParcel) return;
      const parcel = shipment.parcels[0] ?? { weightGrams: 1000 };
      const multi = await requireMethod(
        carrier,
        'createWaybill',
      )({
        ...withReference(shipment, 'multi'),
        parcels: [parcel, parcel, parcel],
      });
      expect(multi.childTrackingNumbers).toHaveLength(2);
      expect(new Set([multi.trackingNumber, ...multi.childTrackingNumbers]).size).toBe(3);
      expect(mock.waybill(multi.childTrackingNumbers[0] as string)?.trackingNumber).toBe(
        multi.trackingNumber,
      );
    });

    it.skipIf(skip.duplicate !== undefined)(
      'answers a repeated reference with the same waybill or a conflict',
      async (context) => {
        const { carrier, shipment } = await start();
        if (!carrier.capabilities.createWaybill) return context.skip();
        const request = withReference(shipment, 'dup');
        const create = requireMethod(carrier, 'createWaybill');
        const first = await create(request);
        try {
          const second = await create(request);
          expect(second.trackingNumber).toBe(first.trackingNumber);
        } catch (error) {
          expect(OmsError.isCode(error, 'conflict')).toBe(true);
        }
      },
    );

    it('tracks a waybill to delivery over simulated time, every event typed', async (context) => {
      const fixture = await start();
      const { carrier, mock } = fixture;
      if (!carrier.capabilities.track) return context.skip();
      const trackingNumber = await trackedNumber(fixture);
      const track = requireMethod(carrier, 'track');
      const early = await track(trackingNumber);
      expect(early.every((event) => event.status !== 'delivered')).toBe(true);
      mock.advance(mock.deliveryAfterMs() + 60_000);
      const events = await track(trackingNumber);
      expect(events.length).toBeGreaterThan(early.length);
      expect(events.at(-1)?.status).toBe('delivered');
      expect(events[0]?.status).toBe('collected');
      for (const [index, event] of events.entries()) {
        expect(statuses).toContain(event.status);
        expect(event.trackingNumber).toBe(trackingNumber);
        expect(event.carrierCode).toBe(carrier.carrierCode);
        expect(event.carrierStatusCode).not.toBe('');
        expect(Number.isNaN(Date.parse(event.at))).toBe(false);
        if (index > 0) expect(event.at >= (events[index - 1]?.at ?? '')).toBe(true);
      }
    });

    it('keeps an event with an unknown code as `unknown`, with the raw code and text', async (context) => {
      const fixture = await start();
      const { carrier, mock } = fixture;
      if (!carrier.capabilities.track) return context.skip();
      const trackingNumber = await trackedNumber(fixture);
      mock.advance(60 * 60 * 1000);
      const raw = mock.appendUnknownEvent(trackingNumber);
      const events = await requireMethod(carrier, 'track')(trackingNumber);
      const unknown = events.find((event) => event.carrierStatusCode === raw.code);
      expect(unknown).toMatchObject({ status: 'unknown', carrierText: raw.text });
    });

    it('cancels a waybill not yet collected', async (context) => {
      const { carrier, mock, shipment } = await start();
      if (!carrier.capabilities.cancel || !carrier.capabilities.createWaybill) return context.skip();
      const request = withReference(shipment, 'cancel');
      const waybill = await requireMethod(carrier, 'createWaybill')(request);
      await requireMethod(
        carrier,
        'cancel',
      )({ reference: request.reference, trackingNumber: waybill.trackingNumber });
      expect(mock.waybill(waybill.trackingNumber)?.cancelled).toBe(true);
    });

    it('refuses to cancel a collected waybill with a non-retryable typed error', async (context) => {
      const { carrier, mock, shipment } = await start();
      if (!carrier.capabilities.cancel || !carrier.capabilities.createWaybill) return context.skip();
      const request = withReference(shipment, 'late-cancel');
      const waybill = await requireMethod(carrier, 'createWaybill')(request);
      mock.advance(mock.deliveryAfterMs() + 60_000);
      await expect(
        requireMethod(
          carrier,
          'cancel',
        )({ reference: request.reference, trackingNumber: waybill.trackingNumber }),
      ).rejects.toSatisfy((error: unknown) => OmsError.is(error) && !error.retryable);
      expect(mock.waybill(waybill.trackingNumber)?.cancelled).toBe(false);
    });

    it('retries through throttling and server faults', async (context) => {
      const fixture = await start();
      const { carrier, mock } = fixture;
      if (!carrier.capabilities.track) return context.skip();
      const trackingNumber = await trackedNumber(fixture);
      mock.advance(mock.deliveryAfterMs() + 60_000);
      mock.injectFaults('throttle', 1);
      mock.injectFaults('server_error', 1);
      const events = await requireMethod(carrier, 'track')(trackingNumber);
      expect(events.at(-1)?.status).toBe('delivered');
      expect(mock.calls().filter((call) => !call.ok).length).toBeGreaterThanOrEqual(2);
    });

    it.skipIf(skip.signature !== undefined)(
      'surfaces a refused signature as a non-retryable typed error',
      async () => {
        const fixture = await start();
        const wrong = fixture.carrierWithWrongSecret;
        if (wrong === undefined)
          throw new Error('give carrierWithWrongSecret or skip signature with a reason');
        const attempt = wrong.capabilities.track
          ? requireMethod(wrong, 'track')(fixture.mock.seedWaybill())
          : requireMethod(wrong, 'quote')(fixture.shipment);
        await expect(attempt).rejects.toSatisfy((error: unknown) => OmsError.is(error) && !error.retryable);
      },
    );

    it('verifies pushes and refuses forged ones', async (context) => {
      const fixture = await start();
      const { carrier, mock } = fixture;
      if (!carrier.capabilities.push) return context.skip();
      if (mock.signedTrackingPush === undefined || mock.forgedTrackingPush === undefined) {
        throw new Error('the carrier pushes but its mock cannot sign a push');
      }
      const trackingNumber = await trackedNumber(fixture);
      mock.advance(mock.deliveryAfterMs() + 60_000);
      const parsePush = requireMethod(carrier, 'parsePush');
      const parsed = await parsePush(mock.signedTrackingPush(trackingNumber));
      expect(parsed.events.some((event) => event.trackingNumber === trackingNumber)).toBe(true);
      expect(parsed.reply.status).toBe(200);
      await expect(parsePush(mock.forgedTrackingPush(trackingNumber))).rejects.toSatisfy((error: unknown) =>
        OmsError.isCode(error, 'invalid_signature'),
      );
    });
  });
}
