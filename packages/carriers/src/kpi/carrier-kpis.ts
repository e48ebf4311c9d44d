import type { CarrierKpi, TrackingEvent } from '@omskit/core';

/** One shipment's tracking history, as KPIs read it. */
export interface TrackedShipment {
  readonly carrierCode: string;
  readonly trackingNumber: string;
  /** The promise: a deadline (ISO) ... */
  readonly promisedBy?: string;
  /** ... or days from hand-over (`shippedAt`, else the first `collected` event, else the first event). */
  readonly promisedDays?: number;
  /** When the parcel was handed over (ISO). */
  readonly shippedAt?: string;
  readonly events: readonly TrackingEvent[];
}

/** How a shipment ended, as far as its history says. */
export type ShipmentOutcome = 'delivered' | 'returned' | 'in_flight';

/** One carrier's service record over a set of shipments. Rates are `undefined` without data. */
export interface CarrierKpiReport {
  readonly carrierCode: string;
  readonly shipments: number;
  readonly delivered: number;
  readonly returned: number;
  readonly inFlight: number;
  /** Shipments with at least one `exception` or `failed_delivery` event. */
  readonly withExceptions: number;
  /** Delivered by the promise, among shipments with a promise that were delivered or are already late. */
  readonly onTimeRate: number | undefined;
  /** Delivered / (delivered + returned). */
  readonly deliverySuccessRate: number | undefined;
  /** Returned / (delivered + returned). */
  readonly returnRate: number | undefined;
  /** Shipments with exceptions / shipments. */
  readonly exceptionRate: number | undefined;
  /** Mean hours from hand-over to delivery of delivered shipments. */
  readonly meanTransitHours: number | undefined;
  /** Events whose carrier code the tables did not know: a sign the code table needs a look. */
  readonly unknownEvents: number;
}

const dayMs = 24 * 60 * 60 * 1000;
const hourMs = 60 * 60 * 1000;

function sorted(events: readonly TrackingEvent[]): TrackingEvent[] {
  return [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The outcome of a history: the last of delivered/returned wins; neither means in flight. Pure. */
export function shipmentOutcome(events: readonly TrackingEvent[]): ShipmentOutcome {
  let outcome: ShipmentOutcome = 'in_flight';
  for (const event of sorted(events)) {
    if (event.status === 'delivered') outcome = 'delivered';
    else if (event.status === 'returned') outcome = 'returned';
  }
  return outcome;
}

function handOverMs(shipment: TrackedShipment, events: readonly TrackingEvent[]): number | undefined {
  if (shipment.shippedAt !== undefined) return Date.parse(shipment.shippedAt);
  const collected = events.find((event) => event.status === 'collected') ?? events[0];
  return collected === undefined ? undefined : Date.parse(collected.at);
}

function deadlineMs(shipment: TrackedShipment, start: number | undefined): number | undefined {
  if (shipment.promisedBy !== undefined) return Date.parse(shipment.promisedBy);
  if (shipment.promisedDays === undefined || start === undefined) return undefined;
  return start + shipment.promisedDays * dayMs;
}

const ratio = (part: number, whole: number) => (whole === 0 ? undefined : part / whole);

/**
 * Carrier KPIs from tracking histories, per carrier: on-time rate against each shipment's promise
 * (a shipment still in flight past its deadline at `asOf` already counts as late), delivery
 * success, returns, exceptions and mean transit time. Pure: time comes in as `asOf`.
 *
 * @param shipments - Tracking histories, any carriers.
 * @param options.asOf - The instant the KPIs are computed at (ISO).
 * @param options.graceHours - Lateness forgiven, in hours. Default 0.
 */
export function computeCarrierKpis(
  shipments: readonly TrackedShipment[],
  options: { asOf: string; graceHours?: number },
): CarrierKpiReport[] {
  const asOf = Date.parse(options.asOf);
  const grace = (options.graceHours ?? 0) * hourMs;
  const byCarrier = new Map<string, TrackedShipment[]>();
  for (const shipment of shipments) {
    byCarrier.set(shipment.carrierCode, [...(byCarrier.get(shipment.carrierCode) ?? []), shipment]);
  }
  return [...byCarrier.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([carrierCode, list]) => {
      let delivered = 0;
      let returned = 0;
      let withExceptions = 0;
      let onTime = 0;
      let late = 0;
      let transitSum = 0;
      let unknownEvents = 0;
      for (const shipment of list) {
        const events = sorted(shipment.events);
        const outcome = shipmentOutcome(events);
        const start = handOverMs(shipment, events);
        const deadline = deadlineMs(shipment, start);
        if (events.some((event) => event.status === 'exception' || event.status === 'failed_delivery'))
          withExceptions += 1;
        unknownEvents += events.filter((event) => event.status === 'unknown').length;
        if (outcome === 'returned') returned += 1;
        if (outcome === 'delivered') {
          delivered += 1;
          const deliveredAt = Date.parse(events.findLast((event) => event.status === 'delivered')?.at ?? '');
          if (start !== undefined) transitSum += (deliveredAt - start) / hourMs;
          if (deadline !== undefined) {
            if (deliveredAt <= deadline + grace) onTime += 1;
            else late += 1;
          }
        } else if (outcome === 'in_flight' && deadline !== undefined && asOf > deadline + grace) {
          late += 1;
        }
      }
      const settled = delivered + returned;
      return {
        carrierCode,
        shipments: list.length,
        delivered,
        returned,
        inFlight: list.length - settled,
        withExceptions,
        onTimeRate: ratio(onTime, onTime + late),
        deliverySuccessRate: ratio(delivered, settled),
        returnRate: ratio(returned, settled),
        exceptionRate: ratio(withExceptions, list.length),
        meanTransitHours: delivered === 0 ? undefined : transitSum / delivered,
        unknownEvents,
      };
    });
}

/**
 * Core's `CarrierKpi` (what routing weighs) from a report, or `undefined` when the report has
 * no settled shipment with a promise yet. Tracking says nothing of damage or complaints: pass
 * them from your after-sales data (default 0).
 */
export function toCarrierKpi(
  report: CarrierKpiReport,
  extra: { damageRate?: number; complaintRate?: number } = {},
): CarrierKpi | undefined {
  if (report.onTimeRate === undefined || report.deliverySuccessRate === undefined) return undefined;
  return {
    onTimeRate: report.onTimeRate,
    deliverySuccessRate: report.deliverySuccessRate,
    damageRate: extra.damageRate ?? 0,
    complaintRate: extra.complaintRate ?? 0,
  };
}
