/**
 * `@omskit/carriers/kuaidi100/testing`: a mock Kuaidi100 (msw handlers) for your tests. Needs `msw`.
 *
 * @module
 */
export { createKuaidi100Mock, type Kuaidi100Mock, type Kuaidi100MockOptions } from './kuaidi100-mock';
