// A mock JD platform behind msw and an adapter wired to it, recording the business parameters
// (`360buy_param_json`) of every call of one method and every log line: shared by the tests of
// the opt-in after-sale list and OAID decryption.
import type { LogFields } from '@omskit/core';
import type { SetupServer } from 'msw/node';
import { createJdAdapter } from './jd-adapter';
import type { JdAdapterSettings } from './jd-settings';
import { createJdMockPlatform } from './testing';

export function jdTestWorld(
  server: SetupServer,
  shopId: string,
  method: string,
  settings: (platform: ReturnType<typeof createJdMockPlatform>) => Partial<JdAdapterSettings>,
) {
  const platform = createJdMockPlatform();
  server.use(...platform.handlers);
  const token = platform.issueToken(shopId);
  const sent: Record<string, unknown>[] = [];
  const logs: string[] = [];
  const log = (message: string, fields?: LogFields) =>
    void logs.push(`${message} ${JSON.stringify(fields ?? {})}`);
  const adapter = createJdAdapter({
    appKey: platform.appKey,
    appSecret: platform.appSecret,
    clock: platform.clock,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
    accessToken: () => token,
    logger: { debug: log, info: log, warn: log, error: log },
    fetch: async (input, init) => {
      const form =
        init?.body instanceof URLSearchParams
          ? init.body
          : input instanceof Request
            ? new URLSearchParams(await input.clone().text())
            : undefined;
      if (form?.get('method') === method) sent.push(JSON.parse(form.get('360buy_param_json') ?? '{}'));
      return fetch(input, init);
    },
    ...settings(platform),
  });
  return { platform, adapter, sent, logs };
}
