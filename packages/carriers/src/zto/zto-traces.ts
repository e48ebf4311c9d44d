import type { Logger, TrackingEvent } from '@omskit/core';
import { shanghaiWallTimeToIso } from '@omskit/core';
import { badPayload, type JsonObject, nonEmptyText, textOf } from '../shared/carrier-read';
import {
  type RawTrackingEvent,
  type TrackingCodeOverrides,
  toTrackingEvents,
} from '../shared/tracking-code-table';
import { ztoActions } from './zto-actions';

/** One ZTO trace (push `data`, or an entry of the track query result) as a raw event. */
export function ztoRawTrace(
  trace: JsonObject,
  path: readonly (string | number)[],
  raw: unknown,
): RawTrackingEvent {
  const billCode = nonEmptyText(trace['billCode']);
  if (billCode === undefined) throw badPayload('zto', [...path, 'billCode'], 'missing', raw);
  const time = textOf(trace['actionTime']) ?? textOf(trace['scanDate']);
  if (time === undefined) throw badPayload('zto', [...path, 'actionTime'], 'missing', raw);
  let at: string;
  try {
    at = shanghaiWallTimeToIso(time);
  } catch {
    throw badPayload('zto', [...path, 'actionTime'], 'expected yyyy-MM-dd HH:mm:ss', raw);
  }
  const city = nonEmptyText(trace['city']);
  const facility = nonEmptyText(trace['facilityName']);
  return {
    trackingNumber: billCode,
    code: textOf(trace['action']) ?? textOf(trace['scanType']) ?? '',
    text: textOf(trace['desc']) ?? '',
    at,
    location: [city, facility].filter((part) => part !== undefined).join(' ') || undefined,
  };
}

/** Unified events of ZTO traces. */
export function ztoEvents(
  raw: readonly RawTrackingEvent[],
  options: { overrides?: TrackingCodeOverrides | undefined; logger?: Logger | undefined },
): TrackingEvent[] {
  return toTrackingEvents('ZTO', raw, ztoActions, options);
}
