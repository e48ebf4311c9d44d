import type { Logger, PushRequest, TrackingEvent } from '@omskit/core';
import {
  arrayOrEmpty,
  badPayload,
  isJsonObject,
  objectOrEmpty,
  parseJsonText,
  textOf,
} from '../shared/carrier-read';
import { pushSignatureError, signatureMatches } from '../shared/push-form';
import {
  type RawTrackingEvent,
  type TrackingCodeOverrides,
  toTrackingEvents,
} from '../shared/tracking-code-table';
import { sfOpCodes } from './sf-op-codes';
import { sfRawRoute } from './sf-routes';

/** The acknowledgement SF expects for a JSON-mode route push (DOC). */
export const sfPushAck = { return_code: '0000', return_msg: '成功' } as const;

/** Options of {@link parseSfRoutePush}. */
export interface SfRoutePushOptions {
  /** The secret token expected in the push URL. */
  readonly pushToken: string;
  /** The query parameter holding it. Default `token`. */
  readonly pushTokenParameter?: string | undefined;
  readonly overrides?: TrackingCodeOverrides | undefined;
  readonly logger?: Logger | undefined;
}

/**
 * Authenticates and parses an SF route push (`RoutePushService`, JSON mode:
 * `{"Body":{"WaybillRoute":[...]}}`). SF signs nothing here, so the push URL must carry the
 * secret token (compared in constant time).
 *
 * @throws OmsError `invalid_signature` when the token is missing or wrong; `invalid_input` naming
 *   the field when the body is not a route push.
 */
export function parseSfRoutePush(request: PushRequest, options: SfRoutePushOptions): TrackingEvent[] {
  const parameter = options.pushTokenParameter ?? 'token';
  let token: string | undefined;
  if (typeof request.url === 'string' && URL.canParse(request.url, 'http://push.invalid')) {
    token = new URL(request.url, 'http://push.invalid').searchParams.get(parameter) ?? undefined;
  }
  if (!signatureMatches(options.pushToken, token)) throw pushSignatureError('sf');
  const json = parseJsonText('sf', request.body, ['body']);
  const body = isJsonObject(json) ? json['Body'] : undefined;
  if (!isJsonObject(body) || !Array.isArray(body['WaybillRoute'])) {
    throw badPayload('sf', ['body', 'Body', 'WaybillRoute'], 'expected a list of routes', request.body);
  }
  const raw: RawTrackingEvent[] = arrayOrEmpty(body['WaybillRoute']).map((entry, index) => {
    const route = objectOrEmpty(entry);
    const mailNo = textOf(route['mailno']) ?? textOf(route['mailNo']);
    if (mailNo === undefined || mailNo === '') {
      throw badPayload('sf', ['body', 'Body', 'WaybillRoute', index, 'mailno'], 'missing', request.body);
    }
    return sfRawRoute(route, mailNo, ['body', 'Body', 'WaybillRoute', index]);
  });
  return toTrackingEvents('SF', raw, sfOpCodes, options);
}
