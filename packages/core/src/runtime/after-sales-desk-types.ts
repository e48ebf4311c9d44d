import type { AfterSaleCase } from '../aftersales/after-sale-case';
import type { AfterSaleSlaAlert } from '../aftersales/after-sale-deadlines';
import type { AfterSaleEvent } from '../aftersales/after-sale-event';
import type { AfterSalePolicy } from '../aftersales/after-sale-policy';
import type { AfterSalesView, AfterSalesViewInput } from '../aftersales/build-after-sales-view';
import type { AfterSaleFacts } from '../aftersales/check-after-sale-guards';
import type { ChannelAdapter } from '../contracts/channel-adapter';
import type { Clock, IdGenerator, Logger } from '../contracts/common';
import type { OmsStores } from '../contracts/stores';
import type { AfterSale } from '../schema/after-sale';
import type { Order } from '../schema/order';
import type { EffectHandler, ShopRegistration } from './oms-types';

/** Options of `createAfterSalesDesk`. */
export interface AfterSalesDeskOptions {
  /** The same stores the runtime uses; `afterSaleCases` is required here. */
  readonly stores: OmsStores;
  /** The channel adapters (those with `capabilities.afterSales` are pulled). */
  readonly channels: readonly ChannelAdapter[];
  /** The shops whose after-sales to pull. */
  readonly shops: readonly ShopRegistration[];
  /**
   * Guards, auto-decision rules and deadlines. Put each platform's answer times in
   * `platformTimeoutHoursByChannel` so `alerts` warns before a platform decides by itself.
   */
  readonly policy?: AfterSalePolicy;
  /**
   * Handlers for effects omskit cannot carry out itself (buyer notices, the warehouse, the
   * carrier, finance) or that you want to take over. An effect kind with neither a built-in nor a
   * host handler is parked with `unsupported`, never dropped.
   */
  readonly handlers?: Readonly<Record<string, EffectHandler>>;
  /** Facts for the auto-check beyond the order (delivery time, categories, a carrier's loss). */
  readonly facts?: (order: Order, afterSale: AfterSale) => Partial<AfterSaleFacts>;
  /**
   * Close a case by itself once its refund is settled into the order (default true). Set false
   * to leave settled cases in `refunded` for a person to close.
   */
  readonly closeWhenSettled?: boolean;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
  readonly logger?: Logger;
  /** Lease owner name (share it with `createOms` or not; default a random id). */
  readonly workerId?: string;
  /** How long a shop's after-sale lease lasts (default 60 s). */
  readonly leaseTtlMs?: number;
  /** How far each window reaches back over the previous one (default 5 minutes). */
  readonly overlapMs?: number;
  /** Where the first pull starts without `syncFrom` (default one day back). */
  readonly initialLookbackMs?: number;
}

/** What receiving one after-sale snapshot did. */
export type AfterSaleReceiveOutcome =
  | 'opened'
  | 'auto_checked'
  | 'awaiting_order'
  | 'followed'
  | 'jumped'
  | 'updated'
  | 'stale';

/** The report of pulling one shop's after-sales. */
export interface AfterSaleSyncReport {
  readonly channel: string;
  readonly shopId: string;
  /**
   * `failed`: a call or a store threw; `error` says what, and the cursor stays after the last
   * whole window. One shop's failure never stops the others.
   */
  status: 'synced' | 'skipped' | 'unsupported' | 'lease-lost' | 'failed';
  /** Why the shop failed (status `failed` only). */
  error?: { code: string; message: string };
  windows: number;
  received: number;
  quarantined: number;
  /** Outcomes by kind. */
  outcomes: Partial<Record<AfterSaleReceiveOutcome, number>>;
  syncedUntil?: string;
}

/**
 * The after-sales desk: pulls each shop's after-sales, keeps one case per after-sale with its
 * history, runs the automatic check on new requests, follows the platform when it moves first,
 * applies the events people and warehouses report, settles paid refunds into the order (and
 * closes the case), raises SLA alerts, and turns every effect of the machine into an outbox
 * entry with a handler.
 */
export interface AfterSalesDesk {
  /** Pulls every shop's after-sales since its cursor (leased per shop, like order sync). */
  sync(options?: { signal?: AbortSignal }): Promise<AfterSaleSyncReport[]>;
  /**
   * Takes one after-sale snapshot (from a pull, a push or your own fetch). A return tracking
   * number on the platform's record while the case awaits the return means the buyer sent it:
   * the case moves to `return_in_transit`.
   */
  receive(afterSale: AfterSale): Promise<{ outcome: AfterSaleReceiveOutcome; afterSaleCase: AfterSaleCase }>;
  /** Applies an event (approve, receive, inspect, confirm_refund, close ...) to a stored case. */
  apply(afterSaleId: string, event: AfterSaleEvent): Promise<AfterSaleCase>;
  /**
   * Writes a case's paid refund into its order's lines, once. The desk does it by itself through
   * the outbox (`after-sale.settle`) as soon as a refund is paid; call this to do it right away.
   */
  settle(afterSaleId: string): Promise<{ order: Order; afterSaleCase: AfterSaleCase }>;
  /**
   * The support agent's one view of an order, from the stored order and cases, with the outbox
   * state of every effect the cases raised.
   */
  view(orderId: string, extras?: Omit<AfterSalesViewInput, 'order' | 'cases'>): Promise<AfterSalesView>;
  /**
   * SLA alerts over every open case at `nowMs` (default the clock): a platform or seller
   * deadline within the policy's warning hours, or passed. Most urgent first. Call it on a timer.
   *
   * @throws OmsError `unsupported` when the case store has no `listOpen`.
   */
  alerts(nowMs?: number): Promise<AfterSaleSlaAlert[]>;
  /** Outbox handlers for every after-sale effect kind: pass them to `createOms({ effects })`. */
  readonly effects: Readonly<Record<string, EffectHandler>>;
}
