/**
 * `@omskit/core/runtime`: the orchestrator. `createOms` ties channel adapters, stores and the
 * pipeline together: gap-free incremental sync per shop (leased, windowed, overlapping, cursor
 * moved only after a window is stored), push intake through the same upserts, and an outbox
 * that runs effects at least once with retries and parks what cannot run. `createAfterSalesDesk`
 * pulls after-sales, keeps each case with its history and gives every after-sale effect a handler.
 *
 * Install `@omskit/core` and import `createOms` from `@omskit/core/runtime`.
 *
 * @module
 */

export {
  type AfterSaleReceiveOutcome,
  type AfterSaleSyncReport,
  type AfterSalesDesk,
  type AfterSalesDeskOptions,
  createAfterSalesDesk,
} from './after-sales-desk';
export { afterSaleEffectHandlers } from './after-sales-effects';
export { type AfterSaleSettlePayload, afterSaleSettleEffectKind } from './after-sales-settle';
export { afterSaleSyncKey } from './after-sales-sync';
export {
  afterSaleMessageEffectKind,
  RecentMessageIds,
  unknownMessageEffectKind,
} from './apply-channel-messages';
export { type AppliedSnapshot, applyOrderSnapshot } from './apply-order-snapshot';
export { createOms, createRandomIds } from './create-oms';
export { importOrderSheet, readOrderSheetRows } from './import-order-sheet';
export type {
  CreateOmsOptions,
  EffectContext,
  EffectHandler,
  IngestPushResult,
  Oms,
  OmsProgressEvent,
  OutboxRunReport,
  PipelineContext,
  PipelineStep,
  ShopRegistration,
  ShopSyncReport,
} from './oms-types';
export type {
  OrderSheetField,
  OrderSheetFile,
  OrderSheetImport,
  OrderSheetMapping,
  OrderSheetOptions,
  OrderSheetRowError,
} from './order-sheet-types';
export { requiredOrderSheetFields } from './order-sheet-types';
export { parseCsv } from './parse-csv';
export { maskDetail, maskName, maskPhone, parseOrderSheet } from './parse-order-sheet';
export { planSyncWindows } from './plan-sync-windows';
export { type ChannelShipPayload, channelShipEffectKind } from './run-outbox';
export { pipelineRetryEffectKind } from './run-pipeline';
export { shopSyncKey } from './sync-shop';
