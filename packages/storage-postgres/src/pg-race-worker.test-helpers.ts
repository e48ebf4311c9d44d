// One process of the multi-process race (pg-inventory-race.test.ts): opens its own pool and
// warms every connection, prints `ready`, waits for `go` on stdin (so all processes start
// together), then runs `clients` concurrent loops that each try to reserve one unit of the hot
// SKU `attempts` times under fresh keys, and prints its tally as one JSON line.
// Run with `node --import tsx`.
import pg from 'pg';
import { createPostgresStores } from './pg-stores';

interface RaceTally {
  successes: number;
  shortages: number;
  errors: string[];
}

const [url, schema, sku, warehouseId, clientsText, attemptsText, tag] = process.argv.slice(2);
if (
  url === undefined ||
  schema === undefined ||
  sku === undefined ||
  warehouseId === undefined ||
  tag === undefined
)
  throw new Error('usage: worker <url> <schema> <sku> <warehouse> <clients> <attempts> <tag>');
const clients = Number(clientsText);
const attempts = Number(attemptsText);
const pool = new pg.Pool({ connectionString: url, max: clients });
const { inventory } = createPostgresStores(pool, { schema });
const tally: RaceTally = { successes: 0, shortages: 0, errors: [] };

await Promise.all(Array.from({ length: clients }, () => pool.query('SELECT 1')));
process.stdout.write('ready\n');
await new Promise<void>((resolve) => {
  process.stdin.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('go')) resolve();
  });
});
process.stdin.pause();

await Promise.all(
  Array.from({ length: clients }, async (_, client) => {
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      const key = `${tag}-c${client}-a${attempt}`;
      try {
        const result = await inventory.reserve(
          {
            key,
            orderId: `o-${key}`,
            channel: 'race',
            lines: [{ lineId: 'l1', sku, warehouseId, quantity: 1 }],
          },
          Date.parse('2026-11-11T00:00:00.000Z'),
        );
        if (result.ok) tally.successes += 1;
        else tally.shortages += 1;
      } catch (error) {
        tally.errors.push((error as Error).message);
      }
    }
  }),
);
await pool.end();
process.stdout.write(`${JSON.stringify(tally)}\n`);
