import type { RequestHandler } from 'msw';
import type { CarrierAdapter, ShipmentRequest } from '../contracts/carrier-adapter';
import type { PushRequest } from '../contracts/channel-adapter';

/** A transient fault a mock carrier can inject into its next calls. */
export type CarrierMockFaultKind = 'server_error' | 'throttle';

/** A waybill as the mock carrier records it. */
export interface CarrierMockWaybill {
  readonly reference: string;
  readonly trackingNumber: string;
  readonly childTrackingNumbers: readonly string[];
  readonly cancelled: boolean;
}

/**
 * The controls every mock carrier (`createSfMockCarrier`, ...) exposes, so one carrier
 * conformance suite can drive any of them. A mock carrier serves msw handlers that behave like the
 * carrier's gateway (signature checks, its own error envelope and codes), assigns waybill
 * numbers, advances each waybill's tracking over simulated time, signs pushes and injects faults.
 *
 * Times are ISO instants. The mock has its own clock (`now`), which tests move forward.
 */
export interface CarrierMockControls {
  /** The carrier's current time. */
  now(): string;
  /** Moves the carrier's clock forward by `ms`; tracking advances with it. */
  advance(ms: number): void;
  /** How long after creation a waybill is delivered on the mock's timeline, in ms. */
  deliveryAfterMs(): number;
  /** The waybill recorded under a tracking number (mother or child), if any. */
  waybill(trackingNumber: string): CarrierMockWaybill | undefined;
  /**
   * Creates a waybill directly in the carrier's world (as if shipped by someone else), for
   * trackers that cannot create waybills. Returns its tracking number.
   */
  seedWaybill(reference?: string): string;
  /**
   * Appends a tracking event with a code the carrier's table does not know (now), returning the
   * code and text, so a suite can check the event is kept as `unknown` rather than dropped.
   */
  appendUnknownEvent(trackingNumber: string): { code: string; text: string };
  /** The next `count` gateway calls fail with `kind` (then calls behave normally). */
  injectFaults(kind: CarrierMockFaultKind, count: number): void;
  /** Every gateway call the mock served, with the carrier's operation name. */
  calls(): { operation: string; ok: boolean }[];
  /** A correctly signed push of the waybill's latest event (when the carrier pushes). */
  signedTrackingPush?(trackingNumber: string): PushRequest;
  /** The same push with a wrong signature or token (when the carrier pushes). */
  forgedTrackingPush?(trackingNumber: string): PushRequest;
}

/** What a carrier adapter's test gives the carrier conformance suite for each test case. */
export interface CarrierConformanceFixture {
  /** The adapter under test, wired to the mock carrier (injected fetch or msw). */
  carrier: CarrierAdapter;
  /** The mock carrier's controls. */
  mock: CarrierMockControls;
  /** msw handlers of the mock carrier (the suite installs them on its own server). */
  handlers: readonly RequestHandler[];
  /** The shipment to quote and ship; the suite varies its reference and parcels. */
  shipment: ShipmentRequest;
  /** Optional: the same adapter built with a wrong secret, to see signatures refused. */
  carrierWithWrongSecret?: CarrierAdapter;
  cleanup?: () => void | Promise<void>;
}
