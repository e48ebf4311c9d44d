import type { Logger, TrackingEvent, TrackingStatus } from '@omskit/core';

/** How one carrier status code maps onto the unified tracking states. */
export interface TrackingCodeEntry {
  /** The unified state. */
  readonly status: TrackingStatus;
  /** What the carrier calls it (Chinese), for docs and missing texts. */
  readonly meaning: string;
  /** False when the mapping is a hypothesis (UNVERIFIED in the reference); override it in settings. */
  readonly verified: boolean;
}

/** A carrier's code table: carrier code to unified state. */
export type TrackingCodeTable = Readonly<Record<string, TrackingCodeEntry>>;

/** Host overrides of a code table: code to unified state. */
export type TrackingCodeOverrides = Readonly<Record<string, TrackingStatus>>;

/** True when `code` is in `table` (a listed code may still map to `unknown`, e.g. a pre-collection state). */
export function isListedCode(table: TrackingCodeTable, code: string): boolean {
  return Object.hasOwn(table, code);
}

/** The raw parts of one carrier event before it is mapped. */
export interface RawTrackingEvent {
  readonly trackingNumber: string;
  readonly code: string;
  readonly text: string;
  /** ISO instant. */
  readonly at: string;
  readonly location?: string | undefined;
}

/** Looks a code up in `table`, with host `overrides` first; `unknown` when neither has it. */
export function trackingStatusOf(
  table: TrackingCodeTable,
  code: string,
  overrides: TrackingCodeOverrides = {},
): TrackingStatus {
  if (Object.hasOwn(overrides, code)) return overrides[code] as TrackingStatus;
  return Object.hasOwn(table, code) ? (table[code] as TrackingCodeEntry).status : 'unknown';
}

/**
 * Maps raw carrier events to unified events. An unknown code becomes an `unknown` event that keeps
 * the carrier's code and text, and a warning is logged (code only: texts may name people).
 * Events come back sorted by time, oldest first.
 */
export function toTrackingEvents(
  carrierCode: string,
  raw: readonly RawTrackingEvent[],
  table: TrackingCodeTable,
  options: { overrides?: TrackingCodeOverrides | undefined; logger?: Logger | undefined } = {},
): TrackingEvent[] {
  const events = raw.map((event): TrackingEvent => {
    const status = trackingStatusOf(table, event.code, options.overrides);
    const listed = Object.hasOwn(table, event.code) || Object.hasOwn(options.overrides ?? {}, event.code);
    if (!listed) {
      options.logger?.warn('unknown carrier tracking code kept as an unknown event', {
        carrier: carrierCode,
        code: event.code,
      });
    }
    return {
      carrierCode,
      trackingNumber: event.trackingNumber,
      status,
      at: event.at,
      ...(event.location === undefined || event.location === '' ? {} : { location: event.location }),
      carrierStatusCode: event.code,
      carrierText: event.text,
    };
  });
  return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
