import type { ChannelQuotaState, InventoryStore, StockChangeResult } from '@omskit/core';
import { OmsError } from '@omskit/core';
import { requireNonNegativeInteger, requireText } from './pg-checks';
import type { PgContext } from './pg-context';
import { toNumber } from './pg-context';

/** What the inventory functions return (see migration 2). */
interface QuotaOutcome {
  status: 'applied' | 'replayed' | 'conflict';
  result?: unknown;
}

function quotaChange(outcome: QuotaOutcome | undefined, name: string): StockChangeResult {
  if (outcome === undefined) throw new OmsError('internal', `${name} returned nothing`);
  if (outcome.status === 'conflict') return { ok: false, reason: 'key_conflict', replayed: false };
  const result = outcome.result as Omit<StockChangeResult, 'replayed'>;
  return { ...result, replayed: outcome.status === 'replayed' } as StockChangeResult;
}

function requireEpoch(now: number): void {
  if (!Number.isSafeInteger(now) || now < 0)
    throw new OmsError('invalid_input', 'now: epoch milliseconds', { path: ['now'] });
}

/**
 * The quota methods of the PostgreSQL inventory store (migration 4): each write is one call of a
 * PL/pgSQL function, idempotent by key in the inventory's one key namespace.
 */
export function postgresChannelQuotas(
  context: PgContext,
): Required<Pick<InventoryStore, 'setChannelQuota' | 'transferChannelQuota' | 'listChannelQuotas'>> {
  const s = context.schema;
  return {
    async setChannelQuota(key, input, now) {
      requireText(key, ['key']);
      const sku = requireText(input.sku, ['sku']);
      const channel = requireText(input.channel, ['channel']);
      const quota = requireNonNegativeInteger(input.quota, ['quota']);
      requireEpoch(now);
      const rows = await context.query<{ outcome: QuotaOutcome }>(
        'inventory:set-quota',
        `SELECT ${s}.set_channel_quota($1, $2, $3, $4, $5::bigint) AS outcome`,
        [key, JSON.stringify(['quota', sku, channel, quota]), sku, channel, quota],
      );
      return quotaChange(rows[0]?.outcome, 'set_channel_quota');
    },
    async transferChannelQuota(key, input, now) {
      requireText(key, ['key']);
      const sku = requireText(input.sku, ['sku']);
      const from = requireText(input.from, ['from']);
      const to = requireText(input.to, ['to']);
      const quantity = requireNonNegativeInteger(input.quantity, ['quantity']);
      if (quantity === 0)
        throw new OmsError('invalid_input', 'quantity: must be at least 1', { path: ['quantity'] });
      requireEpoch(now);
      const rows = await context.query<{ outcome: QuotaOutcome }>(
        'inventory:transfer-quota',
        `SELECT ${s}.transfer_channel_quota($1, $2, $3, $4, $5, $6::bigint) AS outcome`,
        [key, JSON.stringify(['transfer', sku, from, to, quantity]), sku, from, to, quantity],
      );
      return quotaChange(rows[0]?.outcome, 'transfer_channel_quota');
    },
    async listChannelQuotas(sku) {
      const rows = await context.query<{ sku: string; channel: string; quota: string; reserved: string }>(
        'inventory:list-quotas',
        `SELECT sku, channel, quota, reserved FROM ${s}.channel_quotas
         WHERE $1::text IS NULL OR sku = $1 ORDER BY sku, channel`,
        [sku ?? null],
      );
      return rows.map(
        (row): ChannelQuotaState => ({
          sku: row.sku,
          channel: row.channel,
          quota: toNumber(row.quota),
          reserved: toNumber(row.reserved),
        }),
      );
    },
  };
}
