import { md5 } from '@omskit/core/gateway';

/** PDD's message service (PMC) WebSocket endpoint. */
export const pddMessageServiceUrl = 'wss://message-api.pinduoduo.com';

/** Options of {@link buildPddMessageUrl}. */
export interface PddMessageUrlOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Epoch milliseconds of the connection attempt (from the injected clock). */
  readonly timestampMs: number;
  /** Defaults to {@link pddMessageServiceUrl}. */
  readonly baseUrl?: string;
}

/**
 * The signature segment of the PMC connection path:
 * `urlencode(base64(md5_hex_lower(client_id + timestamp_ms + client_secret)))`.
 */
export function signPddMessageConnection(
  clientId: string,
  timestampMs: number,
  clientSecret: string,
): string {
  const hex = md5(`${clientId}${timestampMs}${clientSecret}`, 'hex-lower');
  return encodeURIComponent(Buffer.from(hex, 'utf8').toString('base64'));
}

/**
 * The URL a PMC client connects to: `/message/{client_id}/{timestamp_ms}/{signature}` under the
 * message-service host. The connection path is PEER-verified, not official (see the README).
 */
export function buildPddMessageUrl(options: PddMessageUrlOptions): string {
  const base = (options.baseUrl ?? pddMessageServiceUrl).replace(/\/+$/, '');
  const signature = signPddMessageConnection(options.clientId, options.timestampMs, options.clientSecret);
  return `${base}/message/${encodeURIComponent(options.clientId)}/${options.timestampMs}/${signature}`;
}
