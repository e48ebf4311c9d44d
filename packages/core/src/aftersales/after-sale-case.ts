import type { AfterSale, AfterSaleStatus } from '../schema/after-sale';
import type { IsoInstant } from '../schema/time';
import type { AfterSaleEffectKind } from './after-sale-effect';
import type {
  AfterSaleActor,
  AfterSaleEventType,
  AfterSaleParcel,
  AutoCheckVerdict,
  InspectedLine,
  ReceivedLine,
} from './after-sale-event';

/**
 * An effect a history step raised, by its outbox key: the runtime's outbox holds its payload and
 * says whether it ran, retries or was parked.
 */
export interface AfterSaleEffectRecord {
  readonly key: string;
  readonly kind: AfterSaleEffectKind;
}

/** One step of an after-sale's history: who moved it, from where to where, and why. */
export interface AfterSaleHistoryEntry {
  /** Unique id from `env.ids` (prefix `ash`). */
  readonly id: string;
  readonly at: IsoInstant;
  /** The event applied, or `platform` when the case followed the platform's status. */
  readonly event: AfterSaleEventType | 'platform';
  readonly by: AfterSaleActor;
  readonly from: AfterSaleStatus;
  readonly to: AfterSaleStatus;
  readonly reason?: string;
  /** The platform's status verbatim, on entries that followed the platform. */
  readonly platformStatus?: string;
  /** Statuses the platform skipped over, on entries that followed a jump. */
  readonly skipped?: readonly AfterSaleStatus[];
  /**
   * The effects this step raised, in order (absent on entries written before omskit recorded
   * them, and on steps that raised none).
   */
  readonly effects?: readonly AfterSaleEffectRecord[];
}

/** A decision taken on the case (by the seller, a rule or the platform), with its reason. */
export interface AfterSaleDecisionRecord {
  readonly at: IsoInstant;
  readonly by: AfterSaleActor;
  readonly verdict: AutoCheckVerdict['verdict'];
  readonly rule: string;
  readonly reason: string;
}

/** A refund that was paid: confirmed by finance, or reported done by the platform. */
export interface AfterSaleRefundPayment {
  readonly paymentId: string;
  readonly at: IsoInstant;
  /**
   * Who confirmed it: `finance` (a `confirm_refund` event, the default) or `platform` (the
   * platform reported the refund done; `paymentId` is then `platform:<platformAfterSaleId>`).
   */
  readonly by?: 'finance' | 'platform';
}

/**
 * An after-sale with what the unified {@link AfterSale} record does not hold: its history, the
 * decisions taken, what came back and how it was inspected, the refund ticket and the payment,
 * and any replacement parcel. The `afterSale` inside stays valid against `afterSaleSchema`.
 */
export interface AfterSaleCase {
  readonly afterSale: AfterSale;
  readonly history: readonly AfterSaleHistoryEntry[];
  readonly decisions: readonly AfterSaleDecisionRecord[];
  /** The warehouse the goods came back to. */
  readonly returnWarehouseId?: string;
  /** Units received back, per line (summed over receipts). */
  readonly received: readonly ReceivedLine[];
  /** Inspection results, per line. */
  readonly inspected: readonly InspectedLine[];
  /** The return label or address given to the buyer. */
  readonly returnLabel?: AfterSaleParcel;
  readonly returnAddressId?: string;
  /** The idempotency key of the finance refund ticket, once raised. */
  readonly refundTicketKey?: string;
  readonly refundPayment?: AfterSaleRefundPayment;
  /** The exchange, reship or repaired unit sent to the buyer. */
  readonly replacement?: AfterSaleParcel;
  /** When the refund was written into the order's lines (see `settleAfterSaleRefund`). */
  readonly settledAt?: IsoInstant;
}

/** A fresh case around an after-sale: no history, nothing received. */
export function openAfterSaleCase(afterSale: AfterSale): AfterSaleCase {
  return { afterSale, history: [], decisions: [], received: [], inspected: [] };
}
