import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from './pg-migrate';
import { createPostgresRawReaders } from './pg-raw-readers';
import { createPostgresStores } from './pg-stores';
import {
  createTestPool,
  dropSchema,
  postgresUnavailable,
  testDatabaseUrl,
  uniqueSchemaName,
} from './pg-test-database.test-helpers';

const worker = fileURLToPath(new URL('./pg-race-worker.test-helpers.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

interface RaceTally {
  successes: number;
  shortages: number;
  errors: string[];
}

/** A started worker process: resolves `ready` once warmed up, `done` with its tally. */
interface Worker {
  ready: Promise<void>;
  go(): void;
  done: Promise<RaceTally>;
}

/** Starts one worker process (Node with the tsx loader). */
function startWorker(args: readonly string[]): Worker {
  // cwd is the repository root so tsx finds the tsconfig paths to @omskit/core's sources.
  const child = spawn(process.execPath, ['--import', 'tsx', worker, ...args], {
    cwd: repositoryRoot,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.includes('ready\n')) markReady();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<RaceTally>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      markReady();
      if (code !== 0) reject(new Error(`worker exited with ${code}: ${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as RaceTally);
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), done };
}

const unavailable = await postgresUnavailable();

describe.skipIf(unavailable !== undefined)(
  `multi-process reservation race on PostgreSQL${unavailable === undefined ? '' : ` (skipped: ${unavailable})`}`,
  () => {
    const pool = unavailable === undefined ? createTestPool(4) : undefined;
    afterAll(() => pool?.end());

    it('4 processes x 12 clients race for 300 units of one SKU: exactly 300 succeed, nothing negative', async () => {
      if (pool === undefined) return;
      const schema = uniqueSchemaName('omskit_race');
      const [sku, warehouseId, stock] = ['HOT-SKU', 'wh-1', 300];
      const [processes, clients, attempts] = [4, 12, 8];
      await migrate(pool, { schema });
      try {
        const { inventory } = createPostgresStores(pool, { schema });
        await inventory.setStock({ sku, warehouseId, onHand: stock });
        const workers = Array.from({ length: processes }, (_, index) =>
          startWorker([testDatabaseUrl, schema, sku, warehouseId, `${clients}`, `${attempts}`, `p${index}`]),
        );
        // Start the race only once every process has its connections open.
        await Promise.all(workers.map((started) => started.ready));
        for (const started of workers) started.go();
        const tallies = await Promise.all(workers.map((started) => started.done));
        const successes = tallies.reduce((sum, tally) => sum + tally.successes, 0);
        const shortages = tallies.reduce((sum, tally) => sum + tally.shortages, 0);
        expect(tallies.flatMap((tally) => tally.errors)).toEqual([]);
        expect(successes + shortages).toBe(processes * clients * attempts);
        expect(successes).toBe(stock);
        // Every process won some: the race was real, not one process after another.
        for (const tally of tallies) expect(tally.successes).toBeGreaterThan(0);
        const raw = createPostgresRawReaders(pool, { schema });
        expect(await raw.readInventoryRow(sku, warehouseId)).toEqual({
          sku,
          warehouseId,
          onHand: stock,
          reserved: stock,
          safetyStock: 0,
        });
        const reservations = await raw.readReservationsOfItem(sku, warehouseId);
        expect(reservations).toHaveLength(stock);
        expect(
          reservations.every((reservation) => reservation.quantity === 1 && reservation.state === 'open'),
        ).toBe(true);
        const negatives = await pool.query(
          `SELECT count(*)::int AS n FROM "${schema}".inventory_items
           WHERE on_hand < 0 OR reserved < 0 OR on_hand - reserved - safety_stock < 0`,
        );
        expect(negatives.rows[0]).toEqual({ n: 0 });
      } finally {
        await dropSchema(pool, schema);
      }
    }, 180_000);

    it('the same race under a channel quota of 120 (stock 300): exactly 120 succeed', async () => {
      if (pool === undefined) return;
      const schema = uniqueSchemaName('omskit_race_quota');
      const [sku, warehouseId, stock, quota] = ['HOT-SKU', 'wh-1', 300, 120];
      const [processes, clients, attempts] = [4, 12, 4];
      await migrate(pool, { schema });
      try {
        const { inventory } = createPostgresStores(pool, { schema });
        await inventory.setStock({ sku, warehouseId, onHand: stock });
        await inventory.setChannelQuota?.('quota-race', { sku, channel: 'race', quota }, Date.now());
        const workers = Array.from({ length: processes }, (_, index) =>
          startWorker([testDatabaseUrl, schema, sku, warehouseId, `${clients}`, `${attempts}`, `q${index}`]),
        );
        await Promise.all(workers.map((started) => started.ready));
        for (const started of workers) started.go();
        const tallies = await Promise.all(workers.map((started) => started.done));
        expect(tallies.flatMap((tally) => tally.errors)).toEqual([]);
        expect(tallies.reduce((sum, tally) => sum + tally.successes, 0)).toBe(quota);
        const raw = createPostgresRawReaders(pool, { schema });
        expect(await raw.readInventoryRow(sku, warehouseId)).toMatchObject({
          onHand: stock,
          reserved: quota,
        });
        expect(await inventory.listChannelQuotas?.(sku)).toEqual([
          { sku, channel: 'race', quota, reserved: quota },
        ]);
      } finally {
        await dropSchema(pool, schema);
      }
    }, 180_000);
  },
);
