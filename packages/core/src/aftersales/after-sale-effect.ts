import type { AfterSaleDecision } from '../contracts/channel-adapter';
import type { Money } from '../schema/money';
import type { AfterSaleParcel, ReceivedLine } from './after-sale-event';

/**
 * The effect kinds the after-sales machine emits. The runtime's outbox runs each once per key;
 * hosts register a handler per kind.
 */
export const afterSaleEffectKinds = [
  'channel.decide-after-sale',
  'channel.ship-after-sale',
  'buyer.notify',
  'warehouse.expect-return',
  'warehouse.cancel-expected-return',
  'warehouse.ship-replacement',
  'carrier.intercept',
  'inventory.release',
  'inventory.restock',
  'inventory.write-off',
  'finance.refund-ticket',
] as const;

/** An after-sale effect kind. */
export type AfterSaleEffectKind = (typeof afterSaleEffectKinds)[number];

/** Identifies the after-sale on every payload. */
export interface AfterSaleRef {
  readonly afterSaleId: string;
  readonly channel: string;
  readonly shopId: string;
  readonly platformAfterSaleId: string;
  readonly orderId: string;
  readonly platformOrderId: string;
}

/** `channel.decide-after-sale`: the platform's approve / refuse / confirm-receipt call. */
export interface ChannelDecideAfterSalePayload extends AfterSaleRef {
  readonly decision: AfterSaleDecision;
}

/** `channel.ship-after-sale`: tells the platform the tracking number of a replacement parcel. */
export interface ChannelShipAfterSalePayload extends AfterSaleRef {
  readonly parcel: AfterSaleParcel;
}

/** The customer messages the machine asks for. */
export type BuyerNotice =
  | 'after-sale-approved'
  | 'after-sale-refused'
  | 'return-instructions'
  | 'refund-paid'
  | 'replacement-shipped';

/** `buyer.notify`: a customer notification; the host renders the template. */
export interface BuyerNotifyPayload extends AfterSaleRef {
  readonly notice: BuyerNotice;
  readonly reason?: string;
  readonly returnAddressId?: string;
  readonly returnLabel?: AfterSaleParcel;
  readonly parcel?: AfterSaleParcel;
  readonly refundAmount?: Money;
}

/** `warehouse.expect-return`: the warehouse should expect these units back. */
export interface WarehouseExpectReturnPayload extends AfterSaleRef {
  readonly lines: readonly ReceivedLine[];
  readonly returnTrackingNumber?: string;
}

/** `warehouse.cancel-expected-return`: the return will not come (cancelled, closed or refused). */
export type WarehouseCancelExpectedReturnPayload = AfterSaleRef;

/** `warehouse.ship-replacement`: pick and ship these units to the buyer (exchange, reship). */
export interface WarehouseShipReplacementPayload extends AfterSaleRef {
  readonly lines: readonly ReceivedLine[];
}

/** `carrier.intercept`: ask the carrier to stop the order's parcel and send it back. */
export type CarrierInterceptPayload = AfterSaleRef;

/** `inventory.release`: give the reservations of these units back to the pool (refund before shipment). */
export interface InventoryReleasePayload extends AfterSaleRef {
  readonly lines: readonly ReceivedLine[];
}

/**
 * `inventory.restock` and `inventory.write-off`: one SKU in one warehouse. A restock is an
 * `InventoryStore.adjust` with reason `return_restock` and `key` as its idempotency key; a
 * write-off records damaged units that never re-enter sellable stock.
 */
export interface InventoryReturnPayload extends AfterSaleRef {
  readonly key: string;
  readonly lineId: string;
  readonly sku: string;
  readonly warehouseId: string;
  readonly quantity: number;
}

/** One line of a refund ticket. */
export interface RefundTicketLine {
  readonly lineId: string;
  readonly quantity: number;
  readonly amount: Money;
}

/** `finance.refund-ticket`: pay the buyer back, amounts per line. */
export interface FinanceRefundTicketPayload extends AfterSaleRef {
  readonly ticketKey: string;
  readonly lines: readonly RefundTicketLine[];
  /** The part of `total` not tied to a line (a shipping fee refund); never negative. */
  readonly shippingRefund: Money;
  /** What the buyer gets back: the after-sale's `refundAmount`. */
  readonly total: Money;
}

/** The payload of each effect kind. */
export interface AfterSaleEffectPayloads {
  'channel.decide-after-sale': ChannelDecideAfterSalePayload;
  'channel.ship-after-sale': ChannelShipAfterSalePayload;
  'buyer.notify': BuyerNotifyPayload;
  'warehouse.expect-return': WarehouseExpectReturnPayload;
  'warehouse.cancel-expected-return': WarehouseCancelExpectedReturnPayload;
  'warehouse.ship-replacement': WarehouseShipReplacementPayload;
  'carrier.intercept': CarrierInterceptPayload;
  'inventory.release': InventoryReleasePayload;
  'inventory.restock': InventoryReturnPayload;
  'inventory.write-off': InventoryReturnPayload;
  'finance.refund-ticket': FinanceRefundTicketPayload;
}

/**
 * An effect as data, in the shape the runtime enqueues (`{ key, kind, payload }`). `key` is
 * deterministic (after-sale id, history step, kind, and line where there is one), so replaying
 * the same step enqueues nothing new.
 */
export type AfterSaleEffect = {
  [Kind in AfterSaleEffectKind]: {
    readonly key: string;
    readonly kind: Kind;
    readonly payload: AfterSaleEffectPayloads[Kind];
  };
}[AfterSaleEffectKind];
