import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { invalidInput } from '../errors/oms-error';

/** The time zone of every platform wall-clock value in scope. */
export const shanghaiTimeZone = 'Asia/Shanghai';

/**
 * ISO 8601 instant in UTC with milliseconds (`2016-01-01T04:00:00.000Z`), the one time format of
 * the unified schema.
 */
export type IsoInstant = string;

const wallTimePattern = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;
const shanghaiOffsetMs = 8 * 60 * 60 * 1000;

/**
 * Converts a platform's Asia/Shanghai wall time (`yyyy-MM-dd HH:mm:ss`, optional `.SSS`) to an
 * ISO instant in UTC. China Standard Time has been UTC+8 with no daylight saving since 1991, so
 * a fixed offset is exact for every order-era timestamp (a test checks it against the tz
 * database). Throws `invalid_input` on anything else, including impossible dates.
 */
export function shanghaiWallTimeToIso(value: string): IsoInstant {
  const match = typeof value === 'string' ? wallTimePattern.exec(value) : null;
  if (match === null) throw invalidInput([], `expected yyyy-MM-dd HH:mm:ss, got ${JSON.stringify(value)}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const millis = Number((match[7] ?? '0').padEnd(3, '0'));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(utc);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw invalidInput([], `not a real date and time: ${JSON.stringify(value)}`);
  }
  return new Date(utc - shanghaiOffsetMs).toISOString();
}

/** Formats an instant (ISO string or epoch ms) as Asia/Shanghai wall time `yyyy-MM-dd HH:mm:ss`. */
export function formatShanghaiWallTime(instant: IsoInstant | number): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw invalidInput([], `not an instant: ${String(instant)}`);
  return format(new TZDate(ms, shanghaiTimeZone), 'yyyy-MM-dd HH:mm:ss');
}

/** Converts Unix seconds (number or digit string) to an ISO instant. Throws `invalid_input` otherwise. */
export function unixSecondsToIso(value: number | string): IsoInstant {
  const seconds = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof seconds !== 'number' || !Number.isSafeInteger(seconds)) {
    throw invalidInput([], `expected Unix seconds, got ${JSON.stringify(value)}`);
  }
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) throw invalidInput([], `Unix seconds out of range: ${seconds}`);
  return date.toISOString();
}

/** Converts an ISO instant to whole Unix seconds (floored). */
export function isoToUnixSeconds(instant: IsoInstant): number {
  const ms = Date.parse(instant);
  if (!Number.isFinite(ms)) throw invalidInput([], `not an instant: ${JSON.stringify(instant)}`);
  return Math.floor(ms / 1000);
}

/** Epoch milliseconds of an ISO instant; throws `invalid_input` when it does not parse. */
export function isoToEpochMs(instant: IsoInstant): number {
  const ms = Date.parse(instant);
  if (!Number.isFinite(ms)) throw invalidInput([], `not an instant: ${JSON.stringify(instant)}`);
  return ms;
}

/** The ISO instant of epoch milliseconds. */
export function epochMsToIso(ms: number): IsoInstant {
  return new Date(ms).toISOString();
}
