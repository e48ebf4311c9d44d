import { formatShanghaiWallTime } from '@omskit/core';

/**
 * The `timestamp` system parameter in Asia/Shanghai wall time: `yyyy-MM-dd HH:mm:ss` (documented),
 * or with milliseconds and zone, `yyyy-MM-dd HH:mm:ss.SSS+0800`, as in JD's worked signing example.
 */
export function formatJdTimestamp(epochMs: number, format: 'seconds' | 'millis-zone' = 'seconds'): string {
  const wall = formatShanghaiWallTime(epochMs);
  if (format === 'seconds') return wall;
  const millis = String(((epochMs % 1000) + 1000) % 1000).padStart(3, '0');
  return `${wall}.${millis}+0800`;
}
