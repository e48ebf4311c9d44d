/**
 * Order merge and split for `@omskit/core`: a pure, symmetric merge predicate with every reason,
 * merge groups that point back at their source orders, and splits by routing assignment,
 * presale lines and parcel weight limit. All pure; ids and time come from `DomainEnv`.
 *
 * @module
 */
export { addressHash, hasReceiverToken, receiverKey } from './address-hash';
export {
  type CanMergeResult,
  canMergeOrders,
  defaultMergeWindowMs,
  type MergeHint,
  type MergeOptions,
  type MergeRefusalCode,
  mergeRefusalCodes,
} from './can-merge-orders';
export { type FulfilmentLine, fulfilmentLinesOf } from './fulfilment-line';
export { type MergeConflict, type MergeGroup, type MergeOrdersResult, mergeOrders } from './merge-orders';
export {
  type AssignedLine,
  type AssignmentIssue,
  type SplitByAssignmentResult,
  splitLinesByAssignment,
  splitOrderByAssignment,
  type WarehouseAssignment,
  type WarehousePart,
} from './split-by-assignment';
export {
  splitByWeightLimit,
  type WeightParcel,
  type WeightSplit,
  type WeightSplitOptions,
} from './split-by-weight-limit';
export { type PresaleSplit, splitPresaleLines } from './split-presale-lines';
