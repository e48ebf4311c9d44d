/**
 * Routing: versioned rule sets as JSON (validated by zod), strategies (priority, nearest,
 * fewest parcels, lowest landed cost), `routeOrder` for the streaming case and `routeBatch` for
 * batches that share stock, each decision explained as data; a simulator that compares two rule
 * sets on past orders; and the daily routing report. Pure; part of `@omskit/core`.
 *
 * @module
 */

export type { OrderFacts } from './compile-condition';
export type { PreparedRouting } from './prepare-routing';
export { prepareRouting, withAllocations } from './prepare-routing';
export type { BatchRoutingResult, RouteBatchOptions } from './route-batch';
export { routeBatch } from './route-batch';
export { routeOrder } from './route-order';
export type {
  ParsedRoutingContext,
  RoutableOrder,
  RoutingContext,
  RoutingCosts,
  RoutingSku,
  RoutingWarehouse,
  StockRow,
} from './routing-context';
export {
  routingContextSchema,
  routingCostsSchema,
  routingSkuSchema,
  routingWarehouseSchema,
  stockRowSchema,
} from './routing-context';
export type {
  CandidateExplanation,
  CandidateRejection,
  CarrierExplanation,
  CarrierRejectionCode,
  ParcelLine,
  RejectionCode,
  RoutedParcel,
  RoutingDecision,
  RoutingExplanation,
  RoutingStatus,
  SplitReason,
  UnfulfillableLine,
  UnfulfillableReason,
} from './routing-decision';
export type { RoutingMetrics } from './routing-metrics';
export { metricsDelta, routingMetrics } from './routing-metrics';
export type {
  CarrierReportRow,
  DailyRoutingReport,
  RuleReportRow,
  WarehouseReportRow,
} from './routing-report';
export { dailyRoutingReport } from './routing-report';
export type { RoutingCondition } from './rule-condition';
export { routingConditionSchema } from './rule-condition';
export type {
  ParseRuleSetResult,
  RoutingRule,
  RoutingStrategy,
  RuleAction,
  RuleCandidate,
  RuleSet,
  RuleSetInput,
  RuleSetIssue,
} from './rule-set';
export {
  candidateSchema,
  parseRuleSet,
  routingRuleSchema,
  routingStrategySchema,
  ruleActionSchema,
  ruleSetSchema,
  transferCandidateSchema,
} from './rule-set';
export type { ChangedOrder, OrderOutcome, RuleSetComparison, SimulationMode } from './simulate-rule-sets';
export { simulateRuleSets } from './simulate-rule-sets';
