import type { IsoInstant } from '../schema/time';

/**
 * Every after-sale event type, in the order a return-and-refund meets them.
 *
 * - `check`: the automatic checks ran (guards and auto-decision rules); records their verdict.
 * - `approve` / `refuse`: the seller (or an auto-decision) answered.
 * - `await_return`: the buyer was given a return address or label.
 * - `ship_return`: the buyer sent the goods back (a return tracking number).
 * - `receive`: the warehouse received the returned parcel.
 * - `inspect`: the warehouse inspected it: resellable units are restocked, the rest written off.
 * - `issue_refund`: a finance refund ticket was raised.
 * - `confirm_refund`: finance confirmed the payment to the buyer.
 * - `ship_replacement`: an exchange unit, a reshipped item or a repaired unit left.
 * - `close`: the case ends normally.
 * - `cancel`: the buyer withdrew before the goods came back.
 */
export const afterSaleEventTypes = [
  'check',
  'approve',
  'refuse',
  'await_return',
  'ship_return',
  'receive',
  'inspect',
  'issue_refund',
  'confirm_refund',
  'ship_replacement',
  'close',
  'cancel',
] as const;

/** The type of an after-sale event. */
export type AfterSaleEventType = (typeof afterSaleEventTypes)[number];

/** Who moved the case. */
export type AfterSaleActor = 'buyer' | 'seller' | 'auto' | 'platform' | 'warehouse' | 'finance';

/** Data every event may carry. */
export interface AfterSaleEventBase {
  /** When it happened (ISO instant in UTC); the env clock when absent. */
  readonly at?: IsoInstant;
  /** Who did it; each event type has a default. */
  readonly by?: AfterSaleActor;
  /** Why, in words a support agent can read. */
  readonly reason?: string;
}

/** Units of one line, as received back. */
export interface ReceivedLine {
  readonly lineId: string;
  readonly quantity: number;
}

/** The inspection result of one line: resellable units go back to stock, damaged ones are written off. */
export interface InspectedLine {
  readonly lineId: string;
  /** The seller SKU, the key into the inventory pool. */
  readonly sku: string;
  readonly resellable: number;
  readonly damaged: number;
}

/** A parcel the seller sends (return label, replacement). */
export interface AfterSaleParcel {
  readonly carrierCode: string;
  readonly trackingNumber: string;
}

/** The verdict of the automatic checks (see `decideAfterSale`). */
export interface AutoCheckVerdict {
  readonly verdict: 'approve' | 'refuse' | 'manual';
  /** The rule that decided, or `manual` when none did. */
  readonly rule: string;
  readonly reason: string;
}

/** Something that moves an after-sale: a union discriminated on `type`. */
export type AfterSaleEvent =
  | (AfterSaleEventBase & { readonly type: 'check'; readonly verdict: AutoCheckVerdict })
  | (AfterSaleEventBase & { readonly type: 'approve'; readonly returnAddressId?: string })
  | (AfterSaleEventBase & { readonly type: 'refuse'; readonly reason: string })
  | (AfterSaleEventBase & {
      readonly type: 'await_return';
      readonly returnAddressId?: string;
      readonly returnLabel?: AfterSaleParcel;
    })
  | (AfterSaleEventBase & { readonly type: 'ship_return'; readonly trackingNumber: string })
  | (AfterSaleEventBase & {
      readonly type: 'receive';
      readonly warehouseId: string;
      readonly lines: readonly ReceivedLine[];
    })
  | (AfterSaleEventBase & {
      readonly type: 'inspect';
      readonly warehouseId: string;
      readonly lines: readonly InspectedLine[];
    })
  | (AfterSaleEventBase & { readonly type: 'issue_refund' })
  | (AfterSaleEventBase & { readonly type: 'confirm_refund'; readonly paymentId: string })
  | (AfterSaleEventBase & {
      readonly type: 'ship_replacement';
      readonly parcel: AfterSaleParcel;
      readonly warehouseId?: string;
    })
  | (AfterSaleEventBase & { readonly type: 'close' })
  | (AfterSaleEventBase & { readonly type: 'cancel' });
