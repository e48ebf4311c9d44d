import { describe, expect, it } from 'vitest';
import { buildCase, createTestEnv } from '../aftersales/__fixtures__/after-sale-fixtures';
import { makeValidEvent } from '../aftersales/__fixtures__/make-valid-event';
import type { AfterSaleCase } from '../aftersales/after-sale-case';
import {
  type AfterSaleEffect,
  type AfterSaleEffectKind,
  afterSaleEffectKinds,
} from '../aftersales/after-sale-effect';
import type { AfterSaleEventType } from '../aftersales/after-sale-event';
import { allowedAfterSaleEvents } from '../aftersales/can-transition-after-sale';
import { findAfterSalePath, reachableAfterSaleStatuses } from '../aftersales/find-after-sale-path';
import { transitionAfterSale } from '../aftersales/transition-after-sale';
import type { AfterSaleDecision, ChannelAdapter } from '../contracts/channel-adapter';
import type { DomainEnv } from '../contracts/common';
import { OmsError } from '../errors/oms-error';
import { afterSaleTypeSchema } from '../schema/after-sale';
import { createMemoryStores } from '../stores/memory-stores';
import { createFakeChannel } from './__fixtures__/fake-channel';
import { createAfterSalesDesk } from './after-sales-desk';
import { createOms } from './create-oms';
import type { EffectHandler } from './oms-types';

/** One real effect of every kind, raised by taking every edge of the table of every type. */
function oneEffectOfEachKind(): Map<AfterSaleEffectKind, AfterSaleEffect> {
  const found = new Map<AfterSaleEffectKind, AfterSaleEffect>();
  const take = (current: AfterSaleCase, event: AfterSaleEventType, env: DomainEnv) => {
    const moved = transitionAfterSale(current, makeValidEvent(event, current), env);
    if (!moved.ok) throw new Error(moved.message);
    for (const effect of moved.effects) if (!found.has(effect.kind)) found.set(effect.kind, effect);
    return moved.afterSaleCase;
  };
  for (const type of afterSaleTypeSchema.options)
    for (const status of reachableAfterSaleStatuses(type, 'requested')) {
      const env = createTestEnv();
      let current: AfterSaleCase = buildCase(type);
      for (const step of findAfterSalePath(type, 'requested', status) ?? [])
        current = take(current, step.event, env);
      for (const event of allowedAfterSaleEvents(type, status)) take(current, event, env);
    }
  return found;
}

function setup(decide?: (decision: AfterSaleDecision) => Promise<void>, handlers = {}) {
  let now = Date.parse('2026-11-20T08:00:00.000Z');
  const clock = { now: () => now };
  const stores = createMemoryStores();
  const fake = createFakeChannel().adapter;
  const decided: AfterSaleDecision[] = [];
  const adapter: ChannelAdapter = {
    ...fake,
    channel: 'taobao',
    capabilities: {
      ...fake.capabilities,
      afterSaleDecisions: ['approve_refund', 'approve_return', 'refuse', 'confirm_return_received'],
    },
    decideAfterSale: async ({ decision }) => {
      await decide?.(decision);
      decided.push(decision);
    },
  };
  const desk = createAfterSalesDesk({ stores, channels: [adapter], shops: [], clock, handlers });
  const oms = createOms({
    channels: [adapter],
    shops: [],
    stores,
    clock,
    effects: desk.effects,
    effectBackoffMs: 1_000,
    maxEffectAttempts: 3,
  });
  return {
    stores,
    oms,
    decided,
    advance: (ms: number) => {
      now += ms;
    },
    async enqueue(effects: Iterable<AfterSaleEffect>) {
      for (const effect of effects) await oms.enqueueEffect(effect);
    },
    async stock() {
      await stores.inventory.setStock({ sku: 'SKU-A', warehouseId: 'WH-1', onHand: 4 });
      await stores.inventory.reserve(
        {
          key: 'reserve:T1000',
          orderId: 'taobao:shop-1:T1000',
          lines: [{ lineId: 'L1', sku: 'SKU-A', warehouseId: 'WH-1', quantity: 2 }],
        },
        now,
      );
    },
  };
}

describe('after-sale effect handlers', () => {
  const effects = oneEffectOfEachKind();

  it('the table raises every effect kind there is', () => {
    expect([...effects.keys()].sort()).toEqual([...afterSaleEffectKinds].sort());
  });

  it('handle every kind: done by omskit, or parked with `unsupported` naming what to do; none left or lost', async () => {
    const t = setup();
    await t.stock();
    await t.enqueue(effects.values());
    const report = await t.oms.runOutbox();
    expect(report).toMatchObject({ claimed: afterSaleEffectKinds.length, retrying: 0 });
    const done = (await t.stores.outbox.list('done')).map((entry) => entry.kind).sort();
    expect(done).toEqual([
      'channel.decide-after-sale',
      'inventory.release',
      'inventory.restock',
      'inventory.write-off',
    ]);
    const parked = await t.stores.outbox.list('parked');
    expect(parked.map((entry) => entry.kind).sort()).toEqual(
      afterSaleEffectKinds.filter((kind) => !done.includes(kind)).sort(),
    );
    for (const entry of parked) {
      expect(entry.lastError?.code).toBe('unsupported');
      expect(entry.lastError?.message).toContain(`${entry.kind}: omskit cannot do this itself`);
    }
    expect(await t.stores.outbox.list('pending')).toEqual([]);
    // What the built-in handlers did: the decision reached the adapter, the pool moved.
    expect(t.decided).toHaveLength(1);
    const item = await t.stores.inventory.getItem('SKU-A', 'WH-1');
    const restock = effects.get('inventory.restock')?.payload as { quantity: number } | undefined;
    expect(item).toMatchObject({ onHand: 4 + (restock?.quantity ?? 0), reserved: 0 });
  });

  it('hand the host every kind it registers a handler for, with the payload as raised', async () => {
    const seen = new Map<string, unknown>();
    const host: EffectHandler = async (payload, context) => {
      seen.set(context.entry.kind, payload);
      return { ok: true };
    };
    const hostKinds = afterSaleEffectKinds.filter((kind) => !kind.startsWith('inventory.'));
    const t = setup(undefined, Object.fromEntries(hostKinds.map((kind) => [kind, host])));
    await t.stock();
    await t.enqueue(effects.values());
    await t.oms.runOutbox();
    expect(await t.stores.outbox.list('parked')).toEqual([]);
    for (const kind of hostKinds) expect(seen.get(kind)).toEqual(effects.get(kind)?.payload);
    expect(t.decided).toEqual([]);
  });

  it('retry a platform call that failed for a while, and park one the platform refused with its typed error', async () => {
    let failures = 1;
    const t = setup(async (decision) => {
      if (decision.action === 'refuse') throw new OmsError('platform_rejected', 'refund already closed');
      if (failures-- > 0) throw new OmsError('platform_unavailable', 'try later');
    });
    const approve = effects.get('channel.decide-after-sale');
    if (approve === undefined) throw new Error('no decision effect');
    const refused: AfterSaleEffect = {
      key: 'aftersale:x:9:channel.decide-after-sale',
      kind: 'channel.decide-after-sale',
      payload: { ...(approve.payload as object), decision: { action: 'refuse', reason: 'r' } },
    } as AfterSaleEffect;
    await t.enqueue([approve, refused]);
    expect(await t.oms.runOutbox()).toMatchObject({ done: 0, retrying: 1, parked: 1 });
    expect(await t.stores.outbox.get(refused.key)).toMatchObject({
      state: 'parked',
      lastError: { code: 'platform_rejected', message: 'refund already closed' },
    });
    expect(await t.stores.outbox.get(approve.key)).toMatchObject({ state: 'pending', attempts: 1 });
    t.advance(1_000);
    expect(await t.oms.runOutbox()).toMatchObject({ done: 1 });
    expect(t.decided).toHaveLength(1);
  });

  it('park a restock the pool cannot take, saying why', async () => {
    const t = setup();
    const restock = effects.get('inventory.restock');
    if (restock === undefined) throw new Error('no restock effect');
    await t.enqueue([restock]);
    await t.oms.runOutbox();
    const [entry] = await t.stores.outbox.list('parked');
    expect(entry?.lastError?.code).toBe('not_found');
    expect(entry?.lastError?.message).toContain('set its stock first');
  });
});
