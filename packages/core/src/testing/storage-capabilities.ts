/**
 * The capabilities the storage conformance suite checks, one `describe` each. An implementation
 * that does not provide one opts out with a reason (see `StorageConformanceOptions.skip`).
 *
 * - `orders`: OrderStore compare-and-set, listing, copies, concurrent writers.
 * - `afterSales`: AfterSaleStore, likewise.
 * - `afterSaleCases`: AfterSaleCaseStore (optional store): cases with their history round-trip
 *   whole, compare-and-set, concurrent writers, listing by order.
 * - `afterSaleCaseListing`: `AfterSaleCaseStore.listOpen` (optional method): open cases across
 *   orders by id, paged.
 * - `quarantine`: QuarantineStore keeps the first payload per id, lists oldest first.
 * - `cursors`: CursorStore leases (exclusive, expiry, renewal, release, concurrent acquirers)
 *   and fencing of `saveCursor`.
 * - `outbox`: OutboxStore enqueue, claim (due only, expiry, concurrent claimers), complete, fail.
 * - `outboxCancel`: `OutboxStore.cancel` (optional method): a pending entry is removed unrun;
 *   anything else is refused; of a cancel racing a claim, exactly one wins.
 * - `outboxPurge`: `OutboxStore.purge` (optional method): done entries created before a time are
 *   deleted, oldest first, up to a limit; nothing else is touched.
 * - `inventory`: InventoryStore reserve, deduct, release, adjust and their idempotency.
 * - `inventoryQuotas`: per-channel quotas enforced inside `reserve` (setChannelQuota,
 *   transferChannelQuota, listChannelQuotas), including under concurrent callers.
 * - `inventoryConcurrency`: InventoryStore under concurrent callers (racing reservations,
 *   mixed operations, one key sent many times at once).
 * - `inventoryModel`: a fast-check property comparing random operation sequences against a model
 *   (needs `fast-check` installed in the host).
 */
export const storageCapabilities = [
  'orders',
  'afterSales',
  'afterSaleCases',
  'afterSaleCaseListing',
  'quarantine',
  'cursors',
  'outbox',
  'outboxCancel',
  'outboxPurge',
  'inventory',
  'inventoryQuotas',
  'inventoryConcurrency',
  'inventoryModel',
] as const;

/** One capability of the storage conformance suite. */
export type StorageCapability = (typeof storageCapabilities)[number];

/**
 * Opt-outs: capability -> why this implementation does not provide it. The reason shows in the
 * skipped block's title, so a skipped capability is never silent.
 *
 * @example
 * skip: { inventoryModel: 'covered by the PostgreSQL property test in this package' }
 */
export type StorageCapabilitySkips = { readonly [C in StorageCapability]?: string };
