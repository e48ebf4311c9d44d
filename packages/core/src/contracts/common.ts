/** A value or a promise of it: store methods may be synchronous or asynchronous. */
export type MaybePromise<T> = T | Promise<T>;

/** The source of time. Core never reads `Date.now()` itself; hosts and tests pass a clock in. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

/** The system clock, for hosts that have no reason to inject another. */
export const systemClock: Clock = { now: () => Date.now() };

/** Structured log fields. Never put secrets, tokens or buyers' personal data in them. */
export type LogFields = Record<string, unknown>;

/** The logger omskit writes to; any `console`-like or pino-like object adapts in a line. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that discards everything: the default. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** Generates unique ids; passed in so tests are deterministic. */
export interface IdGenerator {
  /** A new unique id; `prefix` is a hint (`rsv`, `evt`) that implementations may use. */
  next(prefix?: string): string;
}

/** The environment pure domain functions receive: time and ids come from here, never from globals. */
export interface DomainEnv {
  clock: Clock;
  ids: IdGenerator;
}
