import { invalidInput } from '../errors/oms-error';
import type { DailyRoutingReport } from '../routing/routing-report';
import type { CarrierKpi } from '../shipping/carrier-score';
import type { AfterSalesReport } from './after-sales-report';
import type { CompressionReport, CycleTimeReport } from './cycle-time';
import type { InventoryReport } from './inventory-report';
import type { RoutingEfficiencyReport } from './routing-efficiency';

/** Every report of a period side by side, the shape a dashboard or an export reads. */
export interface OperationsReport {
  readonly period: { readonly from: string; readonly to: string };
  readonly cycleTime?: CycleTimeReport;
  /** Against an earlier period, when one is given. */
  readonly compression?: CompressionReport;
  readonly routing?: DailyRoutingReport;
  readonly routingEfficiency?: RoutingEfficiencyReport;
  readonly inventory?: InventoryReport;
  readonly afterSales?: AfterSalesReport;
  /** Carrier KPIs over the period by carrier code (from `@omskit/carriers/kpi`, or your own). */
  readonly carrierKpis?: Readonly<Record<string, CarrierKpi>>;
}

/**
 * Puts a period's reports into one record: fulfilment cycle time (and its compression against
 * an earlier period), the routing report and its efficiency, inventory, after-sales and the
 * carriers' KPIs. Each part is optional, so a host reports what it has; the parts themselves come
 * from the functions of this module (`cycleTimeReport`, `compressionRate`, `inventoryReport`,
 * `afterSalesReport`, `routingEfficiency`) and routing's `dailyRoutingReport`. Pure.
 */
export function operationsReport(parts: OperationsReport): OperationsReport {
  const from = Date.parse(parts.period.from);
  const to = Date.parse(parts.period.to);
  if (Number.isNaN(from)) throw invalidInput(['period', 'from'], 'an ISO date or instant');
  if (Number.isNaN(to)) throw invalidInput(['period', 'to'], 'an ISO date or instant');
  if (from > to) throw invalidInput(['period', 'to'], `before from (${parts.period.from})`);
  const { period, ...rest } = parts;
  const present = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return { period: { ...period }, ...present };
}
