import type { Logger, TrackingEvent } from '@omskit/core';
import { shanghaiWallTimeToIso } from '@omskit/core';
import {
  arrayOrEmpty,
  badPayload,
  type JsonObject,
  nonEmptyText,
  objectOrEmpty,
  textOf,
} from '../shared/carrier-read';
import {
  type RawTrackingEvent,
  type TrackingCodeOverrides,
  toTrackingEvents,
} from '../shared/tracking-code-table';
import { kuaidi100States } from './kuaidi100-states';

/**
 * Unified events of a Kuaidi100 query result (also a push's `lastResult`): each `data[]` trace
 * by its `statusCode` (resultv2=4), else its `status` name; a trace with neither takes the
 * result's overall `state` when it is the newest, and is `unknown` otherwise.
 */
export function kuaidi100Events(
  carrierCode: string,
  result: JsonObject,
  options: { overrides?: TrackingCodeOverrides | undefined; logger?: Logger | undefined },
): TrackingEvent[] {
  const trackingNumber = nonEmptyText(result['nu']) ?? '';
  const overall = textOf(result['state']);
  const traces = arrayOrEmpty(result['data']).map(objectOrEmpty);
  const timeOf = (trace: JsonObject) => textOf(trace['ftime']) ?? textOf(trace['time']) ?? '';
  const newest = traces.map(timeOf).sort().at(-1) ?? '';
  const raw: RawTrackingEvent[] = traces.map((trace, index) => {
    const time = textOf(trace['ftime']) ?? textOf(trace['time']) ?? '';
    let at: string;
    try {
      at = shanghaiWallTimeToIso(time);
    } catch {
      throw badPayload('kuaidi100', ['data', index, 'ftime'], 'expected yyyy-MM-dd HH:mm:ss', result);
    }
    const code =
      nonEmptyText(trace['statusCode']) ??
      nonEmptyText(trace['status']) ??
      (time === newest ? overall : undefined) ??
      '';
    return {
      trackingNumber,
      code,
      text: textOf(trace['context']) ?? '',
      at,
      location: nonEmptyText(trace['location']) ?? nonEmptyText(trace['areaName']),
    };
  });
  return toTrackingEvents(carrierCode, raw, kuaidi100States, options);
}
