/**
 * The fulfilment module of `@omskit/core`: pick tasks with unique ids and a compact, versioned,
 * checksummed QR payload; waves by warehouse, carrier cut-off and zone; a serpentine pick path
 * with its walking length against order-line order; the packing check; outbound confirmation
 * (the order ships, the reservation is deducted, the tracking number goes back to the platform,
 * the buyer is told, all as effects); and a watchdog for late parcels and ship-by times.
 *
 * @module
 */
export { type BinLocation, formatBinCode, type ParseBinCodeResult, parseBinCode } from './bin-location';
export {
  checkPacking,
  type PackingCheckResult,
  type PackingDifference,
  type PackingScan,
} from './check-packing';
export {
  type ConfirmOutboundInput,
  type ConfirmOutboundResult,
  confirmOutbound,
  type InventoryDeductPayload,
  type OrderShippedNoticePayload,
  type OutboundChannelShipPayload,
  type OutboundEffect,
  type OutboundParcel,
  type OutboundRefusal,
} from './confirm-outbound';
export {
  type FulfillmentAlert,
  runFulfillmentWatchdog,
  type WatchdogConfig,
  type WatchdogInput,
  type WatchedParcel,
} from './fulfillment-watchdog';
export { improvePickOrder } from './improve-pick-path';
export { type PickPath, type PickPathStrategy, planPickPath, serpentineOrder } from './pick-path';
export { type CreatePickTasksResult, createPickTasks, type PickRequest, type PickTask } from './pick-task';
export {
  type DecodePickTaskQrResult,
  decodePickTaskQr,
  type EncodePickTaskQrResult,
  encodePickTaskQr,
  maxPickTaskQrLength,
  type PickTaskQrFields,
  pickTaskQrPrefix,
} from './pick-task-qr';
export { type PickWave, planWaves, type WavePlanOptions } from './plan-waves';
export {
  defaultWarehouseLayout,
  tourLength,
  type WalkPoint,
  type WarehouseLayout,
  walkDistance,
} from './warehouse-layout';
