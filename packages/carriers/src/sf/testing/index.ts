/**
 * `@omskit/carriers/sf/testing`: a mock SF gateway (msw handlers) for your tests. Needs `msw`.
 *
 * @module
 */
export { createSfMockCarrier, type SfMockCarrier, type SfMockCarrierOptions } from './sf-mock-carrier';
