import { describe, expect, it, vi } from 'vitest';
import type { Clock, DomainEnv } from '../contracts/common';
import { OmsError } from '../errors/oms-error';
import { createMemoryStores } from '../stores/memory-stores';
import { createFakeChannel } from './__fixtures__/fake-channel';
import { createOms } from './create-oms';
import type { OmsProgressEvent, PipelineStep } from './oms-types';
import { shopSyncKey } from './sync-shop';

const t0 = Date.parse('2026-11-11T00:00:00.000Z');
const minutes = (n: number) => n * 60_000;
const at = (offsetMs: number) => new Date(t0 + offsetMs).toISOString();

function manualClock(start = t0): Clock & { set(ms: number): void; advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    set: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

function counterIds(): DomainEnv['ids'] {
  let n = 0;
  return { next: (prefix = 'id') => `${prefix}-${++n}` };
}

function setup(options: { pipeline?: PipelineStep[]; workerId?: string } = {}) {
  const fake = createFakeChannel();
  const clock = manualClock(t0 + minutes(120));
  const stores = createMemoryStores();
  const progress: OmsProgressEvent[] = [];
  const oms = createOms({
    channels: [fake.adapter],
    shops: [{ channel: 'fake', shopId: 'shop-1', syncFrom: at(0) }],
    stores,
    clock,
    ids: counterIds(),
    pipeline: options.pipeline ?? [],
    workerId: options.workerId ?? 'worker-a',
    effectBackoffMs: 1000,
    onProgress: (event) => progress.push(event),
  });
  return { fake, clock, stores, oms, progress };
}

describe('createOms sync', () => {
  it('pulls every window from syncFrom to now, pages through them, and saves the cursor', async () => {
    const { fake, stores, oms, progress } = setup();
    for (let i = 0; i < 10; i += 1) fake.put('shop-1', `o${i}`, at(minutes(10 * i + 1)));
    const [report] = await oms.sync();
    expect(report).toMatchObject({ status: 'synced', created: 10, windows: 4, quarantined: 0 });
    expect((await stores.orders.list()).length).toBe(10);
    expect(stores.raw.readCursor(shopSyncKey('fake', 'shop-1'))?.syncedUntil).toBe(at(minutes(120)));
    expect(progress.filter((event) => event.type === 'window-completed')).toHaveLength(4);
  });

  it('overlaps the previous window, stores nothing twice and picks up later changes', async () => {
    const { fake, clock, oms } = setup();
    fake.put('shop-1', 'a', at(minutes(118)));
    await oms.sync();
    fake.put('shop-1', 'a', at(minutes(125)), { sellerMemo: '加急' });
    fake.put('shop-1', 'b', at(minutes(126)));
    clock.advance(minutes(10));
    const [report] = await oms.sync();
    expect(report).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    const [again] = await oms.sync();
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('quarantines what does not map, once, and still moves on', async () => {
    const { fake, stores, oms } = setup();
    fake.put('shop-1', 'good', at(minutes(5)));
    fake.put('shop-1', 'bad', at(minutes(6)));
    fake.breakOrder('bad');
    const [report] = await oms.sync();
    expect(report).toMatchObject({ created: 1, quarantined: 1, status: 'synced' });
    const quarantined = await stores.quarantine.list();
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({
      platformId: 'bad',
      error: { code: 'invalid_input', path: ['payment'] },
    });
    expect(quarantined[0]?.raw).toEqual({ tid: 'bad', payment: '1.234' });
    await oms.sync();
    expect(await stores.quarantine.list()).toHaveLength(1);
  });

  it('leaves the cursor where it was when a window fails, and loses nothing on the next run', async () => {
    const { fake, stores, oms } = setup();
    for (let i = 0; i < 8; i += 1) fake.put('shop-1', `o${i}`, at(minutes(1 + i)));
    fake.failNext(0, new OmsError('network', 'down'));
    const realList = fake.adapter.listOrders.bind(fake.adapter);
    let calls = 0;
    fake.adapter.listOrders = async (params) => {
      calls += 1;
      if (calls === 2) throw new OmsError('platform_rejected', 'boom on page 2');
      return realList(params);
    };
    const [failed] = await oms.sync();
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'platform_rejected' }, windows: 0 });
    expect(failed?.error?.message).toMatch(/page 2/);
    expect(stores.raw.readCursor(shopSyncKey('fake', 'shop-1'))).toBeUndefined();
    expect(stores.raw.readLease(shopSyncKey('fake', 'shop-1'))).toBeUndefined();
    fake.adapter.listOrders = realList;
    const [report] = await oms.sync();
    expect((await stores.orders.list()).length).toBe(8);
    expect(report?.created).toBe(5);
    expect(report?.unchanged).toBe(3);
  });

  it('syncs the other shops when one fails, and reports which failed and why', async () => {
    const fake = createFakeChannel();
    const clock = manualClock(t0 + minutes(120));
    const stores = createMemoryStores();
    const progress: OmsProgressEvent[] = [];
    for (const shopId of ['shop-1', 'shop-2', 'shop-3']) fake.put(shopId, `${shopId}-a`, at(minutes(5)));
    const realList = fake.adapter.listOrders.bind(fake.adapter);
    fake.adapter.listOrders = async (params) => {
      if (params.shopId === 'shop-2') throw new OmsError('auth_expired', 'token of shop-2 expired');
      return realList(params);
    };
    const oms = createOms({
      channels: [fake.adapter],
      shops: ['shop-1', 'shop-2', 'shop-3'].map((shopId) => ({ channel: 'fake', shopId, syncFrom: at(0) })),
      stores,
      clock,
      onProgress: (event) => progress.push(event),
    });
    const reports = await oms.sync();
    expect(reports.map((report) => [report.shopId, report.status, report.created])).toEqual([
      ['shop-1', 'synced', 1],
      ['shop-2', 'failed', 0],
      ['shop-3', 'synced', 1],
    ]);
    expect(reports[1]?.error).toEqual({ code: 'auth_expired', message: 'token of shop-2 expired' });
    expect(progress).toContainEqual({
      type: 'shop-failed',
      channel: 'fake',
      shopId: 'shop-2',
      code: 'auth_expired',
      message: 'token of shop-2 expired',
    });
    expect(stores.raw.readCursor(shopSyncKey('fake', 'shop-2'))).toBeUndefined();
    expect(stores.raw.readLease(shopSyncKey('fake', 'shop-2'))).toBeUndefined();
  });

  it('stops the whole sync when the caller aborts', async () => {
    const { fake, oms } = setup();
    fake.put('shop-1', 'a', at(minutes(1)));
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    await expect(oms.sync({ signal: controller.signal })).rejects.toThrow(/shutting down/);
  });

  it('skips a shop another worker holds, and takes it over when that lease expires', async () => {
    const fake = createFakeChannel();
    const clock = manualClock(t0 + minutes(60));
    const stores = createMemoryStores();
    fake.put('shop-1', 'a', at(minutes(1)));
    const make = (workerId: string) =>
      createOms({
        channels: [fake.adapter],
        shops: [{ channel: 'fake', shopId: 'shop-1', syncFrom: at(0) }],
        stores,
        clock,
        workerId,
        leaseTtlMs: 30_000,
      });
    const held = await stores.cursors.acquireLease(
      shopSyncKey('fake', 'shop-1'),
      'crashed-worker',
      30_000,
      clock.now(),
    );
    expect(held).toBeDefined();
    const [skipped] = await make('worker-b').sync();
    expect(skipped?.status).toBe('skipped');
    clock.advance(31_000);
    const [taken] = await make('worker-b').sync();
    expect(taken).toMatchObject({ status: 'synced', created: 1 });
    // The crashed worker's stale lease can no longer move the cursor.
    const stale = await stores.cursors.saveCursor(
      shopSyncKey('fake', 'shop-1'),
      { syncedUntil: at(0) },
      held!,
      clock.now(),
    );
    expect(stale).toBe(false);
  });

  it('runs the pipeline only on real changes, in order', async () => {
    const seen: string[] = [];
    const steps: PipelineStep[] = [
      {
        name: 'holds',
        run: ({ order, events }) => void seen.push(`holds:${order.platformOrderId}:${events.length}`),
      },
      { name: 'routing', run: ({ order }) => void seen.push(`routing:${order.platformOrderId}`) },
    ];
    const { fake, oms } = setup({ pipeline: steps });
    fake.put('shop-1', 'a', at(minutes(1)));
    await oms.sync();
    await oms.sync();
    expect(seen).toEqual(['holds:a:2', 'routing:a']);
  });

  it('re-runs a failed pipeline step from the outbox instead of forgetting it', async () => {
    let failures = 1;
    const ran: string[] = [];
    const steps: PipelineStep[] = [
      { name: 'holds', run: ({ order }) => void ran.push(`holds:${order.platformOrderId}`) },
      {
        name: 'reserve',
        run: ({ order }) => {
          if (failures-- > 0) throw new OmsError('platform_unavailable', 'stock service down');
          ran.push(`reserve:${order.platformOrderId}`);
        },
      },
    ];
    const { fake, oms, stores, progress } = setup({ pipeline: steps });
    fake.put('shop-1', 'a', at(minutes(1)));
    await oms.sync();
    expect(progress.some((event) => event.type === 'pipeline-failed')).toBe(true);
    expect(await stores.outbox.list('pending')).toHaveLength(1);
    const report = await oms.runOutbox();
    expect(report).toMatchObject({ claimed: 1, done: 1 });
    expect(ran).toEqual(['holds:a', 'reserve:a']);
  });
});

describe('createOms pipeline safety net', () => {
  it('runs the steps of an order whose worker died after storing it', async () => {
    const ran: string[] = [];
    let hang = true;
    const steps: PipelineStep[] = [
      {
        name: 'routing',
        run: async ({ order, events }) => {
          // The first worker "dies" here: the order is stored, its steps never finish.
          if (hang) return new Promise<void>(() => {});
          ran.push(`routing:${order.platformOrderId}:${events.map((event) => event.type).join(',')}`);
        },
      },
    ];
    const fake = createFakeChannel();
    const clock = manualClock(t0 + minutes(120));
    const stores = createMemoryStores();
    const make = (workerId: string) =>
      createOms({
        channels: [fake.adapter],
        shops: [{ channel: 'fake', shopId: 'shop-1', syncFrom: at(0) }],
        stores,
        clock,
        workerId,
        pipeline: steps,
        leaseTtlMs: 30_000,
      });
    fake.put('shop-1', 'a', at(minutes(1)));
    void make('worker-a').sync();
    await vi.waitFor(async () => expect(await stores.orders.get('fake:shop-1:a')).toBeDefined());
    hang = false;
    // Another worker: the lease has expired, the order is already there, so sync sees no change.
    clock.advance(minutes(1));
    const survivor = make('worker-b');
    const [report] = await survivor.sync();
    expect(report).toMatchObject({ status: 'synced', created: 0, unchanged: 1 });
    expect(ran).toEqual([]);
    expect((await survivor.runOutbox()).claimed).toBe(0);
    clock.advance(minutes(15));
    expect(await survivor.runOutbox()).toMatchObject({ claimed: 1, done: 1 });
    expect(ran).toEqual(['routing:a:order-created,order-paid']);
  });

  it('withdraws the safety net once the steps ran, so they never run twice', async () => {
    const ran: string[] = [];
    const { fake, clock, oms, stores } = setup({
      pipeline: [{ name: 'routing', run: ({ order }) => void ran.push(order.platformOrderId) }],
    });
    const enqueued: string[] = [];
    const enqueue = stores.outbox.enqueue.bind(stores.outbox);
    stores.outbox.enqueue = (effect, now) => {
      enqueued.push(effect.kind);
      return enqueue(effect, now);
    };
    fake.put('shop-1', 'a', at(minutes(1)));
    await oms.sync();
    // The re-run was written before the order, and withdrawn (removed) once the steps ran.
    expect(enqueued).toEqual(['pipeline.retry']);
    for (const state of ['pending', 'running', 'done', 'parked'] as const)
      expect(await stores.outbox.list(state)).toEqual([]);
    clock.advance(minutes(60));
    expect((await oms.runOutbox()).claimed).toBe(0);
    expect(ran).toEqual(['a']);
  });

  it('writes no safety net when it is off or there are no steps', async () => {
    const { fake, oms, stores } = setup();
    fake.put('shop-1', 'a', at(minutes(1)));
    await oms.sync();
    expect(await stores.outbox.list('done')).toEqual([]);
    expect(await stores.outbox.list('pending')).toEqual([]);
  });
});

describe('createOms outbox', () => {
  it('writes a shipment back once, retrying a retryable failure with backoff', async () => {
    const { fake, clock, oms, stores } = setup();
    const effect = {
      key: 'ship:a:1',
      kind: 'channel.ship',
      payload: {
        channel: 'fake',
        shopId: 'shop-1',
        platformOrderId: 'a',
        parcels: [{ carrierCode: 'SF', trackingNumber: 'SF1' }],
      },
    };
    await oms.enqueueEffect(effect);
    await oms.enqueueEffect(effect);
    fake.failShip(1, new OmsError('rate_limited', 'slow down', { retryAfterMs: 5000 }));
    expect(await oms.runOutbox()).toMatchObject({ claimed: 1, retrying: 1 });
    expect(await oms.runOutbox()).toMatchObject({ claimed: 0 });
    clock.advance(5000);
    expect(await oms.runOutbox()).toMatchObject({ claimed: 1, done: 1 });
    expect(fake.shipped.get('a')).toEqual([{ carrierCode: 'SF', trackingNumber: 'SF1' }]);
    expect(stores.raw.readOutboxEntry('ship:a:1')?.state).toBe('done');
  });

  it('parks effects that cannot succeed, with the reason', async () => {
    const { fake, oms, stores } = setup();
    fake.failShip(1, new OmsError('platform_rejected', 'order already closed'));
    await oms.enqueueEffect({
      key: 'ship:b:1',
      kind: 'channel.ship',
      payload: { channel: 'fake', shopId: 'shop-1', platformOrderId: 'b', parcels: [] },
    });
    await oms.enqueueEffect({ key: 'mystery:1', kind: 'nobody-handles-this', payload: {} });
    expect(await oms.runOutbox()).toMatchObject({ claimed: 2, parked: 2 });
    const parked = await stores.outbox.list('parked');
    expect(parked.map((entry) => [entry.key, entry.lastError?.code]).sort()).toEqual([
      ['mystery:1', 'unsupported'],
      ['ship:b:1', 'platform_rejected'],
    ]);
  });

  it('parks a retryable effect after the attempt limit', async () => {
    const fake = createFakeChannel();
    const clock = manualClock();
    const oms = createOms({
      channels: [fake.adapter],
      shops: [],
      clock,
      maxEffectAttempts: 2,
      effectBackoffMs: 10,
    });
    fake.failShip(5, new OmsError('network', 'reset'));
    await oms.enqueueEffect({
      key: 's',
      kind: 'channel.ship',
      payload: { channel: 'fake', shopId: 'x', platformOrderId: 'c', parcels: [] },
    });
    expect(await oms.runOutbox()).toMatchObject({ retrying: 1 });
    clock.advance(1000);
    expect(await oms.runOutbox()).toMatchObject({ parked: 1 });
  });

  it('purges done entries past outboxRetentionMs, at most hourly, and nothing else', async () => {
    const fake = createFakeChannel();
    const clock = manualClock();
    const stores = createMemoryStores();
    const day = minutes(24 * 60);
    const oms = createOms({ channels: [fake.adapter], shops: [], clock, stores, outboxRetentionMs: 2 * day });
    const ship = (key: string) =>
      oms.enqueueEffect({
        key,
        kind: 'channel.ship',
        payload: { channel: 'fake', shopId: 'x', platformOrderId: key, parcels: [] },
      });
    await ship('old-1');
    await ship('old-2');
    await oms.enqueueEffect({ key: 'old-parked', kind: 'nobody-handles-this', payload: {} });
    expect(await oms.runOutbox()).toMatchObject({ done: 2, parked: 1, purged: 0 });
    clock.advance(day);
    await ship('mid-1');
    expect(await oms.runOutbox()).toMatchObject({ done: 1, purged: 0 });
    clock.advance(2 * day);
    expect(await oms.runOutbox()).toMatchObject({ purged: 2 });
    expect(await stores.outbox.get('old-1')).toBeUndefined();
    expect((await stores.outbox.get('old-parked'))?.state).toBe('parked');
    expect((await stores.outbox.get('mid-1'))?.state).toBe('done');
    // mid-1 ages past the retention half an hour later, but the last purge was under an hour ago.
    clock.advance(minutes(30));
    expect(await oms.runOutbox()).toMatchObject({ purged: 0 });
    clock.advance(minutes(31));
    expect(await oms.runOutbox()).toMatchObject({ purged: 1 });
    expect(await stores.outbox.get('mid-1')).toBeUndefined();
  });

  it('refuses an outbox retention under a day', () => {
    expect(() => createOms({ channels: [], shops: [], outboxRetentionMs: minutes(60) })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['outboxRetentionMs'] }),
    );
  });
});

describe('createOms push intake', () => {
  const push = (entries: object[], sign = 'ok') => ({
    method: 'POST',
    headers: { 'x-sign': sign },
    body: JSON.stringify(entries),
  });

  it('fetches partial orders, applies them through the upsert, and skips duplicates', async () => {
    const { fake, oms, stores } = setup();
    fake.put('shop-1', 'p1', at(minutes(1)));
    const message = { id: 'm1', topic: 'order', shopId: 'shop-1', orderId: 'p1' };
    const first = await oms.ingestPush('fake', push([message]));
    expect(first.reply.status).toBe(200);
    expect(first.duplicates).toBe(0);
    const again = await oms.ingestPush('fake', push([message]));
    expect(again.duplicates).toBe(1);
    expect(fake.getCalls).toBe(1);
    expect((await stores.orders.list()).map((row) => row.value.platformOrderId)).toEqual(['p1']);
  });

  it('keeps after-sale and unknown messages in the outbox instead of dropping them', async () => {
    const { oms, stores } = setup();
    await oms.ingestPush(
      'fake',
      push([
        { id: 'm2', topic: 'refund', shopId: 'shop-1', orderId: 'p1' },
        { id: 'm3', topic: 'item-changed', shopId: 'shop-1', orderId: 'p1' },
      ]),
    );
    const pending = await stores.outbox.list('pending');
    expect(pending.map((entry) => entry.kind).sort()).toEqual([
      'channel.after-sale-changed',
      'channel.unknown-message',
    ]);
  });

  it('refuses a bad signature with a typed error and stores nothing', async () => {
    const { oms, stores } = setup();
    await expect(oms.ingestPush('fake', push([{ id: 'x' }], 'forged'))).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'invalid_signature'),
    );
    expect(await stores.orders.list()).toEqual([]);
  });

  it('rejects unknown channels and shops for unregistered channels', () => {
    const fake = createFakeChannel();
    expect(() => createOms({ channels: [fake.adapter], shops: [{ channel: 'nope', shopId: 's' }] })).toThrow(
      /no adapter for channel nope/,
    );
    expect(() => createOms({ channels: [fake.adapter, fake.adapter], shops: [] })).toThrow(/two adapters/);
  });
});
