import type { Logger, TrackingEvent } from '@omskit/core';
import { shanghaiWallTimeToIso } from '@omskit/core';
import { arrayOrEmpty, badPayload, nonEmptyText, objectOrEmpty, textOf } from '../shared/carrier-read';
import {
  type RawTrackingEvent,
  type TrackingCodeOverrides,
  toTrackingEvents,
} from '../shared/tracking-code-table';
import { jtScanTypes } from './jt-scan-types';

/** Unified events of a `logistics/trace` response (`data[]{billCode, details[]}`; PEER shape). */
export function jtEventsFromTrace(
  data: unknown,
  options: { overrides?: TrackingCodeOverrides | undefined; logger?: Logger | undefined },
): TrackingEvent[] {
  const raw: RawTrackingEvent[] = [];
  arrayOrEmpty(data).forEach((entry, index) => {
    const waybill = objectOrEmpty(entry);
    const billCode = textOf(waybill['billCode']) ?? '';
    arrayOrEmpty(waybill['details']).forEach((item, detailIndex) => {
      const detail = objectOrEmpty(item);
      let at: string;
      try {
        at = shanghaiWallTimeToIso(textOf(detail['scanTime']) ?? '');
      } catch {
        throw badPayload(
          'jt',
          ['data', index, 'details', detailIndex, 'scanTime'],
          'expected yyyy-MM-dd HH:mm:ss',
          data,
        );
      }
      raw.push({
        trackingNumber: billCode,
        code: textOf(detail['scanType']) ?? '',
        text: textOf(detail['desc']) ?? '',
        at,
        location: nonEmptyText(detail['scanNetworkCity']) ?? nonEmptyText(detail['scanNetworkName']),
      });
    });
  });
  return toTrackingEvents('JTSD', raw, jtScanTypes, options);
}
