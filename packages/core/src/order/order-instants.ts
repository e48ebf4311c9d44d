import type { DomainEnv } from '../contracts/common';
import { invalidInput } from '../errors/oms-error';
import { instantSchema } from '../schema/common';
import type { IsoInstant } from '../schema/time';

/**
 * The env clock's current time as an ISO instant.
 *
 * @throws OmsError `invalid_input` when the clock returns something that is not a time.
 */
export function nowIso(env: DomainEnv): IsoInstant {
  const ms = env.clock.now();
  if (!Number.isFinite(ms)) throw invalidInput(['clock'], `clock returned ${String(ms)}`);
  return new Date(ms).toISOString();
}

/**
 * `value` if it is an ISO instant in UTC, as the unified schema requires.
 *
 * @throws OmsError `invalid_input` naming `path` otherwise.
 */
export function requireInstant(value: unknown, path: readonly (string | number)[]): IsoInstant {
  const parsed = instantSchema.safeParse(value);
  if (!parsed.success)
    throw invalidInput(path, `expected an ISO instant in UTC, got ${JSON.stringify(value)}`);
  return parsed.data;
}

/**
 * Compares two ISO instants by the time they denote (not as text, so `...:05Z` and `...:05.000Z`
 * are equal): negative when `a` is earlier, zero when equal, positive when later.
 *
 * @throws OmsError `invalid_input` naming `path` when either does not parse.
 */
export function compareInstants(
  a: IsoInstant,
  b: IsoInstant,
  path: readonly (string | number)[] = [],
): number {
  const aMs = Date.parse(a);
  const bMs = Date.parse(b);
  if (!Number.isFinite(aMs)) throw invalidInput(path, `not an instant: ${JSON.stringify(a)}`);
  if (!Number.isFinite(bMs)) throw invalidInput(path, `not an instant: ${JSON.stringify(b)}`);
  return Math.sign(aMs - bMs);
}
