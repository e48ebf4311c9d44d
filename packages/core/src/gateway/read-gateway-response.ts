import { OmsError } from '../errors/oms-error';
import type { GatewayResponse } from './gateway-types';
import { parseJsonExact } from './parse-json-exact';

const jsonContentType = /[/+]json\b/i;

/**
 * Whether a body should be parsed as JSON: a JSON content type, or a body opening with `{` or `[`
 * (several platforms answer JSON as `text/plain` or `text/javascript`). Empty bodies never are.
 */
export function looksLikeJson(contentType: string | null, text: string): boolean {
  let index = 0;
  while (index < text.length && ' \t\n\r'.includes(text.charAt(index))) index++;
  if (index === text.length) return false;
  if (contentType !== null && jsonContentType.test(contentType)) return true;
  const first = text.charAt(index);
  return first === '{' || first === '[';
}

/** A response whose JSON body failed to parse: `json` is `undefined` and `parseError` says why. */
export interface ReadGatewayResponse {
  response: GatewayResponse;
  parseError: OmsError | undefined;
}

/** Builds the {@link GatewayResponse} of a body read in full, parsing JSON with `parseJsonExact`. */
export function readGatewayResponse(status: number, headers: Headers, text: string): ReadGatewayResponse {
  let json: unknown;
  let parseError: OmsError | undefined;
  if (looksLikeJson(headers.get('content-type'), text)) {
    try {
      json = parseJsonExact(text);
    } catch (error) {
      if (!OmsError.is(error)) throw error;
      parseError = error;
    }
  }
  return { response: { status, headers, text, json }, parseError };
}
