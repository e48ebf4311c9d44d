import type { AfterSaleStatus, AfterSaleType } from '../schema/after-sale';

/**
 * How much of the order's shipping fee an after-sale may refund on top of its lines:
 * `never`; `when_fully_refunded` (only when this after-sale leaves no unit of the order
 * unrefunded, the usual rule for a refund before shipment); `always`.
 */
export type ShippingFeeRefundRule = 'never' | 'when_fully_refunded' | 'always';

/**
 * The seller's after-sales policy as plain JSON: the guards' parameters and the auto-decision
 * rules. Everything optional has a default in {@link defaultAfterSalePolicy}.
 */
export interface AfterSalePolicy {
  /** Days after delivery during which returns are accepted, by default. */
  readonly returnWindowDays: number;
  /** Per-shop windows (shop id -> days), overriding the default. */
  readonly returnWindowDaysByShop?: Readonly<Record<string, number>>;
  /** Per-category windows (category -> days), overriding shop and default; the shortest line wins. */
  readonly returnWindowDaysByCategory?: Readonly<Record<string, number>>;
  /** Categories whose goods must come back unopened (cosmetics, food, underwear). */
  readonly unopenedCategories?: readonly string[];
  readonly shippingFeeRefund: ShippingFeeRefundRule;
  /** Refuse automatically when the return window has passed. */
  readonly autoRefuseOutsideWindow: boolean;
  /** Approve automatically at or under this amount (fen), for the types in `autoApproveTypes`. */
  readonly autoApproveMaxFen?: number;
  /** The types the amount rule approves (default: refund only before shipment and price protection). */
  readonly autoApproveTypes?: readonly AfterSaleType[];
  /** Buyer tokens trusted by the seller; their requests are approved up to `trustedBuyerMaxFen`. */
  readonly trustedBuyers?: readonly string[];
  readonly trustedBuyerMaxFen?: number;
  /** Buyer reasons meaning "not received": approved when the carrier has reported the parcel lost. */
  readonly notReceivedReasons?: readonly string[];
  /** Hours before a deadline at which an SLA alert is raised (default 4). */
  readonly slaWarningHours?: number;
  /**
   * The platform's answer time in hours per status, used when the record has no `respondBy`
   * (from entering the status; e.g. `{ requested: 48 }`). Each adapter knows its platform's.
   */
  readonly platformTimeoutHoursByStatus?: Readonly<Partial<Record<AfterSaleStatus, number>>>;
  /**
   * The same per channel (`taobao`, `pdd`, ...), overriding `platformTimeoutHoursByStatus` for
   * that channel's after-sales: each platform gives the seller its own time to answer. omskit
   * ships no numbers here: the platforms change them by rule, so take them from the rules that
   * bind your shops (a record's own `respondBy` always wins).
   */
  readonly platformTimeoutHoursByChannel?: Readonly<
    Record<string, Readonly<Partial<Record<AfterSaleStatus, number>>>>
  >;
  /** The seller's own handling targets: hours a case may stay in a status (from entering it). */
  readonly slaHoursByStatus?: Readonly<Partial<Record<AfterSaleStatus, number>>>;
}

/** A cautious default: 7-day window, no automatic approval, refuse outside the window. */
export const defaultAfterSalePolicy: AfterSalePolicy = {
  returnWindowDays: 7,
  shippingFeeRefund: 'when_fully_refunded',
  autoRefuseOutsideWindow: true,
  autoApproveTypes: ['refund_only_unshipped', 'price_protection'],
  notReceivedReasons: ['未收到货', '快递丢失', 'not_received', 'parcel_lost'],
  slaWarningHours: 4,
};

/**
 * The return window of an after-sale in days: the shortest among its lines' categories, else the
 * shop's, else the default.
 */
export function returnWindowDays(
  policy: AfterSalePolicy,
  shopId: string,
  categories: readonly (string | undefined)[],
): number {
  const byCategory = categories
    .map((category) => (category === undefined ? undefined : policy.returnWindowDaysByCategory?.[category]))
    .filter((days): days is number => days !== undefined);
  if (byCategory.length > 0) return Math.min(...byCategory);
  return policy.returnWindowDaysByShop?.[shopId] ?? policy.returnWindowDays;
}
