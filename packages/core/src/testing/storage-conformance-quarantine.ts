import { expect, it } from 'vitest';
import type { QuarantinedPayload } from '../contracts/stores';
import type { ConformanceContext } from './storage-conformance-context';

const payload = (id: string, at: string, raw: unknown = { tid: id }): QuarantinedPayload => ({
  id,
  source: 'pull:taobao:shop-1',
  platformId: id,
  error: { code: 'invalid_input', message: 'lines[0].price: not a yuan amount', path: ['lines', 0, 'price'] },
  raw,
  at,
});

const byId = (items: readonly QuarantinedPayload[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The `quarantine` capability: durable, first payload per id wins, oldest first, removal. */
export function quarantineConformanceCases(context: ConformanceContext): void {
  it('stores a payload as given', async () => {
    const { stores, raw } = context;
    const item = payload('q-1', '2026-11-11T00:00:00.000Z', {
      tid: 'q-1',
      price: '1.234',
      nested: { a: [1, 'x'] },
    });
    await stores.quarantine.put(item);
    expect(await raw.readQuarantine()).toEqual([item]);
    expect(await stores.quarantine.list()).toEqual([item]);
  });

  it('keeps the first payload when the same id comes again', async () => {
    const { stores, raw } = context;
    await stores.quarantine.put(payload('q-1', '2026-11-11T00:00:00.000Z', 'first'));
    await stores.quarantine.put(payload('q-1', '2026-11-11T00:05:00.000Z', 'second'));
    expect(await raw.readQuarantine()).toEqual([payload('q-1', '2026-11-11T00:00:00.000Z', 'first')]);
  });

  it('lists oldest first by `at`, ties by id', async () => {
    const { stores } = context;
    await stores.quarantine.put(payload('q-c', '2026-11-11T02:00:00.000Z'));
    await stores.quarantine.put(payload('q-b', '2026-11-11T01:00:00.000Z'));
    await stores.quarantine.put(payload('q-a', '2026-11-11T02:00:00.000Z'));
    expect((await stores.quarantine.list()).map((item) => item.id)).toEqual(['q-b', 'q-a', 'q-c']);
  });

  it('removes a payload once, reporting whether it was there', async () => {
    const { stores, raw } = context;
    await stores.quarantine.put(payload('q-1', '2026-11-11T00:00:00.000Z'));
    await stores.quarantine.put(payload('q-2', '2026-11-11T00:00:01.000Z'));
    expect(await stores.quarantine.remove('q-1')).toBe(true);
    expect(await stores.quarantine.remove('q-1')).toBe(false);
    expect(await stores.quarantine.remove('q-9')).toBe(false);
    expect(byId(await raw.readQuarantine()).map((item) => item.id)).toEqual(['q-2']);
  });

  it('keeps its own copy of the payload', async () => {
    const { stores, raw } = context;
    const item = payload('q-1', '2026-11-11T00:00:00.000Z', { lines: [{ price: 'x' }] });
    await stores.quarantine.put(item);
    (item.raw as { lines: unknown[] }).lines.length = 0;
    item.error.message = 'changed';
    const listed = await stores.quarantine.list();
    const [first] = listed;
    if (first !== undefined) (first.raw as { lines: unknown[] }).lines.push('changed');
    expect(await raw.readQuarantine()).toEqual([
      payload('q-1', '2026-11-11T00:00:00.000Z', { lines: [{ price: 'x' }] }),
    ]);
  });
}
