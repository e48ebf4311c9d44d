import type { Money } from '../schema/money';
import type { ParcelDimensions } from '../schema/shipment';
import type { PushRequest } from './channel-adapter';
import type { Clock, Logger } from './common';

/** What a carrier adapter supports. */
export interface CarrierCapabilities {
  readonly quote: boolean;
  readonly createWaybill: boolean;
  readonly track: boolean;
  readonly cancel: boolean;
  readonly push: boolean;
  /** Several parcels under one mother waybill. */
  readonly multiParcel: boolean;
  readonly cod: boolean;
  readonly insurance: boolean;
}

/** Settings every carrier factory accepts (each adds its credentials). */
export interface CarrierAdapterBaseSettings {
  baseUrl?: string;
  rateLimit?: { requestsPerSecond?: number; concurrency?: number };
  fetch?: typeof globalThis.fetch;
  clock?: Clock;
  logger?: Logger;
}

/** A sender or receiver for a waybill. PII here is the host's, passed through, never logged. */
export interface WaybillParty {
  readonly name: string;
  readonly phone: string;
  readonly province: string;
  readonly provinceCode?: string;
  readonly city: string;
  readonly district: string;
  readonly detail: string;
  readonly company?: string;
}

/** A request to quote or create a waybill. */
export interface ShipmentRequest {
  /** The host's reference (order id), used as the carrier's order id for idempotency. */
  readonly reference: string;
  readonly sender: WaybillParty;
  readonly receiver: WaybillParty;
  readonly parcels: readonly ParcelDimensions[];
  /** Cargo description (`服装`). */
  readonly cargo: string;
  /** The carrier's product or service code (`SF 标快`), when a choice exists. */
  readonly serviceCode?: string;
  readonly cashOnDelivery?: Money;
  readonly insuredValue?: Money;
}

/** A price and promise for a shipment. */
export interface CarrierQuote {
  readonly carrierCode: string;
  readonly serviceCode?: string;
  readonly price: Money;
  /** Promised transit time in days. */
  readonly promisedDays?: number;
  /** Chargeable weight used, in grams. */
  readonly chargeableWeightGrams?: number;
}

/** A created waybill. */
export interface Waybill {
  readonly carrierCode: string;
  readonly reference: string;
  /** The mother (or only) waybill number. */
  readonly trackingNumber: string;
  /** Child waybill numbers for further parcels. */
  readonly childTrackingNumbers: readonly string[];
  /** Label data for printing (routing code, sorting codes), carrier-specific. */
  readonly label?: Readonly<Record<string, string>>;
}

/** The unified tracking states. */
export type TrackingStatus =
  | 'collected'
  | 'in_transit'
  | 'arrived_at_station'
  | 'out_for_delivery'
  | 'delivered'
  | 'failed_delivery'
  | 'returned'
  | 'exception'
  | 'unknown';

/** One tracking event, with the carrier's own code and text kept. */
export interface TrackingEvent {
  readonly carrierCode: string;
  readonly trackingNumber: string;
  readonly status: TrackingStatus;
  /** ISO instant. */
  readonly at: string;
  readonly location?: string;
  readonly carrierStatusCode: string;
  readonly carrierText: string;
}

/** A carrier adapter. Made by a factory (`createSfCarrier(settings)`). */
export interface CarrierAdapter {
  readonly specificationVersion: 'v1';
  readonly carrierCode: string;
  readonly capabilities: CarrierCapabilities;
  quote?(request: ShipmentRequest, options?: { signal?: AbortSignal }): Promise<readonly CarrierQuote[]>;
  createWaybill?(request: ShipmentRequest, options?: { signal?: AbortSignal }): Promise<Waybill>;
  track?(trackingNumber: string, options?: { signal?: AbortSignal }): Promise<readonly TrackingEvent[]>;
  cancel?(
    waybill: { reference: string; trackingNumber: string },
    options?: { signal?: AbortSignal },
  ): Promise<void>;
  /** Verifies and parses a push; throws `invalid_signature` on a bad signature. */
  parsePush?(request: PushRequest): Promise<{
    events: readonly TrackingEvent[];
    reply: { status: number; headers?: Record<string, string>; body: string };
  }>;
}
