import { afterAll, afterEach, beforeAll } from 'vitest';
import type { TestRoutes, TestServer } from './test-server';
import { createTestServer } from './test-server';

/**
 * Creates a {@link TestServer} for the enclosing vitest file or `describe`: listens before all
 * tests, resets calls and routes after each, closes after all.
 *
 * @example
 * const server = useTestServer({ 'https://api.jd.com/routerjson': Response.json({ code: '0' }) });
 *
 * it('sends the method name', async () => {
 *   await adapter.getOrder('123');
 *   expect(server.callsTo('https://api.jd.com/routerjson')[0]?.query['method']).toBe('jingdong.pop.order.get');
 * });
 */
export function useTestServer(routes: TestRoutes): TestServer {
  const testServer = createTestServer(routes);
  beforeAll(() => testServer.listen());
  afterEach(() => testServer.reset());
  afterAll(() => testServer.close());
  return testServer;
}
