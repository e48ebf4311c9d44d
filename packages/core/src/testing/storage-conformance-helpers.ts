import { expect } from 'vitest';
import type { MaybePromise } from '../contracts/common';
import type { OmsErrorCode } from '../errors/oms-error';
import { OmsError } from '../errors/oms-error';

/** A fixed instant the cases count from (epoch ms of 2026-11-11T00:00:00Z). */
export const baseTime = Date.parse('2026-11-11T00:00:00.000Z');

/**
 * Starts `count` calls of `task` at once and waits for all: every call is issued before any
 * result is awaited, so an implementation backed by a pool really runs them concurrently.
 */
export function concurrently<T>(count: number, task: (index: number) => MaybePromise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, async (_, index) => task(index)));
}

/**
 * Asserts that `action` throws (or rejects with) an {@link OmsError} with `code`; with `field`,
 * that the error's path ends in it.
 */
export async function expectOmsError(
  action: () => unknown,
  code: OmsErrorCode,
  field?: string,
): Promise<void> {
  let caught: unknown;
  try {
    await action();
  } catch (error) {
    caught = error;
  }
  expect(OmsError.isCode(caught, code), `expected OmsError ${code}, got ${String(caught)}`).toBe(true);
  if (field !== undefined && OmsError.is(caught)) expect(caught.path?.at(-1)).toBe(field);
}
