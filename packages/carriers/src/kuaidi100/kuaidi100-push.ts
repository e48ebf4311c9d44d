import type { Logger, PushRequest, TrackingEvent } from '@omskit/core';
import { badPayload, isJsonObject, objectOrEmpty, parseJsonText, textOf } from '../shared/carrier-read';
import { pushSignatureError, readPushForm, requirePushField, signatureMatches } from '../shared/push-form';
import type { TrackingCodeOverrides } from '../shared/tracking-code-table';
import { kuaidi100PushSign } from './kuaidi100-sign';
import { kuaidi100Events } from './kuaidi100-traces';

/**
 * Verifies a Kuaidi100 subscription push: `sign == MD5(param + salt)`, compared in constant time.
 * The official Java SDK compares upper-case hex; the docs only say MD5, so a lower-case `sign` is
 * accepted too (UNVERIFIED which one Kuaidi100 sends).
 */
export function verifyKuaidi100Push(fields: { param: string; sign: string }, salt: string): boolean {
  return signatureMatches(kuaidi100PushSign(fields.param, salt), fields.sign.toUpperCase());
}

/** The acknowledgement Kuaidi100 expects (DOC); abort pushes must be acknowledged too. */
export const kuaidi100PushAck = { result: true, returnCode: '200', message: '成功' } as const;

/** Options of {@link parseKuaidi100Push}. */
export interface Kuaidi100PushOptions {
  /** The unified carrier code of the tracked parcels (`SF`). */
  readonly carrierCode: string;
  /** The salt given when subscribing. */
  readonly salt: string;
  readonly overrides?: TrackingCodeOverrides | undefined;
  readonly logger?: Logger | undefined;
}

/**
 * Verifies and parses a Kuaidi100 subscription push (form `param` JSON and `sign`): the events of
 * `lastResult`, plus the push `status` (`polling`, `shutdown`, `abort`, `updateall`).
 *
 * @throws OmsError `invalid_signature` on a missing or wrong sign; `invalid_input` naming the field.
 */
export function parseKuaidi100Push(
  request: PushRequest,
  options: Kuaidi100PushOptions,
): { events: TrackingEvent[]; status: string } {
  const form = readPushForm('kuaidi100', request);
  const param = requirePushField('kuaidi100', form, 'param', request.body);
  const sign = form.get('sign');
  if (sign === undefined || !verifyKuaidi100Push({ param, sign }, options.salt))
    throw pushSignatureError('kuaidi100');
  const parsed = parseJsonText('kuaidi100', param, ['body', 'param']);
  if (!isJsonObject(parsed))
    throw badPayload('kuaidi100', ['body', 'param'], 'expected an object', request.body);
  const status = textOf(parsed['status']) ?? '';
  const events = kuaidi100Events(options.carrierCode, objectOrEmpty(parsed['lastResult']), options);
  return { events, status };
}
