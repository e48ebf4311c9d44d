/**
 * `@omskit/carriers/kpi`: carrier KPIs from tracking histories (pure functions).
 *
 * @module
 */
export {
  type CarrierKpiReport,
  computeCarrierKpis,
  type ShipmentOutcome,
  shipmentOutcome,
  type TrackedShipment,
  toCarrierKpi,
} from './carrier-kpis';
