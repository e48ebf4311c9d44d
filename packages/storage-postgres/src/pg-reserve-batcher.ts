import type { ReservationPlan, ReservationResult } from '@omskit/core';
import { OmsError } from '@omskit/core';
import type { PgContext } from './pg-context';
import { planFingerprint } from './pg-inventory-requests';

/** What the inventory functions return. */
export type FunctionOutcome =
  | { status: 'applied'; result?: unknown }
  | { status: 'replayed'; result: unknown }
  | { status: 'conflict' };

/**
 * How the PostgreSQL inventory store groups concurrent reservations. At most `maxInFlight`
 * reserve calls run at once per store; plans that arrive while they run wait and go together in
 * the next call, up to `maxPlans` in one transaction (`reserve_plans`, migration 6). A lone plan
 * goes alone (`reserve_plan`) after one turn of the event loop. Grouping shares one round trip
 * and one commit among many reservations: on a busy database that is most of their cost.
 */
export interface ReserveBatching {
  /** Reserve calls in flight at once per store (default 4). */
  readonly maxInFlight?: number;
  /**
   * Plans in one call (default 64). 1 turns grouping off: each plan is sent as soon as a call
   * is free, without the one event-loop turn (`setImmediate`) grouping waits, which matters in
   * tests that fake `setImmediate`.
   */
  readonly maxPlans?: number;
}

interface Pending {
  readonly plan: ReservationPlan;
  readonly success: ReservationResult & { ok: true };
  readonly resolve: (result: ReservationResult) => void;
  readonly reject: (error: unknown) => void;
}

function keyConflict(key: string): OmsError {
  return new OmsError('conflict', `idempotency key ${JSON.stringify(key)} was used for another request`);
}

/** The contract's result of one plan's outcome. */
function resultOf(pending: Pending, outcome: FunctionOutcome | undefined): ReservationResult {
  if (outcome === undefined) throw new OmsError('internal', 'the reserve function returned no outcome');
  if (outcome.status === 'conflict') throw keyConflict(pending.plan.key);
  if (outcome.status === 'applied' && outcome.result === undefined) return pending.success;
  const result = outcome.result as Omit<ReservationResult, 'replayed'>;
  return { ...result, replayed: outcome.status === 'replayed' } as ReservationResult;
}

function settle(pending: Pending, outcome: FunctionOutcome | undefined): void {
  try {
    pending.resolve(resultOf(pending, outcome));
  } catch (error) {
    pending.reject(error);
  }
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new OmsError('invalid_input', `reserveBatching.${name} must be a positive integer`, {
      path: ['reserveBatching', name],
    });
  }
  return value;
}

/** The reserve path of the PostgreSQL inventory store; see {@link ReserveBatching}. */
export function createReserveBatcher(
  context: PgContext,
  options: ReserveBatching,
): { reserve(plan: ReservationPlan, success: ReservationResult & { ok: true }): Promise<ReservationResult> } {
  const maxInFlight = positiveInteger(options.maxInFlight, 4, 'maxInFlight');
  const maxPlans = positiveInteger(options.maxPlans, 64, 'maxPlans');
  const s = context.schema;
  const queue: Pending[] = [];
  let inFlight = 0;

  const sendOne = async (pending: Pending): Promise<void> => {
    const { plan, success } = pending;
    const { replayed: _replayed, ...stored } = success;
    try {
      const rows = await context.query<{ outcome: FunctionOutcome }>(
        'inventory:reserve',
        `SELECT ${s}.reserve_plan($1, $2, $3, $4, $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10, $11::jsonb)
           AS outcome`,
        [
          plan.key,
          planFingerprint(plan),
          plan.orderId,
          plan.channel ?? null,
          success.reservations.map((reservation) => reservation.id),
          plan.lines.map((line) => line.lineId),
          plan.lines.map((line) => line.sku),
          plan.lines.map((line) => line.warehouseId),
          plan.lines.map((line) => line.quantity),
          success.reservations[0]?.createdAt,
          JSON.stringify(stored),
        ],
      );
      settle(pending, rows[0]?.outcome);
    } catch (error) {
      pending.reject(error);
    }
  };

  const sendMany = async (batch: readonly Pending[]): Promise<void> => {
    const starts: number[] = [];
    const counts: number[] = [];
    const lines = {
      ids: [] as string[],
      lineIds: [] as string[],
      skus: [] as string[],
      warehouses: [] as string[],
    };
    const quantities: number[] = [];
    for (const { plan, success } of batch) {
      starts.push(lines.ids.length + 1);
      counts.push(plan.lines.length);
      plan.lines.forEach((line, index) => {
        lines.ids.push(success.reservations[index]?.id ?? '');
        lines.lineIds.push(line.lineId);
        lines.skus.push(line.sku);
        lines.warehouses.push(line.warehouseId);
        quantities.push(line.quantity);
      });
    }
    let outcomes: FunctionOutcome[];
    try {
      const rows = await context.query<{ outcomes: FunctionOutcome[] }>(
        'inventory:reserve-many',
        `SELECT ${s}.reserve_plans($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::text[],
           $7::integer[], $8::integer[], $9::text[], $10::text[], $11::text[], $12::text[], $13::bigint[]) AS outcomes`,
        [
          batch.map(({ plan }) => plan.key),
          batch.map(({ plan }) => planFingerprint(plan)),
          batch.map(({ plan }) => plan.orderId),
          batch.map(({ plan }) => plan.channel ?? null),
          batch.map(({ success }) => {
            const { replayed: _replayed, ...stored } = success;
            return JSON.stringify(stored);
          }),
          batch.map(({ success }) => success.reservations[0]?.createdAt),
          starts,
          counts,
          lines.ids,
          lines.lineIds,
          lines.skus,
          lines.warehouses,
          quantities,
        ],
      );
      outcomes = rows[0]?.outcomes ?? [];
      if (outcomes.length !== batch.length) {
        throw new OmsError(
          'internal',
          `reserve_plans returned ${outcomes.length} outcomes for ${batch.length} plans`,
        );
      }
    } catch {
      // The whole transaction rolled back (a deadlock with a caller outside omskit's lock
      // order, a dropped connection, ...): nothing of the batch applied, so each plan goes again
      // alone and gets its own result or its own error.
      await Promise.all(batch.map(sendOne));
      return;
    }
    for (const [index, pending] of batch.entries()) settle(pending, outcomes[index]);
  };

  /** The next batch: queued plans in arrival order, one per key (a repeated key waits its turn). */
  const takeBatch = (): Pending[] => {
    const batch: Pending[] = [];
    const later: Pending[] = [];
    const keys = new Set<string>();
    let index = 0;
    for (; index < queue.length && batch.length < maxPlans; index += 1) {
      const pending = queue[index] as Pending;
      if (keys.has(pending.plan.key)) later.push(pending);
      else {
        keys.add(pending.plan.key);
        batch.push(pending);
      }
    }
    queue.splice(0, index, ...later);
    return batch;
  };

  // Sending waits one turn of the event loop (setImmediate), after every continuation that a
  // finished call woke up has run: callers that react to one result by reserving again then go
  // together instead of the first of them alone.
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = takeBatch();
      inFlight += 1;
      const sent = batch.length === 1 ? sendOne(batch[0] as Pending) : sendMany(batch);
      void sent.finally(() => {
        inFlight -= 1;
        schedule();
      });
    }
  };
  const schedule = (): void => {
    if (scheduled || queue.length === 0 || inFlight >= maxInFlight) return;
    scheduled = true;
    // Without grouping there is nothing to wait for (and fake timers cannot hold a call up).
    if (maxPlans === 1) flush();
    else setImmediate(flush);
  };

  return {
    reserve(plan, success) {
      return new Promise<ReservationResult>((resolve, reject) => {
        queue.push({ plan, success, resolve, reject });
        schedule();
      });
    },
  };
}
