import { describe, expect, it } from 'vitest';
import { planSyncWindows } from './plan-sync-windows';

describe('planSyncWindows', () => {
  it('cuts a range into consecutive windows no wider than the limit', () => {
    const windows = planSyncWindows(0, 70 * 60_000, 30 * 60_000);
    expect(windows).toEqual([
      { from: '1970-01-01T00:00:00.000Z', to: '1970-01-01T00:30:00.000Z' },
      { from: '1970-01-01T00:30:00.000Z', to: '1970-01-01T01:00:00.000Z' },
      { from: '1970-01-01T01:00:00.000Z', to: '1970-01-01T01:10:00.000Z' },
    ]);
  });

  it('returns nothing for an empty range and refuses a non-positive width', () => {
    expect(planSyncWindows(10, 10, 5)).toEqual([]);
    expect(() => planSyncWindows(0, 10, 0)).toThrow(RangeError);
  });
});
