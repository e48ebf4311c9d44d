import type { CarrierMockFaultKind, CarrierMockWaybill } from '@omskit/core/testing';

/** One step of a mock carrier's tracking timeline, in the carrier's own code and text. */
export interface MockTimelineStep {
  /** Time after waybill creation, in ms. */
  readonly afterMs: number;
  readonly code: string;
  readonly text: string;
  readonly location: string;
}

/** A tracking event as the mock world holds it. */
export interface MockWorldEvent {
  readonly code: string;
  readonly text: string;
  readonly location: string;
  /** Epoch ms. */
  readonly atMs: number;
}

interface WorldWaybill extends CarrierMockWaybill {
  readonly createdAtMs: number;
  readonly extra: MockWorldEvent[];
}

/** Options of {@link createMockCarrierWorld}. */
export interface MockCarrierWorldOptions {
  /** Tracking number prefix (`SF`, `7310`). */
  readonly prefix: string;
  /** Digits after the prefix. */
  readonly digits: number;
  /** The timeline, last step = delivered. */
  readonly timeline: readonly MockTimelineStep[];
  /** A code the carrier's table does not know, for `appendUnknownEvent`. */
  readonly unknownCode: string;
  /** Start of the mock clock (ISO). Default 2026-11-11T02:00:00.000Z. */
  readonly startAt?: string;
}

/**
 * The carrier-neutral state behind every mock carrier: a clock, waybills by reference and tracking
 * number, timelines revealed as the clock advances, faults to inject and a call log. Each
 * carrier's mock wraps it in its own protocol.
 */
export interface MockCarrierWorld {
  nowMs(): number;
  advance(ms: number): void;
  deliveryAfterMs(): number;
  /** Creates (or, for a known reference, returns with `duplicate`) a waybill of `parcels` parcels. */
  create(reference: string, parcels: number): { waybill: CarrierMockWaybill; duplicate: boolean };
  waybill(trackingNumber: string): CarrierMockWaybill | undefined;
  byReference(reference: string): CarrierMockWaybill | undefined;
  /** Cancels: `ok`, `not_found`, or `collected` (too late). */
  cancel(trackingNumberOrReference: string): 'ok' | 'not_found' | 'collected';
  /** Events visible now, oldest first. */
  events(trackingNumber: string): MockWorldEvent[];
  appendUnknown(trackingNumber: string): { code: string; text: string };
  injectFaults(kind: CarrierMockFaultKind, count: number): void;
  /** Takes the next injected fault, if any. */
  takeFault(): CarrierMockFaultKind | undefined;
  record(operation: string, ok: boolean): void;
  calls(): { operation: string; ok: boolean }[];
}

/** Creates a {@link MockCarrierWorld}. */
export function createMockCarrierWorld(options: MockCarrierWorldOptions): MockCarrierWorld {
  let now = Date.parse(options.startAt ?? '2026-11-11T02:00:00.000Z');
  let counter = 0;
  const byNumber = new Map<string, WorldWaybill>();
  const byRef = new Map<string, WorldWaybill>();
  const faults: CarrierMockFaultKind[] = [];
  const log: { operation: string; ok: boolean }[] = [];
  const nextNumber = () => {
    counter += 1;
    return `${options.prefix}${String(counter).padStart(options.digits, '0')}`;
  };
  const last = options.timeline.at(-1);
  const world: MockCarrierWorld = {
    nowMs: () => now,
    advance(ms) {
      now += ms;
    },
    deliveryAfterMs: () => last?.afterMs ?? 0,
    create(reference, parcels) {
      const existing = byRef.get(reference);
      if (existing !== undefined) return { waybill: existing, duplicate: true };
      const trackingNumber = nextNumber();
      const children = Array.from({ length: Math.max(0, parcels - 1) }, nextNumber);
      const waybill: WorldWaybill = {
        reference,
        trackingNumber,
        childTrackingNumbers: children,
        cancelled: false,
        createdAtMs: now,
        extra: [],
      };
      byRef.set(reference, waybill);
      for (const number of [trackingNumber, ...children]) byNumber.set(number, waybill);
      return { waybill, duplicate: false };
    },
    waybill: (trackingNumber) => byNumber.get(trackingNumber),
    byReference: (reference) => byRef.get(reference),
    cancel(key) {
      const waybill = byNumber.get(key) ?? byRef.get(key);
      if (waybill === undefined) return 'not_found';
      if (world.events(waybill.trackingNumber).length > 0) return 'collected';
      const cancelled: WorldWaybill = { ...waybill, cancelled: true };
      byRef.set(waybill.reference, cancelled);
      for (const number of [waybill.trackingNumber, ...waybill.childTrackingNumbers])
        byNumber.set(number, cancelled);
      return 'ok';
    },
    events(trackingNumber) {
      const waybill = byNumber.get(trackingNumber);
      if (waybill === undefined || waybill.cancelled) return [];
      const steps = options.timeline
        .filter((step) => waybill.createdAtMs + step.afterMs <= now)
        .map((step) => ({
          code: step.code,
          text: step.text,
          location: step.location,
          atMs: waybill.createdAtMs + step.afterMs,
        }));
      return [...steps, ...waybill.extra].sort((a, b) => a.atMs - b.atMs);
    },
    appendUnknown(trackingNumber) {
      const event = { code: options.unknownCode, text: '模拟的未知状态', location: '模拟网点', atMs: now };
      byNumber.get(trackingNumber)?.extra.push(event);
      return { code: event.code, text: event.text };
    },
    injectFaults(kind, count) {
      for (let index = 0; index < count; index++) faults.push(kind);
    },
    takeFault: () => faults.shift(),
    record(operation, ok) {
      log.push({ operation, ok });
    },
    calls: () => [...log],
  };
  return world;
}

const hour = 60 * 60 * 1000;

/** Hours as ms, for timelines. */
export function hours(count: number): number {
  return count * hour;
}
