/**
 * `@omskit/carriers/zto/testing`: a mock ZTO gateway (msw handlers) for your tests. Needs `msw`.
 *
 * @module
 */
export { createZtoMockCarrier, type ZtoMockCarrier, type ZtoMockCarrierOptions } from './zto-mock-carrier';
