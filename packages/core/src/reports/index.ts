/**
 * The reports module of `@omskit/core`: pure functions that turn orders, milestones and stock
 * into the figures sellers measure: fulfilment cycle time with its distribution and the
 * compression rate between periods, and inventory health. Data first; rendering is the host's.
 *
 * @module
 */
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
