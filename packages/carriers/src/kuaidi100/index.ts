/**
 * `@omskit/carriers/kuaidi100`: the Kuaidi100 (快递100) tracker (query, subscribe, signed pushes,
 * price quotes), its signatures and state table. The mock for tests is
 * `@omskit/carriers/kuaidi100/testing`.
 *
 * @module
 */
export { classifyKuaidi100Response, kuaidi100ReturnCodes } from './kuaidi100-error';
export {
  type Kuaidi100PushOptions,
  kuaidi100PushAck,
  parseKuaidi100Push,
  verifyKuaidi100Push,
} from './kuaidi100-push';
export { type Kuaidi100TrackerSettings, kuaidi100Urls } from './kuaidi100-settings';
export { kuaidi100OrderSign, kuaidi100PushSign, kuaidi100Sign } from './kuaidi100-sign';
export { kuaidi100CompanyCodes, kuaidi100States } from './kuaidi100-states';
export { kuaidi100Events } from './kuaidi100-traces';
export { createKuaidi100Tracker, type Kuaidi100Tracker } from './kuaidi100-tracker';
