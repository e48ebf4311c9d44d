import type { PushRequest } from '@omskit/core';
import { OmsError } from '@omskit/core';
import { timingSafeEqualString } from '@omskit/core/gateway';
import { badPayload } from './carrier-read';

/** Reads an `application/x-www-form-urlencoded` push body into its fields (last value wins). */
export function readPushForm(carrier: string, request: PushRequest): ReadonlyMap<string, string> {
  if (typeof request.body !== 'string')
    throw badPayload(carrier, ['body'], 'expected a text body', request.body);
  try {
    return new Map(new URLSearchParams(request.body));
  } catch (error) {
    throw badPayload(carrier, ['body'], `not a form body: ${String(error)}`, request.body);
  }
}

/** A required form field of a push, or a typed `invalid_input` naming it. */
export function requirePushField(
  carrier: string,
  form: ReadonlyMap<string, string>,
  name: string,
  raw: unknown,
): string {
  const value = form.get(name);
  if (value === undefined) throw badPayload(carrier, ['body', name], 'missing field', raw);
  return value;
}

/** The `invalid_signature` error of a push that did not verify. */
export function pushSignatureError(carrier: string): OmsError {
  return new OmsError('invalid_signature', `${carrier} push: the signature does not verify`, {
    platform: carrier,
  });
}

/** Constant-time check of a received signature against the expected one. */
export function signatureMatches(expected: string, received: string | undefined): boolean {
  return received !== undefined && timingSafeEqualString(expected, received);
}
