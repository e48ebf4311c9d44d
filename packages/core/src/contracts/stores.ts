import type { AfterSaleCase } from '../aftersales/after-sale-case';
import type { OmsError } from '../errors/oms-error';
import type { AfterSale } from '../schema/after-sale';
import type { InventoryItem, Reservation } from '../schema/inventory';
import type { Order } from '../schema/order';
import type { MaybePromise } from './common';

/**
 * Storage contracts. Each is small, `MaybePromise`-typed, and states its guarantee; the
 * in-memory stores in core and `@omskit/storage-postgres` implement them, and the conformance
 * suite in `@omskit/core/testing` checks any implementation through raw readers.
 *
 * Revisions: every record carries a `revision` that the store increments on each write. Writers
 * pass the revision they read (`expectedRevision`, 0 for "must not exist yet"), and a store
 * accepts the write only if it still matches: compare-and-set, so two workers never overwrite
 * each other's update unseen.
 */

/** A record with the store's revision. */
export interface Revisioned<T> {
  readonly value: T;
  /** 1 after the first write, +1 on every write. */
  readonly revision: number;
}

/** The outcome of a compare-and-set write. */
export type CasResult =
  | { readonly ok: true; readonly revision: number }
  | { readonly ok: false; readonly reason: 'revision_mismatch'; readonly currentRevision: number };

/** Filters for listing orders. */
export interface OrderQuery {
  channel?: string;
  shopId?: string;
  /** Any of these statuses; an empty list matches nothing. */
  status?: readonly Order['status'][];
  /** Only orders whose platformModifiedAt >= this instant. */
  modifiedSince?: string;
  /** Page size (default 100). */
  limit?: number;
  /** Continue after this order id (ids sort ascending by UTF-16 code unit; PostgreSQL: `COLLATE "C"`). */
  after?: string;
}

/** Stores unified orders. */
export interface OrderStore {
  readonly specificationVersion: 'v1';
  /** The order with its revision, or undefined. Reads its own writes. */
  get(orderId: string): MaybePromise<Revisioned<Order> | undefined>;
  /**
   * Writes `order` if the stored revision equals `expectedRevision` (0: the order must not
   * exist). Atomic per order; a mismatch changes nothing and reports the current revision.
   */
  put(order: Order, expectedRevision: number): MaybePromise<CasResult>;
  /** Orders matching the query, ordered by id ascending. */
  list(query?: OrderQuery): MaybePromise<readonly Revisioned<Order>[]>;
}

/** Stores unified after-sales. Same revision rules as {@link OrderStore}. */
export interface AfterSaleStore {
  readonly specificationVersion: 'v1';
  get(afterSaleId: string): MaybePromise<Revisioned<AfterSale> | undefined>;
  /** Compare-and-set write, atomic per after-sale. */
  put(afterSale: AfterSale, expectedRevision: number): MaybePromise<CasResult>;
  /** Every after-sale of an order, ordered by id. */
  listByOrder(orderId: string): MaybePromise<readonly Revisioned<AfterSale>[]>;
}

/**
 * The working record of each after-sale: the after-sale with its transition history, decisions,
 * receipts, inspections, refund payment and settlement (`AfterSaleCase` from the after-sales
 * module), so the support view can show every step. Optional in {@link OmsStores} (added within
 * v1): the after-sales desk of the runtime needs it. Guarantees as for {@link AfterSaleStore}:
 * compare-and-set on revision, atomic per case.
 */
export interface AfterSaleCaseStore {
  readonly specificationVersion: 'v1';
  get(afterSaleId: string): MaybePromise<Revisioned<AfterSaleCase> | undefined>;
  /** Compare-and-set write of the case under its after-sale's id. */
  put(afterSaleCase: AfterSaleCase, expectedRevision: number): MaybePromise<CasResult>;
  /** Every case of an order, ordered by after-sale id. */
  listByOrder(orderId: string): MaybePromise<readonly Revisioned<AfterSaleCase>[]>;
  /**
   * Cases whose after-sale is not `closed` (refused ones included: the buyer may still
   * escalate), ordered by after-sale id (UTF-16 code units; PostgreSQL `COLLATE "C"`), at most
   * `limit` (default 100) after the id `after`. The work queue of the support desk and the input
   * of its SLA alerts. Optional (added within v1): the desk's `alerts` needs it.
   */
  listOpen?(query?: AfterSaleCaseQuery): MaybePromise<readonly Revisioned<AfterSaleCase>[]>;
}

/** Paging of {@link AfterSaleCaseStore.listOpen}. */
export interface AfterSaleCaseQuery {
  /** Page size (default 100). */
  limit?: number;
  /** Continue after this after-sale id. */
  after?: string;
}

/** A payload that could not be mapped, kept for a person to inspect. */
export interface QuarantinedPayload {
  id: string;
  /** Where it came from: `pull:<channel>:<shop>`, `push:<channel>`, `import:<file>`. */
  source: string;
  /** The platform id of the order or after-sale, when it could be read. */
  platformId?: string;
  /** The error's code, message and path, as plain data. */
  error: { code: OmsError['code']; message: string; path?: readonly (string | number)[] };
  /** The raw payload, as received. */
  raw: unknown;
  at: string;
}

/** Keeps payloads that failed mapping, so nothing received is ever silently lost. */
export interface QuarantineStore {
  readonly specificationVersion: 'v1';
  /** Stores the payload; the same id twice keeps the first. Durable once it returns. */
  put(item: QuarantinedPayload): MaybePromise<void>;
  /** Every quarantined payload, oldest first (by `at`, ties by id). */
  list(): MaybePromise<readonly QuarantinedPayload[]>;
  /** Removes it once a person has dealt with it; false when it was not there. */
  remove(id: string): MaybePromise<boolean>;
}

/** A lease: exclusive ownership of a named resource until `expiresAt`. */
export interface Lease {
  readonly key: string;
  readonly owner: string;
  /** Opaque fencing token; every write under the lease must present it. */
  readonly token: string;
  /** Epoch ms; the lease is held while `now < expiresAt`. */
  readonly expiresAt: number;
}

/** A shop's sync position. */
export interface SyncCursor {
  /** Everything modified before this instant (ISO) has been stored. */
  readonly syncedUntil: string;
  /** Free-form adapter state (a page token), when a window is in progress. */
  readonly state?: Readonly<Record<string, string>>;
}

/**
 * Sync cursors per shop, with leases so several workers can share shops without two syncing
 * the same shop at once.
 */
export interface CursorStore {
  readonly specificationVersion: 'v1';
  /**
   * Takes the lease on `key` for `owner` until `now + ttlMs` if it is free, expired, or
   * already held by `owner` (then it is renewed with a new token). Atomic: of several
   * concurrent callers at most one gets a lease. Returns undefined when another owner holds it.
   */
  acquireLease(key: string, owner: string, ttlMs: number, now: number): MaybePromise<Lease | undefined>;
  /**
   * Extends a lease still held under `token` (the token stays the same); undefined when it was
   * lost: taken over, released, or expired at `now` even if nobody took it.
   */
  renewLease(lease: Lease, ttlMs: number, now: number): MaybePromise<Lease | undefined>;
  /** Gives the lease up; a no-op when it is no longer held under this token. */
  releaseLease(lease: Lease): MaybePromise<void>;
  /** The stored cursor, or undefined before the first sync. */
  getCursor(key: string): MaybePromise<SyncCursor | undefined>;
  /**
   * Saves the cursor only if `lease` is still the current, unexpired lease at `now`
   * (fencing). Returns false, changing nothing, when the lease was lost.
   */
  saveCursor(key: string, cursor: SyncCursor, lease: Lease, now: number): MaybePromise<boolean>;
}

/** Where an outbox effect stands. */
export type OutboxState = 'pending' | 'running' | 'done' | 'parked';

/** An effect stored before it runs: the outbox row. */
export interface OutboxEntry {
  /** Unique idempotency key of the effect: the same key is enqueued once. */
  readonly key: string;
  /** What to do (`channel.ship`, `finance.refund-ticket`, ...). */
  readonly kind: string;
  /** The effect's data, JSON-serialisable. */
  readonly payload: unknown;
  readonly state: OutboxState;
  /** Attempts made so far: every claim counts one, so a worker that dies mid-run uses one up. */
  readonly attempts: number;
  /** Epoch ms before which it must not run (backoff). */
  readonly runAfter: number;
  /** Last error, as plain data. */
  readonly lastError?: { code: string; message: string };
  /** The result of the successful run, when done. */
  readonly result?: unknown;
  /** Lease owner and expiry while running. */
  readonly claimedBy?: string;
  readonly claimExpiresAt?: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/**
 * The outbox: effects are stored before they run, claimed by one worker at a time, and end
 * `done` or `parked` for a person.
 */
export interface OutboxStore {
  readonly specificationVersion: 'v1';
  /**
   * Stores a new pending effect. Idempotent by key: enqueuing an existing key changes nothing
   * and returns the existing entry with `created: false`.
   */
  enqueue(
    effect: { key: string; kind: string; payload: unknown; runAfter?: number },
    now: number,
  ): MaybePromise<{ created: boolean; entry: OutboxEntry }>;
  /**
   * Claims up to `limit` entries that are pending and due (`runAfter <= now`), or running with
   * an expired claim, marking them running for `owner` until `now + leaseMs`. Atomic: no
   * entry is claimed by two workers with overlapping claims. Oldest first.
   */
  claim(owner: string, limit: number, leaseMs: number, now: number): MaybePromise<readonly OutboxEntry[]>;
  /**
   * Marks a claimed entry done with its result; false when `owner` no longer holds the claim.
   * The claim must be unexpired at `now`: after expiry the entry may be claimed again, so a late
   * result is refused and the effect runs again (effects are idempotent by key).
   */
  complete(key: string, owner: string, result: unknown, now: number): MaybePromise<boolean>;
  /**
   * Records a failed attempt: back to pending with `runAfter` when `retryAt` is given, else
   * parked with the error. False when `owner` no longer holds an unexpired claim (as for `complete`).
   */
  fail(
    key: string,
    owner: string,
    error: { code: string; message: string },
    retryAt: number | undefined,
    now: number,
  ): MaybePromise<boolean>;
  /**
   * Withdraws a pending entry: it is removed and never runs. For a safety net that turned out not
   * to be needed (the runtime enqueues a delayed pipeline re-run before storing an order and
   * withdraws it once the pipeline has run), so such entries do not pile up. False when the entry
   * is missing or not pending (claimed, done or parked): then it runs, or ran, as usual. Optional
   * (added within v1): without it the runtime stores orders without that safety net.
   */
  cancel?(key: string): MaybePromise<boolean>;
  /**
   * Deletes up to `limit` (default 1000) `done` entries created before `before`, oldest first, and
   * returns how many it deleted. Run it on a schedule so the outbox does not keep every effect for
   * good; pending, running and parked entries are never touched (parked ones wait for a person).
   * A key deleted this way can be enqueued again as new, so keep `before` well behind anything that
   * could still be retried under the same key. Optional (added within v1).
   */
  purge?(before: number, limit?: number): MaybePromise<number>;
  /** One entry by key. */
  get(key: string): MaybePromise<OutboxEntry | undefined>;
  /** Entries in a state, oldest first (by `createdAt`, ties by key; `claim` orders the same way). */
  list(state: OutboxState, limit?: number): MaybePromise<readonly OutboxEntry[]>;
}

/** One line of a reservation plan: take `quantity` of `sku` from `warehouseId` for an order line. */
export interface ReservationPlanLine {
  readonly lineId: string;
  readonly sku: string;
  readonly warehouseId: string;
  readonly quantity: number;
}

/** A reservation plan: all lines or none. */
export interface ReservationPlan {
  /** Idempotency key: the same key returns the first result and changes nothing more. */
  readonly key: string;
  readonly orderId: string;
  readonly channel?: string;
  readonly lines: readonly ReservationPlanLine[];
}

/**
 * Why a plan line could not be met. Lines are taken in plan order: a line that fits takes its
 * units, one that does not is listed with `available` = what its row had left for it after the
 * earlier lines that fit (0 for a row that does not exist), so a router can move exactly the
 * listed lines elsewhere.
 */
export interface StockShortage {
  readonly lineId: string;
  readonly sku: string;
  readonly warehouseId: string;
  readonly requested: number;
  readonly available: number;
}

/** A SKU whose channel quota a plan would exceed. */
export interface QuotaShortage {
  readonly sku: string;
  readonly channel: string;
  /** Units of the SKU the plan asks for, over all its lines. */
  readonly requested: number;
  /** What the channel could still take: quota less reserved. */
  readonly headroom: number;
}

/** A channel's quota of one SKU (over all its warehouses) and the units it holds against it. */
export interface ChannelQuotaState {
  readonly sku: string;
  readonly channel: string;
  /** Units promised to the channel, including those it holds in open reservations. */
  readonly quota: number;
  /** Units the channel holds in open reservations of the SKU. */
  readonly reserved: number;
}

/** The outcome of applying a reservation plan. */
export type ReservationResult =
  | { readonly ok: true; readonly reservations: readonly Reservation[]; readonly replayed: boolean }
  | {
      readonly ok: false;
      readonly reason: 'insufficient_stock';
      readonly shortages: readonly StockShortage[];
      readonly replayed: boolean;
    }
  | {
      readonly ok: false;
      /**
       * The plan's channel has a quota for some of its SKUs and not enough headroom left. Checked
       * before stock; nothing changed.
       */
      readonly reason: 'quota_exceeded';
      /** Every SKU short of quota, ordered by SKU (UTF-16 code units). */
      readonly quotaShortages: readonly QuotaShortage[];
      readonly replayed: boolean;
    };

/** A change to on-hand stock (receipt, stock count, damage) with its reason. */
export interface StockAdjustment {
  /** Idempotency key. */
  readonly key: string;
  readonly sku: string;
  readonly warehouseId: string;
  /** Units added (positive) or removed (negative). */
  readonly delta: number;
  readonly reason: 'receipt' | 'stock_count' | 'damage' | 'return_restock' | 'transfer' | 'correction';
  readonly note?: string;
}

/** The outcome of deducting, releasing or adjusting. */
export type StockChangeResult =
  | { readonly ok: true; readonly replayed: boolean }
  | {
      readonly ok: false;
      readonly reason:
        | 'not_found'
        | 'insufficient_reserved'
        | 'would_go_negative'
        | 'key_conflict'
        /** A channel quota would fall below what the channel holds. */
        | 'below_reserved';
      readonly replayed: boolean;
    };

/**
 * The central stock pool. Guarantees: applying a plan is atomic (all lines or none) and never
 * takes `onHand - reserved - safetyStock` below zero for any row; every write is idempotent by
 * key (the same key returns the first result and changes nothing more); `reserved` always equals
 * the sum of `quantity` over open reservations of that row; safe under concurrent callers.
 *
 * Idempotency keys: reserve, deduct, release, adjust and the quota writes (`setChannelQuota`,
 * `transferChannelQuota`) share one namespace. A key remembers its first result, failures
 * included (retry a failed plan under a new key). A key that comes back with a different request
 * gets `key_conflict` from every write but `reserve`, which throws `OmsError` `conflict` (its
 * result type has no such reason). A reservation emptied by a deduct ends `deducted`, by a
 * release `released`.
 */
export interface InventoryStore {
  readonly specificationVersion: 'v1';
  /**
   * Creates or replaces a row's on-hand and safety stock (setup and imports; not idempotent by
   * key). `reserved` is kept; an omitted `safetyStock` keeps the row's (0 for a new row); an
   * `onHand` below `reserved` throws `invalid_input` (release or deduct first).
   */
  setStock(item: {
    sku: string;
    warehouseId: string;
    onHand: number;
    safetyStock?: number;
  }): MaybePromise<void>;
  /** One row, or undefined. */
  getItem(sku: string, warehouseId: string): MaybePromise<InventoryItem | undefined>;
  /** Rows of a SKU (every warehouse), or every row when `sku` is omitted. */
  listItems(sku?: string): MaybePromise<readonly InventoryItem[]>;
  /** Applies a plan atomically and idempotently (see the interface's guarantees). */
  reserve(plan: ReservationPlan, now: number): MaybePromise<ReservationResult>;
  /** Ships `quantity` of an open reservation: onHand and reserved both drop. Idempotent by key. */
  deduct(key: string, reservationId: string, quantity: number, now: number): MaybePromise<StockChangeResult>;
  /** Returns `quantity` of an open reservation to the pool. Idempotent by key. */
  release(key: string, reservationId: string, quantity: number, now: number): MaybePromise<StockChangeResult>;
  /** Changes on-hand stock; refuses to go below reserved. Idempotent by key. */
  adjust(adjustment: StockAdjustment, now: number): MaybePromise<StockChangeResult>;
  /** One reservation by id. */
  getReservation(reservationId: string): MaybePromise<Reservation | undefined>;
  /** Reservations of an order (every state), ordered by id. */
  listReservations(orderId: string): MaybePromise<readonly Reservation[]>;
  /**
   * Sets a channel's quota of a SKU (over all warehouses), enforced by `reserve` from then on:
   * a plan with that `channel` may hold at most `quota` units of the SKU in open reservations; a
   * deduct uses quota up (quota and reserved both drop), a release gives headroom back. Refused
   * with `below_reserved` when the channel already holds more. Idempotent by key. Optional: a
   * store that enforces quotas has `setChannelQuota`, `transferChannelQuota` and
   * `listChannelQuotas`; a SKU or a plan without a quota is not limited.
   */
  setChannelQuota?(
    key: string,
    quota: { sku: string; channel: string; quota: number },
    now: number,
  ): MaybePromise<StockChangeResult>;
  /**
   * Moves `quantity` of one channel's quota of a SKU to another (an emergency transfer),
   * creating the receiving quota at 0 if needed. `not_found` when `from` has no quota,
   * `below_reserved` when its headroom is smaller than `quantity`. Idempotent by key.
   */
  transferChannelQuota?(
    key: string,
    transfer: { sku: string; from: string; to: string; quantity: number },
    now: number,
  ): MaybePromise<StockChangeResult>;
  /** The quotas (of one SKU, or all), ordered by SKU then channel. */
  listChannelQuotas?(sku?: string): MaybePromise<readonly ChannelQuotaState[]>;
}

/** The set of stores a runtime needs. */
export interface OmsStores {
  orders: OrderStore;
  afterSales: AfterSaleStore;
  /** After-sale cases with their history; needed by the runtime's after-sales desk. */
  afterSaleCases?: AfterSaleCaseStore;
  inventory: InventoryStore;
  cursors: CursorStore;
  outbox: OutboxStore;
  quarantine: QuarantineStore;
}
