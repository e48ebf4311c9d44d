/**
 * The order module of `@omskit/core`: the order lifecycle as a transition table with a pure
 * `transitionOrder`, and the idempotent, monotonic rules for upserting platform snapshots.
 *
 * @module
 */
export { canTransitionOrder, nextOrderStatus } from './can-transition-order';
export { diffOrders, type OrderChange } from './diff-orders';
export { isTerminalStatus } from './is-terminal-status';
export { type MergedOrderSnapshot, mergeOrderSnapshot } from './merge-order-snapshot';
export { orderFingerprint } from './order-fingerprint';
export {
  type OrderLifecycleEvent,
  type OrderLifecycleEventData,
  type OrderLifecycleEventType,
  orderLifecycleEventTypes,
} from './order-lifecycle-event';
export { orderStatusEventType } from './order-status-event-type';
export { type OrderTransitionRow, type OrderTransitionTable, orderTransitions } from './order-transitions';
export { isStatusReachable, reachableStatuses } from './reachable-statuses';
export {
  type OrderTransitioned,
  type OrderTransitionRefused,
  type TransitionOrderResult,
  transitionOrder,
} from './transition-order';
export { type UpsertOutcome, type UpsertResult, upsertOrder } from './upsert-order';
