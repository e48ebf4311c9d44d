import type { DomainEnv } from '../contracts/common';
import { invalidInput } from '../errors/oms-error';
import type { AfterSaleStatus } from '../schema/after-sale';
import { instantSchema } from '../schema/common';
import type { AfterSaleCase, AfterSaleHistoryEntry } from './after-sale-case';
import type { AfterSaleEffect } from './after-sale-effect';
import type { AfterSaleActor, AfterSaleEvent, AfterSaleEventType } from './after-sale-event';
import { applyAfterSaleEventData } from './apply-after-sale-event';
import { buildAfterSaleEffects } from './build-after-sale-effects';
import { afterSaleTarget } from './can-transition-after-sale';

/** The move happened: the new case, the history entry it wrote and the effects to run. */
export interface AfterSaleTransitioned {
  readonly ok: true;
  /** A new case; the input is never mutated. */
  readonly afterSaleCase: AfterSaleCase;
  readonly entry: AfterSaleHistoryEntry;
  readonly effects: AfterSaleEffect[];
}

/** The move did not happen; nothing changed. */
export interface AfterSaleTransitionRefused {
  readonly ok: false;
  /** `invalid_transition`: the table does not allow it; `invalid_event`: its data does not fit the case. */
  readonly reason: 'invalid_transition' | 'invalid_event';
  readonly from: AfterSaleStatus;
  readonly event: AfterSaleEvent;
  readonly message: string;
  /** The path of the bad field in the event, for `invalid_event`. */
  readonly path?: readonly (string | number)[];
}

/** What {@link transitionAfterSale} returns. */
export type TransitionAfterSaleResult = AfterSaleTransitioned | AfterSaleTransitionRefused;

const defaultActors: Record<AfterSaleEventType, AfterSaleActor> = {
  check: 'auto',
  approve: 'seller',
  refuse: 'seller',
  await_return: 'seller',
  ship_return: 'buyer',
  receive: 'warehouse',
  inspect: 'warehouse',
  issue_refund: 'seller',
  confirm_refund: 'finance',
  ship_replacement: 'warehouse',
  close: 'seller',
  cancel: 'buyer',
};

/**
 * The time of an event: its own `at`, or the env clock.
 *
 * @throws OmsError `invalid_input` when `at` is not an ISO instant in UTC or the clock is not a time.
 */
export function eventInstant(at: string | undefined, env: DomainEnv): string {
  if (at === undefined) {
    const ms = env.clock.now();
    if (!Number.isFinite(ms)) throw invalidInput(['clock'], `clock returned ${String(ms)}`);
    return new Date(ms).toISOString();
  }
  if (!instantSchema.safeParse(at).success)
    throw invalidInput(['at'], `expected an ISO instant in UTC, got ${JSON.stringify(at)}`);
  return at;
}

/**
 * Moves an after-sale case by `event`, as `afterSaleTransitions` allows for its type. Pure:
 * returns a new case (status, event data, one history entry with an id from `env.ids`) and the
 * effects the row names, as data. A move the table does not allow, or event data that does not
 * fit the case (receiving more than was asked back, an inspection that does not add up to what
 * was received), returns `{ ok: false }` and uses neither the clock nor the id generator.
 *
 * @throws OmsError `invalid_input` when `event.at` is not an ISO instant in UTC.
 */
export function transitionAfterSale(
  afterSaleCase: AfterSaleCase,
  event: AfterSaleEvent,
  env: DomainEnv,
): TransitionAfterSaleResult {
  const from = afterSaleCase.afterSale.status;
  const target = afterSaleTarget(afterSaleCase.afterSale.type, from, event.type);
  if (target === undefined)
    return {
      ok: false,
      reason: 'invalid_transition',
      from,
      event,
      message: `${afterSaleCase.afterSale.type} in ${from} does not allow ${event.type}`,
    };
  const at = eventInstant(event.at, env);
  const by = event.by ?? defaultActors[event.type];
  const applied = applyAfterSaleEventData(afterSaleCase, event, at, by);
  if (!applied.ok)
    return { ok: false, reason: 'invalid_event', from, event, message: applied.message, path: applied.path };
  const reason = event.reason ?? (event.type === 'check' ? event.verdict.reason : undefined);
  const bare: AfterSaleHistoryEntry = {
    id: env.ids.next('ash'),
    at,
    event: event.type,
    by,
    from,
    to: target.to,
    ...(reason === undefined ? {} : { reason }),
  };
  const moved: AfterSaleCase = {
    ...applied.afterSaleCase,
    afterSale: { ...applied.afterSaleCase.afterSale, status: target.to },
    history: [...afterSaleCase.history, bare],
  };
  const effects = buildAfterSaleEffects(moved, target.effects, event, afterSaleCase.history.length);
  const entry = withEffectRecords(bare, effects);
  return {
    ok: true,
    afterSaleCase: { ...moved, history: [...afterSaleCase.history, entry] },
    entry,
    effects,
  };
}

/** The entry with the keys and kinds of the effects its step raised (unchanged when none). */
export function withEffectRecords(
  entry: AfterSaleHistoryEntry,
  effects: readonly AfterSaleEffect[],
): AfterSaleHistoryEntry {
  if (effects.length === 0) return entry;
  return { ...entry, effects: effects.map((effect) => ({ key: effect.key, kind: effect.kind })) };
}
