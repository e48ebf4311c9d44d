import { createMemoryInventoryStore } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { context } from '../routing/network';
import { createErpApp } from './app';

const { stock: _stock, now: _now, ...network } = context;

async function setup(onHand = 10) {
  const inventory = createMemoryInventoryStore();
  await inventory.setStock({ sku: 'MUG', warehouseId: 'wh-jiangsu', onHand });
  const app = createErpApp({ network, inventory, now: () => Date.parse('2026-11-24T02:00:00.000Z') });
  const post = (path: string, body: unknown, key?: string) =>
    app.request(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key === undefined ? {} : { 'idempotency-key': key }),
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, inventory, post };
}

const plan = (orderId: string, quantity = 1) => ({
  orderId,
  lines: [{ lineId: `${orderId}-1`, sku: 'MUG', warehouseId: 'wh-jiangsu', quantity }],
});

describe('ERP service', () => {
  it('names the bad field of a body and refuses a body that is not JSON', async () => {
    const { post } = await setup();
    const bad = await post(
      '/reservations',
      { orderId: 'A', lines: [{ lineId: 'l', sku: 'MUG', warehouseId: 'wh-jiangsu', quantity: -1 }] },
      'k',
    );
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input', path: 'lines.0.quantity' } });
    const extra = await post('/reservations', { ...plan('A'), surprise: true }, 'k2');
    expect(extra.status).toBe(400);
    const notJson = await post('/reservations', '{nope', 'k3');
    expect(await notJson.json()).toMatchObject({
      error: { code: 'invalid_input', message: 'body is not JSON' },
    });
    const noKey = await post('/reservations', plan('A'));
    expect(await noKey.json()).toMatchObject({ error: { path: 'Idempotency-Key' } });
  });

  it('replays the same Idempotency-Key with the first answer and takes nothing twice', async () => {
    const { post, inventory } = await setup();
    const first = await post('/reservations', plan('A', 3), 'reserve:A');
    const again = await post('/reservations', plan('A', 3), 'reserve:A');
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    const [a, b] = [await first.json(), await again.json()];
    expect(b.replayed).toBe(true);
    expect(b.reservations).toEqual(a.reservations);
    expect((await inventory.getItem('MUG', 'wh-jiangsu'))?.reserved).toBe(3);
  });

  it('answers a shortage with 409 and the short line', async () => {
    const { post } = await setup(2);
    const response = await post('/reservations', plan('A', 5), 'reserve:A');
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({
      error: { code: 'insufficient_stock', shortages: [{ lineId: 'A-1', requested: 5, available: 2 }] },
    });
  });

  it("answers a plan past its channel's quota with 409 and the short SKU", async () => {
    const { post, inventory } = await setup(10);
    await inventory.setChannelQuota?.('quota:MUG:pdd', { sku: 'MUG', channel: 'pdd', quota: 2 }, 0);
    const response = await post('/reservations', { ...plan('A', 3), channel: 'pdd' }, 'reserve:A');
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: 'quota_exceeded',
        message: "past the channel's quota",
        quotaShortages: [{ sku: 'MUG', channel: 'pdd', requested: 3, headroom: 2 }],
      },
      replayed: false,
    });
    expect((await inventory.getItem('MUG', 'wh-jiangsu'))?.reserved).toBe(0);
  });

  it('never oversells under concurrent requests', async () => {
    const { post, inventory } = await setup(10);
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => post('/reservations', plan(`O${i}`), `reserve:O${i}`)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 409)).toHaveLength(30);
    const item = await inventory.getItem('MUG', 'wh-jiangsu');
    expect(item).toMatchObject({ onHand: 10, reserved: 10 });
  });

  it('releases a reservation by id and answers 404 for an unknown one', async () => {
    const { post, app } = await setup();
    const reserved = await (await post('/reservations', plan('A', 2), 'reserve:A')).json();
    const id = encodeURIComponent(reserved.reservations[0].id);
    const released = await post(`/reservations/${id}/release`, { quantity: 2 }, 'release:A');
    expect(released.status).toBe(200);
    const stock = await (await app.request('/stock/MUG')).json();
    expect(stock.items).toEqual([expect.objectContaining({ reserved: 0, available: 10 })]);
    const missing = await post('/reservations/nope/release', { quantity: 1 }, 'release:nope');
    expect(missing.status).toBe(404);
  });

  it('routes orders against the pool with explanations', async () => {
    const { post } = await setup();
    const response = await post('/route', {
      orders: [
        {
          id: 'R1',
          channel: 'erp',
          shopId: 'b2b',
          receiver: { province: '四川省' },
          lines: [{ lineId: 'R1-1', sellerSku: 'MUG', quantity: 1 }],
        },
      ],
    });
    expect(response.status).toBe(200);
    const { decisions } = await response.json();
    expect(decisions[0].parcels[0].warehouseId).toBe('wh-jiangsu');
    expect(decisions[0].explanation.candidates.length).toBeGreaterThan(1);
    const empty = await post('/route', { orders: [] });
    expect(await empty.json()).toMatchObject({ error: { path: 'orders' } });
  });
});
