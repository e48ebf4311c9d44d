import type { Order } from '../schema/order';
import type { IsoInstant } from '../schema/time';

/** A parcel as the watchdog follows it. */
export interface WatchedParcel {
  readonly shipmentId: string;
  readonly orderId: string;
  readonly warehouseId?: string;
  /** When it was packed and labelled. */
  readonly packedAt: IsoInstant;
  /** The carrier's first scan (collection), once it happened. */
  readonly collectedAt?: IsoInstant;
}

/** The watchdog's thresholds. */
export interface WatchdogConfig {
  /** Minutes a packed parcel may wait for the carrier (default 240). */
  readonly notCollectedAfterMinutes?: number;
  /** Minutes an order may show shipped on the platform without the warehouse confirming (default 120). */
  readonly notConfirmedAfterMinutes?: number;
  /** Minutes before the promised ship-by time at which an order is flagged (default 180). */
  readonly shipByWarningMinutes?: number;
}

/** A typed watchdog alert; `overdueMs` is how far past the threshold (negative: time left). */
export type FulfillmentAlert =
  | {
      readonly type: 'parcel-not-collected';
      readonly shipmentId: string;
      readonly orderId: string;
      readonly packedAt: IsoInstant;
      readonly overdueMs: number;
    }
  | {
      readonly type: 'shipment-not-confirmed';
      readonly orderId: string;
      readonly shippedAt: IsoInstant;
      readonly overdueMs: number;
    }
  | {
      readonly type: 'ship-by-approaching';
      readonly orderId: string;
      readonly shipBy: IsoInstant;
      readonly overdueMs: number;
    }
  | {
      readonly type: 'ship-by-missed';
      readonly orderId: string;
      readonly shipBy: IsoInstant;
      readonly overdueMs: number;
    };

/** What the watchdog looks at. */
export interface WatchdogInput {
  readonly parcels: readonly WatchedParcel[];
  readonly orders: readonly Order[];
  /** Orders whose outbound the warehouse confirmed (by id). */
  readonly warehouseConfirmedOrderIds: ReadonlySet<string>;
}

const minute = 60_000;

/**
 * Looks for fulfilment running late at `nowMs`: parcels packed but not collected after the
 * threshold; orders the platform shows shipped that the warehouse has not confirmed after the
 * threshold; unshipped orders near (`ship-by-approaching`) or past (`ship-by-missed`) the
 * platform's promised ship-by time. Most overdue first. Pure.
 */
export function runFulfillmentWatchdog(
  input: WatchdogInput,
  nowMs: number,
  config: WatchdogConfig = {},
): FulfillmentAlert[] {
  const alerts: FulfillmentAlert[] = [];
  const notCollected = (config.notCollectedAfterMinutes ?? 240) * minute;
  const notConfirmed = (config.notConfirmedAfterMinutes ?? 120) * minute;
  const warning = (config.shipByWarningMinutes ?? 180) * minute;
  for (const parcel of input.parcels) {
    if (parcel.collectedAt !== undefined) continue;
    const overdueMs = nowMs - Date.parse(parcel.packedAt) - notCollected;
    if (overdueMs > 0)
      alerts.push({
        type: 'parcel-not-collected',
        shipmentId: parcel.shipmentId,
        orderId: parcel.orderId,
        packedAt: parcel.packedAt,
        overdueMs,
      });
  }
  for (const order of input.orders) {
    const shippedOnPlatform =
      order.status === 'shipped' || order.status === 'partially_shipped' || order.status === 'delivered';
    if (
      shippedOnPlatform &&
      order.shippedAt !== undefined &&
      !input.warehouseConfirmedOrderIds.has(order.id)
    ) {
      const overdueMs = nowMs - Date.parse(order.shippedAt) - notConfirmed;
      if (overdueMs > 0)
        alerts.push({
          type: 'shipment-not-confirmed',
          orderId: order.id,
          shippedAt: order.shippedAt,
          overdueMs,
        });
    }
    if ((order.status === 'paid' || order.status === 'partially_shipped') && order.shipBy !== undefined) {
      const overdueMs = nowMs - Date.parse(order.shipBy);
      if (overdueMs > 0)
        alerts.push({ type: 'ship-by-missed', orderId: order.id, shipBy: order.shipBy, overdueMs });
      else if (-overdueMs <= warning)
        alerts.push({ type: 'ship-by-approaching', orderId: order.id, shipBy: order.shipBy, overdueMs });
    }
  }
  return alerts.sort((a, b) => b.overdueMs - a.overdueMs);
}
