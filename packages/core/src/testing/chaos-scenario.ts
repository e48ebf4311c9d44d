import { http } from 'msw';
import { setupServer } from 'msw/node';
import type { Clock } from '../contracts/common';
import type { Lease, OmsStores } from '../contracts/stores';
import { createOms } from '../runtime/create-oms';
import type { OmsProgressEvent } from '../runtime/oms-types';
import { createMemoryStores } from '../stores/memory-stores';
import type { ChannelConformanceFixture, MockFaultKind } from './channel-mock-controls';

/** Options of {@link runChaosScenario}. */
export interface ChaosScenarioOptions {
  /**
   * A fresh mock platform with an adapter wired to it (the same fixture the conformance suite
   * uses). The scenario serves its handlers on an msw server of its own, behind a handler that
   * injects the faults and crashes, so no other msw server may be listening meanwhile.
   */
  fixture: ChannelConformanceFixture;
  /** Orders created over the simulated day. */
  orders: number;
  /** Share of gateway calls that fail with an injected fault (0.1 = 10%). */
  faultRate: number;
  /** Seed of the scenario's pseudo-random choices, so a failing run can be replayed. */
  seed?: number;
  /** Share of orders modified again during the day (default 0.2). */
  modifyRate?: number;
  /** Share of orders that get a ship effect through the outbox (default 0.05). */
  shipRate?: number;
  /** Storage (default: fresh in-memory stores). */
  stores?: OmsStores;
  /** Receives the runtime's progress events. */
  onProgress?: (event: OmsProgressEvent) => void;
}

/** What a chaos run saw and how the store compared with the platform's truth at the end. */
export interface ChaosReport {
  ordersOnPlatform: number;
  ordersStored: number;
  missing: string[];
  extra: string[];
  outdated: string[];
  callsServed: number;
  callsFailed: number;
  workerCrashes: number;
  syncRuns: number;
  pushesSent: number;
  effectsEnqueued: number;
  effectsShippedOnce: number;
  effectsShippedTwice: number;
  effectsParked: number;
  elapsedMs: number;
}

function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

const hour = 3_600_000;
const faultKinds: readonly MockFaultKind[] = ['server_error', 'throttle', 'timeout', 'server_error'];

/**
 * Runs a simulated trading day against a mock platform while it misbehaves, and compares the
 * store with the platform's truth. Orders arrive hour by hour; some are modified later, some
 * while the runtime pages; a share of calls fail (server errors, throttling, timeouts, token
 * expiry); pushes (where the platform pushes) arrive duplicated and out of order; the worker
 * crashes mid-sync without releasing its lease and a second worker takes over once the lease
 * expires; ship effects run through the outbox while faults continue. Returns a report; the
 * caller asserts on it (nothing missing, extra or outdated, every effect shipped exactly once).
 */
export async function runChaosScenario(options: ChaosScenarioOptions): Promise<ChaosReport> {
  const started = Date.now();
  const { fixture } = options;
  const { platform, adapter, shopId } = fixture;
  const random = prng(options.seed ?? 20261111);
  const stores = options.stores ?? createMemoryStores();
  const clock: Clock = { now: () => Date.parse(platform.now()) };
  const dayStart = clock.now();
  const report: ChaosReport = {
    ordersOnPlatform: 0,
    ordersStored: 0,
    missing: [],
    extra: [],
    outdated: [],
    callsServed: 0,
    callsFailed: 0,
    workerCrashes: 0,
    syncRuns: 0,
    pushesSent: 0,
    effectsEnqueued: 0,
    effectsShippedOnce: 0,
    effectsShippedTwice: 0,
    effectsParked: 0,
    elapsedMs: 0,
  };
  const leaseTtlMs = 60_000;
  let worker = 0;
  let callsUntilCrash = -1;
  const abort = { controller: new AbortController() };

  const injectRandomFault = () => {
    if (random() < options.faultRate) {
      const kind =
        random() < 0.05
          ? 'token_expired'
          : (faultKinds[Math.floor(random() * faultKinds.length)] ?? 'server_error');
      if (kind === 'token_expired') platform.expireToken(shopId);
      else platform.injectFaults(kind, 1);
    }
  };

  const makeWorker = (leakLease: boolean) => {
    worker += 1;
    // A crashed worker never releases its lease: the next worker must wait for it to expire.
    const workerStores: OmsStores = leakLease
      ? { ...stores, cursors: { ...stores.cursors, releaseLease: (_lease: Lease) => undefined } }
      : stores;
    return createOms({
      channels: [adapter],
      shops: [{ channel: adapter.channel, shopId, syncFrom: new Date(dayStart - hour).toISOString() }],
      stores: workerStores,
      clock,
      workerId: `chaos-worker-${worker}`,
      leaseTtlMs,
      overlapMs: 5 * 60_000,
      effectBackoffMs: 10,
      maxBackoffMs: 10,
      maxEffectAttempts: 50,
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
  };

  const syncUntilDone = async () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      report.syncRuns += 1;
      const crashing = random() < 0.25;
      callsUntilCrash = crashing ? 1 + Math.floor(random() * 2) : -1;
      abort.controller = new AbortController();
      const oms = makeWorker(crashing);
      try {
        const [result] = await oms.sync({ signal: abort.controller.signal }).finally(() => {
          callsUntilCrash = -1;
        });
        if (result?.status === 'synced') return;
        // Someone (a crashed worker) still holds the lease: wait for it to expire.
        platform.advance(leaseTtlMs + 1000);
      } catch {
        report.workerCrashes += 1;
        if (crashing) platform.advance(leaseTtlMs + 1000);
      }
    }
    throw new Error('sync never completed in 50 attempts');
  };

  // Every gateway call passes this handler first: it may arm a fault the mock then serves in the
  // platform's own error envelope, or crash the worker; returning nothing hands the request on.
  const chaosHandler = http.all('*', () => {
    injectRandomFault();
    if (callsUntilCrash > 0) {
      callsUntilCrash -= 1;
      if (callsUntilCrash === 0) abort.controller.abort(new Error('worker crashed'));
    }
    return undefined;
  });
  const server = setupServer(chaosHandler, ...fixture.handlers);
  server.listen({ onUnhandledFrame: 'error' });
  try {
    return await runDay();
  } finally {
    server.close();
  }

  async function runDay(): Promise<ChaosReport> {
    const hours = 24;
    const perHour = Math.ceil(options.orders / hours);
    const pushes: { platformOrderId: string }[] = [];
    let created = 0;
    for (let h = 0; h < hours && created < options.orders; h += 1) {
      const count = Math.min(perHour, options.orders - created);
      const from = clock.now();
      platform.advance(hour);
      const to = clock.now();
      const ids = platform.seedOrders(shopId, count, {
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
      });
      created += ids.length;
      for (const id of ids) {
        if (random() < (options.modifyRate ?? 0.2)) {
          platform.touchOrder(shopId, id);
          pushes.push({ platformOrderId: id });
        }
      }
      platform.modifyDuringPaging(shopId, Math.min(3, Math.floor(count / 10)));
      await syncUntilDone();
      if (platform.signedOrderPush !== undefined && adapter.parsePush !== undefined && pushes.length > 0) {
        const oms = makeWorker(false);
        const batch = pushes.splice(0, pushes.length);
        const requests = batch.flatMap(({ platformOrderId }) => {
          const request = platform.signedOrderPush?.(shopId, platformOrderId);
          return request === undefined ? [] : random() < 0.3 ? [request, request] : [request];
        });
        for (let i = requests.length - 1; i > 0; i -= 1) {
          const j = Math.floor(random() * (i + 1));
          [requests[i], requests[j]] = [
            requests[j] as (typeof requests)[number],
            requests[i] as (typeof requests)[number],
          ];
        }
        for (const request of requests) {
          report.pushesSent += 1;
          for (let attempt = 0; ; attempt += 1) {
            try {
              await oms.ingestPush(adapter.channel, request);
              break;
            } catch (error) {
              // The platform redelivers a push we failed to take; so do we, a few times.
              if (attempt >= 10) throw error;
            }
          }
        }
      }
    }
    // A last sync after the day has settled, the way a scheduler keeps syncing.
    platform.advance(10 * 60_000);
    await syncUntilDone();

    const truth = platform.orders(shopId);
    const shipping = truth.filter(() => random() < (options.shipRate ?? 0.05));
    const outboxWorker = makeWorker(false);
    for (const [index, order] of shipping.entries()) {
      await outboxWorker.enqueueEffect({
        key: `chaos-ship:${order.platformOrderId}`,
        kind: 'channel.ship',
        payload: {
          channel: adapter.channel,
          shopId,
          platformOrderId: order.platformOrderId,
          parcels: [{ carrierCode: 'SF', trackingNumber: `SF${String(9_000_000_000 + index)}` }],
        },
      });
      report.effectsEnqueued += 1;
    }
    for (let pass = 0; pass < 200; pass += 1) {
      const run = await outboxWorker.runOutbox({ limit: 25 });
      if (run.claimed === 0 && (await stores.outbox.list('pending')).length === 0) break;
      platform.advance(1000);
    }
    report.effectsParked = (await stores.outbox.list('parked')).length;
    for (const order of shipping) {
      const tracking = platform.shippedTrackingNumbers(shopId, order.platformOrderId);
      if (tracking.length === 1) report.effectsShippedOnce += 1;
      else if (tracking.length > 1) report.effectsShippedTwice += 1;
    }

    const stored = new Map(
      (await listAll(stores))
        .filter((order) => order.shopId === shopId)
        .map((order) => [order.platformOrderId, order]),
    );
    report.ordersOnPlatform = truth.length;
    report.ordersStored = stored.size;
    const truthIds = new Set(truth.map((row) => row.platformOrderId));
    for (const row of truth) {
      const order = stored.get(row.platformOrderId);
      if (order === undefined) report.missing.push(row.platformOrderId);
      else if (Date.parse(order.platformModifiedAt) !== Date.parse(row.modifiedAt))
        report.outdated.push(row.platformOrderId);
    }
    for (const id of stored.keys()) if (!truthIds.has(id)) report.extra.push(id);
    const calls = platform.calls();
    report.callsServed = calls.length;
    report.callsFailed = calls.filter((call) => !call.ok).length;
    report.elapsedMs = Date.now() - started;
    return report;
  }
}

async function listAll(stores: OmsStores) {
  const all = [];
  let after: string | undefined;
  for (;;) {
    const page = await stores.orders.list({ limit: 1000, ...(after === undefined ? {} : { after }) });
    all.push(...page.map((row) => row.value));
    if (page.length < 1000) return all;
    after = page[page.length - 1]?.value.id;
  }
}
