/**
 * The reports module of `@omskit/core`: pure functions that turn orders, milestones and stock
 * into the figures sellers measure: fulfilment cycle time with its distribution and the
 * compression rate between periods, inventory health, after-sales rates, handling times and
 * late refunds, routing efficiency (holds, cost against the cheapest and nearest alternatives,
 * rules by use), and one operations report that holds them all with the carriers' KPIs. Data
 * first; rendering is the host's.
 *
 * @module
 */

export {
  type AfterSaleRateRow,
  type AfterSalesReport,
  type AfterSalesReportInput,
  afterSalesReport,
  type LateRefund,
} from './after-sales-report';
export {
  type CompressionReport,
  type CycleTimeDimension,
  type CycleTimeReport,
  compressionRate,
  cycleTimeReport,
  type FulfilmentMilestones,
  type FulfilmentStepName,
  fulfilmentSteps,
} from './cycle-time';
export { type Distribution, distributionOf, quantileOf } from './distribution';
export { type InventoryReport, inventoryReport, type OversellIncident } from './inventory-report';
export { type OperationsReport, operationsReport } from './operations-report';
export {
  type RoutingEfficiencyInput,
  type RoutingEfficiencyReport,
  routingEfficiency,
} from './routing-efficiency';
