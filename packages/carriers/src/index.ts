/**
 * `@omskit/carriers`: carrier adapters for omskit — SF Express (顺丰), ZTO (中通), J&T (极兔),
 * YTO (圆通), a Kuaidi100 (快递100) tracker and offline rate cards — each a `CarrierAdapter` v1
 * from a factory, plus the carriers' signing functions, push verifiers, tracking code tables and
 * carrier KPIs from tracking histories.
 *
 * Install: `pnpm add @omskit/carriers @omskit/core`. Import one carrier per subpath
 * (`@omskit/carriers/sf`, `/zto`, `/jt`, `/yto`, `/kuaidi100`, `/rate-card`, `/kpi`); each
 * carrier's mock gateway for tests lives under its `/testing` subpath
 * (`@omskit/carriers/sf/testing`, ...; add `msw` as a dev dependency). This entry re-exports the
 * factories, signing functions, verifiers and KPIs.
 *
 * @packageDocumentation
 */
export { createJtCarrier, jtBusinessDigest, jtHeaderDigest } from './jt';
export {
  type CarrierKpiReport,
  computeCarrierKpis,
  type ShipmentOutcome,
  shipmentOutcome,
  type TrackedShipment,
  toCarrierKpi,
} from './kpi';
export {
  createKuaidi100Tracker,
  type Kuaidi100Tracker,
  kuaidi100OrderSign,
  kuaidi100PushSign,
  kuaidi100Sign,
  verifyKuaidi100Push,
} from './kuaidi100';
export { createRateCardCarrier, quoteShipmentOnRateCard, syntheticRateCards } from './rate-card';
export { createSfCarrier, sfMsgDigest } from './sf';
export type { CarrierEnvironment, CarrierSettings } from './shared/carrier-settings';
export { javaUrlEncode } from './shared/java-url-encode';
export type {
  TrackingCodeEntry,
  TrackingCodeOverrides,
  TrackingCodeTable,
} from './shared/tracking-code-table';
export { createYtoCarrier, verifyYtoPush, ytoPushDigest, ytoSign } from './yto';
export { createZtoCarrier, verifyZtoPush, ztoDataDigest } from './zto';
