/**
 * PostgreSQL reservations per second at 1, 8, 32 and 64 concurrent clients: omskit's
 * `inventory.reserve` (one function call: idempotency key, reservation record, conditional
 * update) against a hand-written single-statement conditional UPDATE, run alternately in the same
 * process on the same server, each client picking random SKUs out of `--skus`. After every run it
 * checks that nothing was oversold: no row reserved beyond on hand less safety stock, and (for
 * omskit) reserved equal to the open reservations and to the successes counted by the clients.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx bench/inventory/postgres-reserve.bench.ts
 *        [--clients=1,8,32,64] [--seconds=3] [--rounds=2] [--skus=1000] [--stock=1000000]
 *        [--max-in-flight=4] [--max-plans=64]   (the store's reserveBatching; defaults as the store's)
 * Needs PostgreSQL at OMSKIT_TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test).
 */
import { createRequire } from 'node:module';
import { createPostgresStores, migrate } from '@omskit/storage-postgres';
import type { Pool, PoolConfig } from 'pg';
import { argument, describeMachine, median } from './bench-environment';

// pg is a dependency of @omskit/storage-postgres only; resolve it from there.
const pg = createRequire(new URL('../../packages/storage-postgres/package.json', import.meta.url))('pg') as {
  Pool: new (config: PoolConfig) => Pool;
};

const url = process.env['OMSKIT_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const clientCounts = (argument('clients') ?? '1,8,32,64').split(',').map(Number);
const seconds = Number(argument('seconds') ?? 3);
const rounds = Number(argument('rounds') ?? 2);
const skus = Number(argument('skus') ?? 1000);
const stock = Number(argument('stock') ?? 1_000_000);
const maxInFlight = argument('max-in-flight');
const maxPlans = argument('max-plans');
const reserveBatching = {
  ...(maxInFlight === undefined ? {} : { maxInFlight: Number(maxInFlight) }),
  ...(maxPlans === undefined ? {} : { maxPlans: Number(maxPlans) }),
};
const schema = `omskit_bench_${process.pid}`;
const now = Date.parse('2026-11-11T00:00:00.000Z');

type Side = 'baseline' | 'omskit';

/** Runs `clients` loops for `seconds`, each calling `attempt` with a random SKU; returns successes. */
async function drive(
  clients: number,
  attempt: (sku: string, serial: number) => Promise<boolean>,
): Promise<number> {
  const deadline = performance.now() + seconds * 1000;
  let serial = 0;
  const counts = await Promise.all(
    Array.from({ length: clients }, async () => {
      let ok = 0;
      while (performance.now() < deadline) {
        serial += 1;
        if (await attempt(`SKU-${Math.floor(Math.random() * skus)}`, serial)) ok += 1;
      }
      return ok;
    }),
  );
  return counts.reduce((sum, value) => sum + value, 0);
}

async function resetStock(pool: Pool): Promise<void> {
  await pool.query(`TRUNCATE "${schema}".reservations, "${schema}".inventory_keys`);
  await pool.query(`UPDATE "${schema}".inventory_items SET on_hand = $1, reserved = 0`, [stock]);
}

/** Throws unless no row is oversold; returns the units held. */
async function checkNoOversell(pool: Pool, side: Side, successes: number): Promise<void> {
  const { rows } = await pool.query<{ oversold: number; negative: number; held: string; open: string }>(
    `SELECT count(*) FILTER (WHERE reserved > on_hand - safety_stock)::int AS oversold,
            count(*) FILTER (WHERE on_hand < 0 OR reserved < 0)::int AS negative,
            sum(reserved)::text AS held,
            (SELECT coalesce(sum(quantity), 0)::text FROM "${schema}".reservations WHERE state = 'open') AS open
     FROM "${schema}".inventory_items`,
  );
  const row = rows[0];
  if (row === undefined || row.oversold !== 0 || row.negative !== 0)
    throw new Error(`${side}: oversold ${JSON.stringify(row)}`);
  if (Number(row.held) !== successes)
    throw new Error(`${side}: ${successes} successes but ${row.held} units held`);
  if (side === 'omskit' && Number(row.open) !== successes)
    throw new Error(`omskit: ${row.open} units in open reservations, ${successes} successes`);
}

async function runSide(side: Side, clients: number, round: number): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  try {
    await resetStock(pool);
    const { inventory } = createPostgresStores(pool, { schema, reserveBatching });
    // Warm every connection (and its prepared statements) before the clock starts.
    await Promise.all(Array.from({ length: clients }, () => pool.query('SELECT 1')));
    const attempt =
      side === 'baseline'
        ? async (sku: string) =>
            (
              await pool.query({
                name: 'bench-baseline',
                text: `UPDATE "${schema}".inventory_items SET reserved = reserved + 1
                       WHERE sku = $1 AND warehouse_id = 'wh' AND on_hand - reserved - safety_stock >= 1`,
                values: [sku],
              })
            ).rowCount === 1
        : async (sku: string, serial: number) => {
            const key = `bench-${clients}-${round}-${serial}`;
            const result = await inventory.reserve(
              {
                key,
                orderId: key,
                channel: 'taobao',
                lines: [{ lineId: 'l1', sku, warehouseId: 'wh', quantity: 1 }],
              },
              now,
            );
            return result.ok;
          };
    const successes = await drive(clients, attempt);
    await checkNoOversell(pool, side, successes);
    return successes / seconds;
  } finally {
    await pool.end();
  }
}

console.log(describeMachine());
const setup = new pg.Pool({ connectionString: url, max: 2 });
const version = await setup.query<{ server_version: string }>('SHOW server_version');
console.log(
  `postgres ${version.rows[0]?.server_version}; ${skus} SKUs of ${stock} units; ${seconds}s per run, ${rounds} alternating rounds per side (median)`,
);
await setup.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
await migrate(setup, { schema });
await setup.query(
  `INSERT INTO "${schema}".inventory_items (sku, warehouse_id, on_hand) SELECT 'SKU-' || g, 'wh', $1 FROM generate_series(0, $2 - 1) g`,
  [stock, skus],
);
try {
  console.log('\n| clients | conditional UPDATE (baseline) /s | omskit reserve /s | ratio | oversold |');
  console.log('| ---: | ---: | ---: | ---: | ---: |');
  for (const clients of clientCounts) {
    const baseline: number[] = [];
    const omskit: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      baseline.push(await runSide('baseline', clients, round));
      omskit.push(await runSide('omskit', clients, round));
    }
    const [base, ours] = [median(baseline), median(omskit)];
    console.log(
      `| ${clients} | ${Math.round(base).toLocaleString('en')} | ${Math.round(ours).toLocaleString('en')} | ${(ours / base).toFixed(2)} | 0 |`,
    );
  }
} finally {
  await setup.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await setup.end();
}
