/**
 * The after-sales module of `@omskit/core`: refund only (before or after shipment), return and
 * refund, exchange, reship (补寄), repair, price protection (价保) and intercept (拦截) as one
 * transition table with a pure `transitionAfterSale`, data-driven guards and auto-decision
 * rules, effects as data, `followPlatformStatus` for when the platform moves first, SLA
 * deadlines, refund settlement into the order, and the support agent's one view.
 *
 * @module
 */
export type {
  AfterSaleCase,
  AfterSaleDecisionRecord,
  AfterSaleEffectRecord,
  AfterSaleHistoryEntry,
  AfterSaleRefundPayment,
} from './after-sale-case';
export { openAfterSaleCase } from './after-sale-case';
export {
  type AfterSaleDeadline,
  type AfterSaleSlaAlert,
  afterSaleDeadlines,
  afterSaleSlaAlerts,
  enteredStatusAt,
} from './after-sale-deadlines';
export {
  type AfterSaleEffect,
  type AfterSaleEffectKind,
  type AfterSaleEffectPayloads,
  type AfterSaleRef,
  afterSaleEffectKinds,
  type BuyerNotice,
  type BuyerNotifyPayload,
  type CarrierInterceptPayload,
  type ChannelDecideAfterSalePayload,
  type ChannelShipAfterSalePayload,
  type FinanceRefundTicketPayload,
  type InventoryReleasePayload,
  type InventoryReturnPayload,
  type RefundTicketLine,
  type WarehouseCancelExpectedReturnPayload,
  type WarehouseExpectReturnPayload,
  type WarehouseShipReplacementPayload,
} from './after-sale-effect';
export {
  type AfterSaleActor,
  type AfterSaleEvent,
  type AfterSaleEventBase,
  type AfterSaleEventType,
  type AfterSaleParcel,
  type AutoCheckVerdict,
  afterSaleEventTypes,
  type InspectedLine,
  type ReceivedLine,
} from './after-sale-event';
export {
  type AfterSalePolicy,
  defaultAfterSalePolicy,
  returnWindowDays,
  type ShippingFeeRefundRule,
} from './after-sale-policy';
export {
  type AfterSaleEffectIntent,
  type AfterSaleMachine,
  type AfterSaleTarget,
  type AfterSaleTransitionRow,
  type AfterSaleTransitionTable,
  afterSaleEffectIntents,
  afterSaleTransitions,
} from './after-sale-transitions';
export { type ApplySettledRefundsResult, applySettledRefunds } from './apply-settled-refunds';
export { afterSaleRef, buildAfterSaleEffects, refundTicketKey } from './build-after-sale-effects';
export {
  type AfterSaleEffectStatus,
  type AfterSalesTimelineItem,
  type AfterSalesView,
  type AfterSalesViewCase,
  type AfterSalesViewEffect,
  type AfterSalesViewInput,
  type AfterSalesViewParcel,
  buildAfterSalesView,
  type OrderPaymentRecord,
  type ParcelTrackingEvent,
} from './build-after-sales-view';
export { afterSaleTarget, allowedAfterSaleEvents, canTransitionAfterSale } from './can-transition-after-sale';
export {
  type AfterSaleFacts,
  type AfterSaleGuardName,
  type AfterSaleGuardResult,
  checkAfterSaleGuards,
} from './check-after-sale-guards';
export { type AfterSaleAutoDecision, decideAfterSale } from './decide-after-sale';
export {
  type AfterSalePathStep,
  findAfterSalePath,
  reachableAfterSaleStatuses,
} from './find-after-sale-path';
export {
  type FollowPlatformOptions,
  type FollowPlatformResult,
  followPlatformStatus,
} from './follow-platform-status';
export { claimableUnits, paidForUnits, refundableOnLine } from './refundable-amount';
export { restockAdjustment } from './restock-adjustment';
export { type AutoCheckResult, runAutoCheck } from './run-auto-check';
export {
  type SettleAfterSaleRefundResult,
  type SettleRefusal,
  settleAfterSaleRefund,
} from './settle-after-sale-refund';
export {
  type AfterSaleTransitioned,
  type AfterSaleTransitionRefused,
  type TransitionAfterSaleResult,
  transitionAfterSale,
  withEffectRecords,
} from './transition-after-sale';
