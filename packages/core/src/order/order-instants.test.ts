import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { buildOrder } from './__fixtures__/order-builder';
import { createTestEnv } from './__fixtures__/test-env';
import { compareInstants, nowIso, requireInstant } from './order-instants';
import { upsertOrder } from './upsert-order';

describe('order instants', () => {
  it('compares instants by time, not by text', () => {
    expect(compareInstants('2026-11-11T00:00:05Z', '2026-11-11T00:00:05.000Z')).toBe(0);
    expect(compareInstants('2026-11-11T00:00:04.999Z', '2026-11-11T00:00:05Z')).toBe(-1);
    expect(compareInstants('2026-11-12T00:00:00Z', '2026-11-11T23:59:59.999Z')).toBe(1);
  });

  it('treats one version written two ways as the same version', () => {
    const stored = buildOrder({ platformModifiedAt: '2026-11-11T00:00:05.000Z' });
    const incoming = buildOrder({ platformModifiedAt: '2026-11-11T00:00:05Z' });
    expect(upsertOrder(stored, incoming, createTestEnv()).outcome).toBe('unchanged');
  });

  it('turns unreadable times into typed errors', () => {
    expect(() => compareInstants('yesterday', '2026-11-11T00:00:05Z', ['platformModifiedAt'])).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['platformModifiedAt'] }),
    );
    expect(() => requireInstant('2026-11-11T08:00:00+08:00', ['at'])).toThrow(OmsError);
    const brokenClock = { ...createTestEnv(), clock: { now: () => Number.NaN } };
    expect(() => nowIso(brokenClock)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['clock'] }),
    );
  });
});
