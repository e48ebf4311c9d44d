import type { AfterSaleCase } from '../aftersales/after-sale-case';
import type { AfterSaleStatus } from '../schema/after-sale';
import type { Order } from '../schema/order';
import { type Distribution, distributionOf } from './distribution';

/** What {@link afterSalesReport} reads. */
export interface AfterSalesReportInput {
  /** The period's after-sale cases, with their history. */
  readonly cases: readonly AfterSaleCase[];
  /** The orders they belong to (and the period's other orders, for rates per SKU). */
  readonly orders: readonly Order[];
  /**
   * Hours finance has to pay a refund once the case is waiting for it (`refund_pending`); a
   * refund paid later, or still unpaid past it at `now`, is late. Default 24.
   */
  readonly refundDueHours?: number;
  /** The report's "now" (ISO), for refunds still unpaid. */
  readonly now: string;
}

/** One row per reason or SKU. */
export interface AfterSaleRateRow {
  readonly key: string;
  readonly afterSales: number;
  /** Units asked back or refunded. */
  readonly units: number;
  /** Per SKU: units shipped in the period's orders, and units / shipped. */
  readonly shippedUnits?: number;
  readonly rate?: number;
}

/** A refund paid late or still owed past its due time. */
export interface LateRefund {
  readonly afterSaleId: string;
  readonly orderId: string;
  readonly dueAt: string;
  /** When it was paid, if it was. */
  readonly paidAt?: string;
  /** Hours past due (at `now` when unpaid). */
  readonly hoursLate: number;
}

/** The after-sales part of the seller's reports, as data. */
export interface AfterSalesReport {
  readonly afterSales: number;
  readonly byType: readonly { readonly type: string; readonly afterSales: number }[];
  readonly byReason: readonly AfterSaleRateRow[];
  readonly bySku: readonly AfterSaleRateRow[];
  /** Hours cases spent in each status they left (from their history). */
  readonly hoursInStatus: Readonly<Partial<Record<AfterSaleStatus, Distribution>>>;
  /** Hours from request to closed, over closed cases. */
  readonly hoursToClose: Distribution;
  readonly lateRefunds: readonly LateRefund[];
}

const hourMs = 3_600_000;
const byCount = (a: AfterSaleRateRow, b: AfterSaleRateRow) =>
  b.afterSales - a.afterSales || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * After-sales over a period: counts by type, rates by reason and by SKU (units asked back
 * against units shipped), the hours spent in each status and from request to close, and the
 * refunds finance paid late. Pure; the history of each case is the source of the times.
 */
export function afterSalesReport(input: AfterSalesReportInput): AfterSalesReport {
  const orders = new Map(input.orders.map((order) => [order.id, order]));
  const shipped = new Map<string, number>();
  for (const order of input.orders)
    for (const line of order.lines)
      shipped.set(line.sellerSku, (shipped.get(line.sellerSku) ?? 0) + line.shippedQuantity);

  const types = new Map<string, number>();
  const reasons = new Map<string, { afterSales: number; units: number }>();
  const skus = new Map<string, { afterSales: number; units: number }>();
  const inStatus = new Map<AfterSaleStatus, number[]>();
  const toClose: number[] = [];
  const late: LateRefund[] = [];
  const due = (input.refundDueHours ?? 24) * hourMs;
  const now = Date.parse(input.now);

  for (const { afterSale, history, refundPayment } of input.cases) {
    types.set(afterSale.type, (types.get(afterSale.type) ?? 0) + 1);
    const units = afterSale.lines.reduce((sum, line) => sum + line.quantity, 0);
    const reason = afterSale.reason?.trim() || '(none given)';
    const reasonRow = reasons.get(reason) ?? { afterSales: 0, units: 0 };
    reasonRow.afterSales += 1;
    reasonRow.units += units;
    reasons.set(reason, reasonRow);
    const order = orders.get(afterSale.orderId);
    const seen = new Set<string>();
    for (const line of afterSale.lines) {
      const sku =
        order?.lines.find((candidate) => candidate.lineId === line.lineId)?.sellerSku ??
        `line:${line.lineId}`;
      const row = skus.get(sku) ?? { afterSales: 0, units: 0 };
      if (!seen.has(sku)) row.afterSales += 1;
      seen.add(sku);
      row.units += line.quantity;
      skus.set(sku, row);
    }
    // Time in each status: from entering it (the request, or a history step) to leaving it.
    let enteredAt = Date.parse(afterSale.createdAt);
    let pendingSince: number | undefined;
    for (const entry of history) {
      const at = Date.parse(entry.at);
      const spent = inStatus.get(entry.from) ?? [];
      spent.push(Math.max(0, at - enteredAt) / hourMs);
      inStatus.set(entry.from, spent);
      enteredAt = at;
      if (entry.to === 'refund_pending') pendingSince = at;
      if (entry.to === 'closed') toClose.push(Math.max(0, at - Date.parse(afterSale.createdAt)) / hourMs);
    }
    if (pendingSince !== undefined) {
      const dueAt = pendingSince + due;
      const paidAt = refundPayment === undefined ? undefined : Date.parse(refundPayment.at);
      const lateBy = (paidAt ?? now) - dueAt;
      if (lateBy > 0)
        late.push({
          afterSaleId: afterSale.id,
          orderId: afterSale.orderId,
          dueAt: new Date(dueAt).toISOString(),
          ...(refundPayment === undefined ? {} : { paidAt: refundPayment.at }),
          hoursLate: lateBy / hourMs,
        });
    }
  }

  const hoursInStatus: Partial<Record<AfterSaleStatus, Distribution>> = {};
  for (const [status, hours] of inStatus) hoursInStatus[status] = distributionOf(hours);
  return {
    afterSales: input.cases.length,
    byType: [...types]
      .map(([type, afterSales]) => ({ type, afterSales }))
      .sort((a, b) => b.afterSales - a.afterSales),
    byReason: [...reasons].map(([key, row]) => ({ key, ...row })).sort(byCount),
    bySku: [...skus]
      .map(([key, row]) => {
        const shippedUnits = shipped.get(key);
        return shippedUnits === undefined || shippedUnits === 0
          ? { key, ...row }
          : { key, ...row, shippedUnits, rate: row.units / shippedUnits };
      })
      .sort(byCount),
    hoursInStatus,
    hoursToClose: distributionOf(toClose),
    lateRefunds: late.sort((a, b) => b.hoursLate - a.hoursLate),
  };
}
