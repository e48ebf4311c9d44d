import type { TimeWindow } from '../contracts/channel-adapter';

/**
 * Cuts `[from, to)` into consecutive windows no wider than `maxWindowMs`. Pure; the last window
 * may be shorter. Returns no window when `from >= to`.
 */
export function planSyncWindows(from: number, to: number, maxWindowMs: number): TimeWindow[] {
  if (!(maxWindowMs > 0)) throw new RangeError('maxWindowMs must be positive');
  const windows: TimeWindow[] = [];
  for (let start = from; start < to; start += maxWindowMs) {
    const end = Math.min(to, start + maxWindowMs);
    windows.push({ from: new Date(start).toISOString(), to: new Date(end).toISOString() });
  }
  return windows;
}
