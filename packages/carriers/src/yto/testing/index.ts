/**
 * `@omskit/carriers/yto/testing`: a mock YTO gateway (msw handlers) for your tests. Needs `msw`.
 *
 * @module
 */
export { createYtoMockCarrier, type YtoMockCarrier, type YtoMockCarrierOptions } from './yto-mock-carrier';
