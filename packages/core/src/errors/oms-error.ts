/**
 * The closed set of error codes omskit raises. Hosts branch on `code`, never on message text.
 *
 * - `auth_expired`: the access token is expired or revoked; refresh it and retry once.
 * - `permission_denied`: the app or shop lacks the permission, or the caller's IP is not allowed.
 * - `rate_limited`: the platform throttled the call; retry after `retryAfterMs` when given.
 * - `invalid_signature`: a signature did not verify (a push, or the platform rejected ours).
 * - `invalid_input`: input failed validation; `path` names the bad field.
 * - `not_found`: the entity does not exist.
 * - `conflict`: a concurrent or duplicate write lost (idempotency key reused with other content, lease held).
 * - `insufficient_stock`: a reservation could not be met.
 * - `invalid_transition`: the state machine does not allow this event in this state.
 * - `platform_rejected`: the platform refused the business operation (not retryable as is).
 * - `platform_unavailable`: the platform reported a transient internal error.
 * - `network`: the request did not complete (connection reset, DNS, malformed response).
 * - `timeout`: the request took longer than allowed.
 * - `aborted`: the caller's abort signal fired.
 * - `unsupported`: the adapter does not support this operation (see its capabilities).
 * - `internal`: a bug in omskit or the host; never expected.
 */
export type OmsErrorCode =
  | 'auth_expired'
  | 'permission_denied'
  | 'rate_limited'
  | 'invalid_signature'
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'insufficient_stock'
  | 'invalid_transition'
  | 'platform_rejected'
  | 'platform_unavailable'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unsupported'
  | 'internal';

/** Every error code, in a stable order (handy for exhaustive tests and docs). */
export const omsErrorCodes: readonly OmsErrorCode[] = [
  'auth_expired',
  'permission_denied',
  'rate_limited',
  'invalid_signature',
  'invalid_input',
  'not_found',
  'conflict',
  'insufficient_stock',
  'invalid_transition',
  'platform_rejected',
  'platform_unavailable',
  'network',
  'timeout',
  'aborted',
  'unsupported',
  'internal',
];

const defaultRetryable: Record<OmsErrorCode, boolean> = {
  auth_expired: false,
  permission_denied: false,
  rate_limited: true,
  invalid_signature: false,
  invalid_input: false,
  not_found: false,
  conflict: false,
  insufficient_stock: false,
  invalid_transition: false,
  platform_rejected: false,
  platform_unavailable: true,
  network: true,
  timeout: true,
  aborted: false,
  unsupported: false,
  internal: false,
};

/** Options accepted by the {@link OmsError} constructor. */
export interface OmsErrorOptions {
  /** Overrides the code's default retryability. */
  retryable?: boolean;
  /** Which platform or carrier raised it (`taobao`, `pdd`, `sf`, ...), when one did. */
  platform?: string;
  /** The platform's own error code (and sub-code), verbatim. */
  platformCode?: string;
  /** The platform's own error message, verbatim; must not contain secrets or PII. */
  platformMessage?: string;
  /** For `invalid_input`: the path of the bad field, as segments (`['orders', 0, 'price']`). */
  path?: readonly (string | number)[];
  /** For `rate_limited`: how long the platform asked us to wait. */
  retryAfterMs?: number;
  /**
   * The raw payload that could not be understood, kept for a person to inspect (quarantine).
   * It is never included in `message` or in `toJSON()` output.
   */
  rawPayload?: unknown;
  /** The underlying error. */
  cause?: unknown;
}

const marker: unique symbol = Symbol.for('omskit.OmsError');

/**
 * The one error class omskit throws at I/O boundaries and for bad input.
 *
 * Recognise it with {@link OmsError.is} rather than `instanceof`: two copies of `@omskit/core`
 * in one dependency tree still agree on the marker symbol.
 */
export class OmsError extends Error {
  /** What went wrong, from the closed set {@link OmsErrorCode}. */
  readonly code: OmsErrorCode;
  /** Whether retrying the same call later may succeed. */
  readonly retryable: boolean;
  /** The platform or carrier that raised it, when one did. */
  readonly platform: string | undefined;
  /** The platform's own code, verbatim. */
  readonly platformCode: string | undefined;
  /** The platform's own message, verbatim. */
  readonly platformMessage: string | undefined;
  /** The path of the bad field for `invalid_input`. */
  readonly path: readonly (string | number)[] | undefined;
  /** How long to wait before retrying, for `rate_limited`. */
  readonly retryAfterMs: number | undefined;
  /** The raw payload kept for quarantine; never serialised by `toJSON`. */
  readonly rawPayload: unknown;
  readonly [marker] = true;

  constructor(code: OmsErrorCode, message: string, options: OmsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OmsError';
    this.code = code;
    this.retryable = options.retryable ?? defaultRetryable[code];
    this.platform = options.platform;
    this.platformCode = options.platformCode;
    this.platformMessage = options.platformMessage;
    this.path = options.path;
    this.retryAfterMs = options.retryAfterMs;
    this.rawPayload = options.rawPayload;
  }

  /** True when `value` is an OmsError from any copy of `@omskit/core`. */
  static is(value: unknown): value is OmsError {
    return typeof value === 'object' && value !== null && (value as { [marker]?: unknown })[marker] === true;
  }

  /** True when `value` is an OmsError with the given code. */
  static isCode<C extends OmsErrorCode>(value: unknown, code: C): value is OmsError & { code: C } {
    return OmsError.is(value) && value.code === code;
  }

  /** The default retryability of a code. */
  static defaultRetryable(code: OmsErrorCode): boolean {
    return defaultRetryable[code];
  }

  /** A log-safe plain object: no raw payload, no cause chain objects. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
      platform: this.platform,
      platformCode: this.platformCode,
      platformMessage: this.platformMessage,
      path: this.path,
      retryAfterMs: this.retryAfterMs,
    };
  }
}

/** Formats a field path as `orders[0].price` for messages. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(root)' : out;
}

/** Shorthand for an `invalid_input` error naming the bad field and keeping the raw payload. */
export function invalidInput(
  path: readonly (string | number)[],
  problem: string,
  options: Omit<OmsErrorOptions, 'path'> = {},
): OmsError {
  return new OmsError('invalid_input', `${formatPath(path)}: ${problem}`, { ...options, path });
}
