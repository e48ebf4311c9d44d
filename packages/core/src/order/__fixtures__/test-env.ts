// Test-only: a deterministic DomainEnv (fixed clock, counter ids). Not exported from the package.
import type { DomainEnv } from '../../contracts/common';

/** The instant the test clock reads unless told otherwise. */
export const testNow = '2026-11-11T08:00:00.000Z';

/** A DomainEnv for tests, plus how many ids it handed out. */
export interface TestEnv extends DomainEnv {
  /** How many ids `ids.next` has returned so far. */
  issuedIds(): number;
}

/** A DomainEnv whose clock always reads `now` and whose ids are `<prefix>-1`, `<prefix>-2`, ... */
export function createTestEnv(now: string = testNow): TestEnv {
  const ms = Date.parse(now);
  let counter = 0;
  return {
    clock: { now: () => ms },
    ids: {
      next: (prefix = 'id') => {
        counter += 1;
        return `${prefix}-${counter}`;
      },
    },
    issuedIds: () => counter,
  };
}
