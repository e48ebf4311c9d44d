/**
 * An ERP-embedding sketch: omskit's routing engine and central stock pool behind a small HTTP
 * API (Hono), with every request body validated by zod. `createErpApp` takes the pieces it
 * serves (the warehouse network and an inventory store), so an ERP can mount it next to its own
 * routes and tests can call `app.request()` without opening a port.
 *
 *   POST /route                       { orders: RoutableOrder[] } -> routing decisions with explanations
 *   POST /reservations                reservation plan; `Idempotency-Key` header required
 *   POST /reservations/:id/release    { quantity }; `Idempotency-Key` header required
 *   GET  /stock/:sku                  the SKU's rows in the pool
 *
 * Errors are JSON `{ error: { code, message, path? } }`: 400 for a bad body (the path names the
 * field), 404 not found, 409 for a shortage of stock or of the channel's quota (with the short
 * lines or SKUs) or a reused key, 500 otherwise (no details leak).
 */
import type { InventoryStore, RoutingContext } from '@omskit/core';
import { availableQuantity, OmsError, routeBatch } from '@omskit/core';
import { type Context, Hono } from 'hono';
import { z } from 'zod';

/** What the service needs: the network routing reads (stock comes from the pool) and the pool. */
export interface ErpAppOptions {
  network: Omit<RoutingContext, 'stock' | 'now'>;
  inventory: InventoryStore;
  now?: () => number;
}

const id = z.string().min(1).max(128);
const routeBody = z.strictObject({
  orders: z
    .array(
      z.object({
        id,
        channel: id,
        shopId: id,
        receiver: z.object({ province: z.string().min(1), city: z.string().optional() }),
        lines: z.array(z.object({ lineId: id, sellerSku: id, quantity: z.number().int().positive() })).min(1),
        totals: z.object({ paid: z.object({ amount: z.number().int().nonnegative() }) }).optional(),
        presale: z.boolean().optional(),
        cod: z.boolean().optional(),
        shipBy: z.iso.datetime().optional(),
        tags: z.array(z.string()).optional(),
      }),
    )
    .min(1)
    .max(1000),
});
const reservationBody = z.strictObject({
  orderId: id,
  channel: id.optional(),
  lines: z
    .array(z.strictObject({ lineId: id, sku: id, warehouseId: id, quantity: z.number().int().positive() }))
    .min(1)
    .max(200),
});
const releaseBody = z.strictObject({ quantity: z.number().int().positive() });

type Status = 200 | 201 | 400 | 404 | 409 | 500;

/** The HTTP status for an error code: what a client can do about it. */
function statusOf(code: string): Status {
  if (code === 'invalid_input') return 400;
  if (code === 'not_found') return 404;
  if (code === 'conflict' || code === 'insufficient_stock') return 409;
  return 500;
}

const fail = (c: Context, status: Status, code: string, message: string, path?: string) =>
  c.json({ error: { code, message, ...(path === undefined ? {} : { path }) } }, status);

/** Parses a JSON body with a schema; the failure names the first bad field's path. */
async function parseBody<T>(
  c: Context,
  schema: z.ZodType<T>,
): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, response: fail(c, 400, 'invalid_input', 'body is not JSON') };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  return {
    ok: false,
    response: fail(c, 400, 'invalid_input', `${path}: ${issue?.message ?? 'invalid'}`, path),
  };
}

function idempotencyKey(c: Context): string | Response {
  const key = c.req.header('idempotency-key');
  if (key === undefined || key.length === 0 || key.length > 200) {
    return fail(
      c,
      400,
      'invalid_input',
      'Idempotency-Key header: required, 1-200 characters',
      'Idempotency-Key',
    );
  }
  return key;
}

/** Builds the Hono app over the given network and inventory store. */
export function createErpApp(options: ErpAppOptions): Hono {
  const now = options.now ?? Date.now;
  const { inventory } = options;
  const app = new Hono();

  app.post('/route', async (c) => {
    const body = await parseBody(c, routeBody);
    if (!body.ok) return body.response;
    const items = await inventory.listItems();
    const stock = items.map((item) => ({
      sku: item.sku,
      warehouseId: item.warehouseId,
      available: availableQuantity(item),
    }));
    const result = routeBatch(body.value.orders, {
      ...options.network,
      stock,
      now: new Date(now()).toISOString(),
    });
    return c.json({ decisions: result.decisions });
  });

  app.post('/reservations', async (c) => {
    const key = idempotencyKey(c);
    if (typeof key !== 'string') return key;
    const body = await parseBody(c, reservationBody);
    if (!body.ok) return body.response;
    const plan = { key, ...body.value };
    const result = await inventory.reserve(plan, now());
    if (result.ok)
      return c.json(
        { replayed: result.replayed, reservations: result.reservations },
        result.replayed ? 200 : 201,
      );
    if (result.reason === 'insufficient_stock') {
      return c.json(
        {
          error: { code: 'insufficient_stock', message: 'not enough stock', shortages: result.shortages },
          replayed: result.replayed,
        },
        409,
      );
    }
    return c.json(
      {
        error: {
          code: 'quota_exceeded',
          message: "past the channel's quota",
          quotaShortages: result.quotaShortages,
        },
        replayed: result.replayed,
      },
      409,
    );
  });

  app.post('/reservations/:id/release', async (c) => {
    const key = idempotencyKey(c);
    if (typeof key !== 'string') return key;
    const body = await parseBody(c, releaseBody);
    if (!body.ok) return body.response;
    const result = await inventory.release(key, c.req.param('id'), body.value.quantity, now());
    if (result.ok) return c.json({ released: body.value.quantity, replayed: result.replayed });
    const status: Status = result.reason === 'not_found' ? 404 : 409;
    return fail(c, status, result.reason, `release refused: ${result.reason}`);
  });

  app.get('/stock/:sku', async (c) => {
    const items = await inventory.listItems(c.req.param('sku'));
    return c.json({ items: items.map((item) => ({ ...item, available: availableQuantity(item) })) });
  });

  app.notFound((c) => fail(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (OmsError.is(error))
      return fail(c, statusOf(error.code), error.code, error.message, error.path?.join('.'));
    return fail(c, 500, 'internal', 'internal error');
  });
  return app;
}
