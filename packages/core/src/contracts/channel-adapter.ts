import type { OmsError } from '../errors/oms-error';
import type { AfterSale } from '../schema/after-sale';
import type { MappingWarning } from '../schema/common';
import type { Order } from '../schema/order';
import type { Clock, Logger } from './common';

/** A half-open time range `[from, to)` of ISO instants. */
export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

/** What a channel adapter can do; the core reads these flags and never a platform's name. */
export interface ChannelCapabilities {
  /** Widest window `listOrders` accepts, in ms (Taobao: one day; PDD: 30 minutes). */
  readonly maxOrderWindowMs: number;
  /** How many orders one window can return before it must be split (page limit x pages). */
  readonly maxOrdersPerWindow: number;
  /** `listOrders` returns only a summary; the adapter fetches details itself. Informational. */
  readonly fetchesDetailsPerOrder: boolean;
  /** `ship` supports several parcels for one order (split shipments). */
  readonly splitShipment: boolean;
  /** `listAfterSales` is available. */
  readonly afterSales: boolean;
  /** The after-sale decisions the seller can make through the API. */
  readonly afterSaleDecisions: readonly AfterSaleDecision['action'][];
  /** `parsePush` is available (the platform pushes over HTTP). */
  readonly push: boolean;
  /** `pullMessages`/`confirmMessages` are available (a message queue the client pulls). */
  readonly messagePull: boolean;
  /** `decryptReceivers` is available. */
  readonly decryptReceiver: boolean;
}

/** Settings every channel adapter factory accepts (each adds its own keys). */
export interface ChannelAdapterBaseSettings {
  /** Returns the current access token of a shop. */
  accessToken: (shopId: string) => string | Promise<string>;
  /** Called when the platform says a shop's token expired; returns a fresh one. */
  refreshAccessToken?: (shopId: string) => string | Promise<string>;
  /** The gateway base URL (defaults to the platform's production gateway). */
  baseUrl?: string;
  /** Rate limits for this app: shared by every shop of the app. */
  rateLimit?: { requestsPerSecond?: number; concurrency?: number };
  /** Injected fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  clock?: Clock;
  logger?: Logger;
}

/** One order as an adapter returns it: mapped, or kept raw with the reason it did not map. */
export type ChannelOrderItem =
  | { readonly ok: true; readonly order: Order; readonly warnings: readonly MappingWarning[] }
  | {
      readonly ok: false;
      readonly platformOrderId?: string;
      readonly error: OmsError;
      readonly raw: unknown;
    };

/** One after-sale as an adapter returns it. */
export type ChannelAfterSaleItem =
  | { readonly ok: true; readonly afterSale: AfterSale; readonly warnings: readonly MappingWarning[] }
  | {
      readonly ok: false;
      readonly platformAfterSaleId?: string;
      readonly error: OmsError;
      readonly raw: unknown;
    };

/** A page of results. */
export interface ChannelPage<T> {
  readonly items: readonly T[];
  /** Pass back to get the next page; undefined on the last one. */
  readonly nextPageToken: string | undefined;
  /** Total in the window, when the platform tells. */
  readonly total?: number;
}

/** Parameters of a windowed list call. */
export interface ListWindowParams {
  readonly shopId: string;
  /** Modified-time window; never wider than `capabilities.maxOrderWindowMs`. */
  readonly window: TimeWindow;
  readonly pageToken?: string;
  readonly signal?: AbortSignal;
}

/** One parcel to write back to the platform. */
export interface ShipmentWriteBack {
  /** Unified carrier code (`SF`, `ZTO`, ...). */
  readonly carrierCode: string;
  readonly trackingNumber: string;
  /** The lines in this parcel; omitted means the whole order. */
  readonly lines?: readonly { lineId: string; quantity: number }[];
}

/** A seller's decision on an after-sale. */
export type AfterSaleDecision =
  | { readonly action: 'approve_refund' }
  | { readonly action: 'approve_return'; readonly returnAddressId?: string }
  | { readonly action: 'refuse'; readonly reason: string }
  | { readonly action: 'confirm_return_received' };

/** An incoming HTTP push, as the host's web framework received it. */
export interface PushRequest {
  readonly method: string;
  readonly url?: string;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The raw body, exactly as received (signatures cover the raw bytes). */
  readonly body: string;
}

/** What a push or a pulled message says happened. */
export interface ChannelMessage {
  /** The platform's message id (for de-duplication). */
  readonly messageId: string;
  /** The platform's topic or tag verbatim. */
  readonly topic: string;
  /** The kind the core acts on. `unknown` topics are reported, never dropped. */
  readonly kind: 'order-changed' | 'after-sale-changed' | 'unknown';
  readonly shopId?: string;
  readonly platformOrderId?: string;
  readonly platformAfterSaleId?: string;
  /** The platform's modified time of the entity, when the message carries it. */
  readonly modifiedAt?: string;
  /** The full order when the message carries all of it (else the runtime fetches it). */
  readonly order?: Order;
  /** The message's payload after verification. */
  readonly raw: unknown;
}

/** The result of parsing a push: verified messages plus the reply the platform expects. */
export interface PushParseResult {
  readonly messages: readonly ChannelMessage[];
  /** The HTTP reply to send back to the platform. */
  readonly reply: { status: number; headers?: Record<string, string>; body: string };
}

/** A receiver decrypted for a permitted purpose (printing a waybill). Never log or store it. */
export interface DecryptedReceiver {
  readonly platformOrderId: string;
  readonly name?: string;
  readonly phone?: string;
  readonly address?: string;
}

/**
 * A channel adapter: one platform's API behind one contract. Made by a factory
 * (`createTaobaoAdapter(settings)`), never subclassed.
 */
export interface ChannelAdapter {
  readonly specificationVersion: 'v1';
  /** The channel name (`taobao`, `jd`, `pdd`, `douyin`). */
  readonly channel: string;
  readonly capabilities: ChannelCapabilities;
  /** Orders modified in the window, one page at a time, detailed and mapped. */
  listOrders(params: ListWindowParams): Promise<ChannelPage<ChannelOrderItem>>;
  /** One order by the platform's id. Throws `not_found` when it does not exist. */
  getOrder(params: {
    shopId: string;
    platformOrderId: string;
    signal?: AbortSignal;
  }): Promise<ChannelOrderItem>;
  /** Writes parcels back to the platform (marks the order or lines shipped). */
  ship(params: {
    shopId: string;
    platformOrderId: string;
    parcels: readonly ShipmentWriteBack[];
    signal?: AbortSignal;
  }): Promise<void>;
  /** After-sales modified in the window (when `capabilities.afterSales`). */
  listAfterSales?(params: ListWindowParams): Promise<ChannelPage<ChannelAfterSaleItem>>;
  /** Sends a seller decision (see `capabilities.afterSaleDecisions`). */
  decideAfterSale?(params: {
    shopId: string;
    platformAfterSaleId: string;
    decision: AfterSaleDecision;
    signal?: AbortSignal;
  }): Promise<void>;
  /** Verifies and parses a push; throws `invalid_signature` on a bad signature. */
  parsePush?(request: PushRequest): Promise<PushParseResult>;
  /** Pulls queued messages (when `capabilities.messagePull`). */
  pullMessages?(params: { signal?: AbortSignal }): Promise<readonly ChannelMessage[]>;
  /** Confirms pulled messages so the platform stops redelivering them. */
  confirmMessages?(params: { messageIds: readonly string[]; signal?: AbortSignal }): Promise<void>;
  /** Decrypts receivers for a permitted purpose; the result must not be logged or stored. */
  decryptReceivers?(params: {
    shopId: string;
    orders: readonly Order[];
    purpose: string;
    signal?: AbortSignal;
  }): Promise<readonly DecryptedReceiver[]>;
  /** Turns a platform error body into an OmsError, or undefined when it is not an error. */
  classifyError(body: unknown, httpStatus?: number): OmsError | undefined;
}
