import type { Logger, PushRequest, TrackingEvent } from '@omskit/core';
import { badPayload, isJsonObject, parseJsonText } from '../shared/carrier-read';
import { pushSignatureError, readPushForm, requirePushField, signatureMatches } from '../shared/push-form';
import type { TrackingCodeOverrides } from '../shared/tracking-code-table';
import { ztoDataDigest } from './zto-data-digest';
import { ztoEvents, ztoRawTrace } from './zto-traces';

/**
 * Verifies a ZTO trace push's form fields: `data_digest == Base64(MD5(data + appSecret))`,
 * compared in constant time. VERIFIED against 13 real sandbox pushes.
 */
export function verifyZtoPush(fields: { data: string; data_digest: string }, appSecret: string): boolean {
  return signatureMatches(ztoDataDigest(fields.data, appSecret), fields.data_digest);
}

/** Options of {@link parseZtoPush}. */
export interface ZtoPushOptions {
  readonly appSecret: string;
  /** When given, the push's `company_id` must equal it (the app key). */
  readonly companyId?: string | undefined;
  readonly overrides?: TrackingCodeOverrides | undefined;
  readonly logger?: Logger | undefined;
}

/**
 * Verifies and parses a ZTO trace push (form `data`, `data_digest`, `company_id`,
 * `msg_type=Traces`).
 *
 * @throws OmsError `invalid_signature` when the digest or company does not match; `invalid_input`
 *   naming the field when the push is malformed.
 */
export function parseZtoPush(request: PushRequest, options: ZtoPushOptions): TrackingEvent[] {
  const form = readPushForm('zto', request);
  const data = requirePushField('zto', form, 'data', request.body);
  const digest = form.get('data_digest');
  if (digest === undefined || !verifyZtoPush({ data, data_digest: digest }, options.appSecret)) {
    throw pushSignatureError('zto');
  }
  if (options.companyId !== undefined && form.get('company_id') !== options.companyId) {
    throw pushSignatureError('zto');
  }
  const parsed = parseJsonText('zto', data, ['body', 'data']);
  const traces = Array.isArray(parsed) ? parsed : [parsed];
  const raw = traces.map((trace, index) => {
    if (!isJsonObject(trace))
      throw badPayload('zto', ['body', 'data', index], 'expected an object', request.body);
    return ztoRawTrace(trace, ['body', 'data', index], request.body);
  });
  return ztoEvents(raw, options);
}
