import type { Logger, PushRequest, TrackingEvent } from '@omskit/core';
import { shanghaiWallTimeToIso } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';
import { badPayload } from '../shared/carrier-read';
import { pushSignatureError, readPushForm, requirePushField, signatureMatches } from '../shared/push-form';
import { type TrackingCodeOverrides, toTrackingEvents } from '../shared/tracking-code-table';
import { ytoPushDigest } from './yto-sign';
import { ytoStatuses } from './yto-status';

/**
 * Verifies a YTO status push's form fields: `data_digest == Base64(MD5(logistics_interface +
 * secret))`, compared in constant time. VERIFIED against the doc vector.
 */
export function verifyYtoPush(
  fields: { logistics_interface: string; data_digest: string },
  secret: string,
): boolean {
  return signatureMatches(ytoPushDigest(fields.logistics_interface, secret), fields.data_digest);
}

/** The XML acknowledgement YTO expects (PEER). */
export function ytoPushAck(txLogisticId: string, success: boolean, reason = ''): string {
  const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<Response><logisticProviderID>YTO</logisticProviderID><txLogisticID>${escapeXml(txLogisticId)}</txLogisticID><success>${success}</success><reason>${escapeXml(reason)}</reason></Response>`;
}

const entities: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text
    .replace(/^<!\[CDATA\[([\s\S]*)\]\]>$/, '$1')
    .replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (match, name: string) => {
      if (name.startsWith('#x')) return safeCodePoint(Number.parseInt(name.slice(2), 16), match);
      if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10), match);
      return lookupOwn(entities, name) ?? match;
    });
}

function safeCodePoint(code: number, fallback: string): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/** The text of the first `<tag>` in a flat XML document, decoded; `undefined` when absent. */
export function xmlText(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  return match?.[1] === undefined ? undefined : decodeXml(match[1].trim());
}

/** Options of {@link parseYtoPush}. */
export interface YtoPushOptions {
  readonly secret: string;
  readonly overrides?: TrackingCodeOverrides | undefined;
  readonly logger?: Logger | undefined;
}

/**
 * Verifies and parses a YTO status push (form `logistics_interface` XML `<UpdateInfo>`,
 * `data_digest`, `clientId`, `type`). Returns the events and the `txLogisticID` for the ack.
 *
 * @throws OmsError `invalid_signature` on a bad digest; `invalid_input` naming the missing field.
 */
export function parseYtoPush(
  request: PushRequest,
  options: YtoPushOptions,
): { events: TrackingEvent[]; txLogisticId: string } {
  const form = readPushForm('yto', request);
  const xml = requirePushField('yto', form, 'logistics_interface', request.body);
  const digest = form.get('data_digest');
  if (
    digest === undefined ||
    !verifyYtoPush({ logistics_interface: xml, data_digest: digest }, options.secret)
  ) {
    throw pushSignatureError('yto');
  }
  const mailNo = xmlText(xml, 'mailNo');
  if (mailNo === undefined || mailNo === '')
    throw badPayload('yto', ['logistics_interface', 'mailNo'], 'missing', request.body);
  const code = xmlText(xml, 'infoContent') ?? '';
  const time = xmlText(xml, 'acceptTime') ?? '';
  let at: string;
  try {
    at = shanghaiWallTimeToIso(time);
  } catch {
    throw badPayload(
      'yto',
      ['logistics_interface', 'acceptTime'],
      'expected yyyy-MM-dd HH:mm:ss',
      request.body,
    );
  }
  const location = [xmlText(xml, 'city'), xmlText(xml, 'district')].filter((part) => part).join(' ');
  const events = toTrackingEvents(
    'YTO',
    [
      {
        trackingNumber: mailNo,
        code,
        text: xmlText(xml, 'remark') ?? '',
        at,
        location: location || undefined,
      },
    ],
    ytoStatuses,
    options,
  );
  return { events, txLogisticId: xmlText(xml, 'txLogisticID') ?? '' };
}
