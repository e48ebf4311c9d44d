/**
 * `@omskit/carriers/jt/testing`: a mock J&T gateway (msw handlers) for your tests. Needs `msw`.
 *
 * @module
 */
export { createJtMockCarrier, type JtMockCarrier, type JtMockCarrierOptions } from './jt-mock-carrier';
