import type { ShipmentWriteBack } from '../contracts/channel-adapter';
import type { DomainEnv } from '../contracts/common';
import { nowIso } from '../order/order-instants';
import { transitionOrder } from '../order/transition-order';
import type { OrderEvent } from '../schema/events';
import type { Reservation } from '../schema/inventory';
import type { Order, OrderLine } from '../schema/order';
import type { Shipment, ShipmentLine } from '../schema/shipment';
import type { PackingCheckResult } from './check-packing';

/** The parcel the warehouse scanned out. */
export interface OutboundParcel {
  /** Unique shipment id (the warehouse's or from `env.ids`): the idempotency root of the effects. */
  readonly shipmentId: string;
  readonly warehouseId: string;
  readonly carrierCode: string;
  readonly trackingNumber: string;
  readonly lines: readonly ShipmentLine[];
  readonly weightGrams?: number;
}

/** `inventory.deduct`: `InventoryStore.deduct(key, reservationId, quantity)`. */
export interface InventoryDeductPayload {
  readonly key: string;
  readonly reservationId: string;
  readonly quantity: number;
  readonly orderId: string;
  readonly lineId: string;
  readonly sku: string;
  readonly warehouseId: string;
}

/** `channel.ship`: the same shape as the runtime's built-in `ChannelShipPayload`. */
export interface OutboundChannelShipPayload {
  readonly channel: string;
  readonly shopId: string;
  readonly platformOrderId: string;
  readonly parcels: ShipmentWriteBack[];
}

/** `buyer.notify` with notice `order-shipped`. */
export interface OrderShippedNoticePayload {
  readonly notice: 'order-shipped';
  readonly orderId: string;
  readonly channel: string;
  readonly shopId: string;
  readonly carrierCode: string;
  readonly trackingNumber: string;
}

/** The effects of an outbound confirmation, in the shape the runtime enqueues. */
export type OutboundEffect =
  | { readonly key: string; readonly kind: 'inventory.deduct'; readonly payload: InventoryDeductPayload }
  | { readonly key: string; readonly kind: 'channel.ship'; readonly payload: OutboundChannelShipPayload }
  | { readonly key: string; readonly kind: 'buyer.notify'; readonly payload: OrderShippedNoticePayload };

/** Why an outbound confirmation was refused (nothing changed). */
export type OutboundRefusal =
  | 'order_not_shippable'
  | 'ship_blocked'
  | 'already_confirmed'
  | 'packing_mismatch'
  | 'unknown_line'
  | 'exceeds_unshipped'
  | 'reservation_missing';

/** What {@link confirmOutbound} returns. */
export type ConfirmOutboundResult =
  | {
      readonly ok: true;
      readonly order: Order;
      readonly shipment: Shipment;
      /** The order's domain events (`order-shipped` or `order-partially-shipped`). */
      readonly events: OrderEvent[];
      readonly effects: OutboundEffect[];
    }
  | {
      readonly ok: false;
      readonly reason: OutboundRefusal;
      readonly lineId?: string;
      readonly message: string;
    };

/** What {@link confirmOutbound} reads. */
export interface ConfirmOutboundInput {
  readonly order: Order;
  readonly parcel: OutboundParcel;
  /** The order's reservations (open ones in the parcel's warehouse are deducted, oldest first). */
  readonly reservations: readonly Reservation[];
  /** The packing check of this parcel; a failed one refuses the confirmation. */
  readonly packing?: PackingCheckResult;
  /** Shipments already confirmed for the order; a repeated shipment id is refused. */
  readonly shipments?: readonly Shipment[];
}

const unshippedOf = (line: OrderLine) => line.quantity - line.shippedQuantity - line.refundedQuantity;

/**
 * Confirms a parcel scanned out: the order's lines get their shipped quantities and the order
 * moves by `ship` (nothing left to ship) or `ship_part` through `transitionOrder`; the shipment
 * record is made; and the effects are returned as data: `inventory.deduct` per reservation used
 * (key `outbound:<shipmentId>:<reservationId>`), `channel.ship` writing the tracking number back
 * to the platform, and `buyer.notify`. Refuses, changing nothing, when the order is not in a
 * shippable status or is ship-blocked, the packing check failed, the shipment was confirmed
 * already, a line is unknown, more units than unshipped are in the parcel, or the open
 * reservations in the warehouse do not cover a line.
 */
export function confirmOutbound(input: ConfirmOutboundInput, env: DomainEnv): ConfirmOutboundResult {
  const { order, parcel } = input;
  if (order.status !== 'paid' && order.status !== 'partially_shipped')
    return { ok: false, reason: 'order_not_shippable', message: `order ${order.id} is ${order.status}` };
  if (order.shipBlocked)
    return {
      ok: false,
      reason: 'ship_blocked',
      message: `the platform forbids shipping ${order.id} for now`,
    };
  if (input.packing !== undefined && !input.packing.ok)
    return { ok: false, reason: 'packing_mismatch', message: 'the packing check found differences' };
  if ((input.shipments ?? []).some((shipment) => shipment.id === parcel.shipmentId))
    return {
      ok: false,
      reason: 'already_confirmed',
      message: `shipment ${parcel.shipmentId} was confirmed already`,
    };

  const deducts: OutboundEffect[] = [];
  const shipped = new Map<string, number>();
  for (const item of parcel.lines) {
    const line = order.lines.find((candidate) => candidate.lineId === item.lineId);
    if (line === undefined)
      return {
        ok: false,
        reason: 'unknown_line',
        lineId: item.lineId,
        message: `line ${item.lineId} is not in ${order.id}`,
      };
    const total = (shipped.get(line.lineId) ?? 0) + item.quantity;
    if (total > unshippedOf(line))
      return {
        ok: false,
        reason: 'exceeds_unshipped',
        lineId: line.lineId,
        message: `line ${line.lineId}: ${total} in the parcel, ${unshippedOf(line)} unshipped`,
      };
    shipped.set(line.lineId, total);
    let left = item.quantity;
    const open = input.reservations
      .filter(
        (reservation) =>
          reservation.lineId === line.lineId &&
          reservation.warehouseId === parcel.warehouseId &&
          reservation.state === 'open',
      )
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    for (const reservation of open) {
      // Earlier parcel lines of the same line may already have used part of this reservation.
      const used = deducts.reduce(
        (sum, effect) =>
          sum +
          (effect.kind === 'inventory.deduct' && effect.payload.reservationId === reservation.id
            ? effect.payload.quantity
            : 0),
        0,
      );
      const take = Math.min(left, reservation.quantity - used);
      if (take <= 0) continue;
      const key = `outbound:${parcel.shipmentId}:${reservation.id}:${deducts.length}`;
      deducts.push({
        key,
        kind: 'inventory.deduct',
        payload: {
          key,
          reservationId: reservation.id,
          quantity: take,
          orderId: order.id,
          lineId: line.lineId,
          sku: reservation.sku,
          warehouseId: parcel.warehouseId,
        },
      });
      left -= take;
      if (left === 0) break;
    }
    if (left > 0)
      return {
        ok: false,
        reason: 'reservation_missing',
        lineId: line.lineId,
        message: `line ${line.lineId}: ${left} units not reserved in ${parcel.warehouseId}`,
      };
  }

  const lines = order.lines.map((line) => ({
    ...line,
    shippedQuantity: line.shippedQuantity + (shipped.get(line.lineId) ?? 0),
  }));
  const everything = lines.every((line) => unshippedOf(line) <= 0);
  const at = nowIso(env);
  const moved = transitionOrder({ ...order, lines }, { type: everything ? 'ship' : 'ship_part', at }, env);
  if (!moved.ok)
    return {
      ok: false,
      reason: 'order_not_shippable',
      message: `order ${order.id} cannot ship from ${order.status}`,
    };
  const shipment: Shipment = {
    id: parcel.shipmentId,
    orderId: order.id,
    warehouseId: parcel.warehouseId,
    carrierCode: parcel.carrierCode,
    trackingNumber: parcel.trackingNumber,
    lines: parcel.lines.map((line) => ({ ...line })),
    status: 'shipped',
    ...(parcel.weightGrams === undefined ? {} : { parcel: { weightGrams: parcel.weightGrams } }),
    createdAt: at,
    shippedAt: at,
  };
  const writeBack: ShipmentWriteBack = {
    carrierCode: parcel.carrierCode,
    trackingNumber: parcel.trackingNumber,
    lines: parcel.lines.map((line) => ({ ...line })),
  };
  const effects: OutboundEffect[] = [
    ...deducts,
    {
      key: `outbound:${parcel.shipmentId}:channel.ship`,
      kind: 'channel.ship',
      payload: {
        channel: order.channel,
        shopId: order.shopId,
        platformOrderId: order.platformOrderId,
        parcels: [writeBack],
      },
    },
    {
      key: `outbound:${parcel.shipmentId}:buyer.notify`,
      kind: 'buyer.notify',
      payload: {
        notice: 'order-shipped',
        orderId: order.id,
        channel: order.channel,
        shopId: order.shopId,
        carrierCode: parcel.carrierCode,
        trackingNumber: parcel.trackingNumber,
      },
    },
  ];
  return { ok: true, order: moved.order, shipment, events: moved.events, effects };
}
