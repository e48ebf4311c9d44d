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
import { sfOpCodes } from './sf-op-codes';

/**
 * One SF route as the route query and the route push both carry it.
 *
 * @throws OmsError `invalid_input` at `path`.acceptTime when the time is not SF's wall time.
 */
export function sfRawRoute(
  route: JsonObject,
  trackingNumber: string,
  path: readonly (string | number)[] = [],
): RawTrackingEvent {
  let at: string;
  try {
    at = shanghaiWallTimeToIso(textOf(route['acceptTime']) ?? '');
  } catch {
    throw badPayload('sf', [...path, 'acceptTime'], 'expected yyyy-MM-dd HH:mm:ss', route);
  }
  return {
    trackingNumber,
    code: textOf(route['opCode']) ?? '',
    text: textOf(route['remark']) ?? '',
    at,
    location: nonEmptyText(route['acceptAddress']),
  };
}

/** Unified events of an `EXP_RECE_SEARCH_ROUTES` response (`routeResps[].routes[]`). */
export function sfEventsFromRouteResponse(
  msgData: JsonObject,
  options: { overrides?: TrackingCodeOverrides | undefined; logger?: Logger | undefined },
): TrackingEvent[] {
  const raw: RawTrackingEvent[] = [];
  arrayOrEmpty(msgData['routeResps']).forEach((entry, index) => {
    const resp = objectOrEmpty(entry);
    const mailNo = textOf(resp['mailNo']) ?? '';
    arrayOrEmpty(resp['routes']).forEach((route, routeIndex) => {
      raw.push(sfRawRoute(objectOrEmpty(route), mailNo, ['routeResps', index, 'routes', routeIndex]));
    });
  });
  return toTrackingEvents('SF', raw, sfOpCodes, options);
}
