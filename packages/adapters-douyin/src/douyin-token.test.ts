import { OmsError } from '@omskit/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDouyinAdapter } from './douyin-adapter';
import { createDouyinToken, refreshDouyinToken } from './douyin-token';
import { createDouyinMockPlatform } from './testing';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

const hour = 3_600_000;
const day = 24 * hour;
const shopId = '4463798';

function setup() {
  const platform = createDouyinMockPlatform({ baseUrl: 'https://douyin-token.mock.test' });
  server.resetHandlers(...platform.handlers);
  const pair = platform.issueTokenPair(shopId);
  const settings = {
    appKey: platform.appKey,
    appSecret: platform.appSecret,
    baseUrl: platform.baseUrl,
    clock: { now: () => Date.parse(platform.controls.now()) },
    retry: { retries: 0 },
  };
  return { platform, pair, settings };
}

describe('refreshDouyinToken against the mock (Douyin refresh rules)', () => {
  it('returns the same tokens more than an hour before expiry', async () => {
    const { pair, settings } = setup();
    const tokens = await refreshDouyinToken(settings, pair.refreshToken);
    expect(tokens).toMatchObject({ accessToken: pair.accessToken, refreshToken: pair.refreshToken, shopId });
  });

  it('returns new tokens inside the last hour; the old token keeps working for an hour', async () => {
    const { platform, pair, settings } = setup();
    platform.controls.advance(7 * day - 30 * 60_000);
    const tokens = await refreshDouyinToken(settings, pair.refreshToken);
    expect(tokens.accessToken).not.toBe(pair.accessToken);
    expect(Date.parse(tokens.expiresAt) - Date.parse(platform.controls.now())).toBe(7 * day);
    const adapterWithOld = createDouyinAdapter({ ...settings, accessToken: () => pair.accessToken });
    const window = {
      from: new Date(Date.parse(platform.controls.now()) - hour).toISOString(),
      to: platform.controls.now(),
    };
    await expect(adapterWithOld.listOrders({ shopId, window })).resolves.toBeDefined();
    platform.controls.advance(hour);
    await expect(adapterWithOld.listOrders({ shopId, window: { ...window } })).rejects.toSatisfy(
      (error: unknown) => OmsError.isCode(error, 'auth_expired'),
    );
  });

  it('fails with auth_expired once the refresh token is gone', async () => {
    const { platform, pair, settings } = setup();
    platform.controls.advance(15 * day);
    await expect(refreshDouyinToken(settings, pair.refreshToken)).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'auth_expired'),
    );
  });
});

describe('createDouyinToken against the mock', () => {
  it('exchanges a consent code once (工具型), and the tokens work and refresh', async () => {
    const { platform, settings } = setup();
    const code = platform.authorizationCode(shopId);
    const tokens = await createDouyinToken(settings, { code });
    expect(tokens).toMatchObject({ shopId, scope: 'SCOPE' });
    expect(Date.parse(tokens.expiresAt)).toBeGreaterThan(Date.parse(platform.controls.now()));
    const adapter = createDouyinAdapter({ ...settings, accessToken: () => tokens.accessToken });
    await expect(
      adapter.listOrders({
        shopId,
        window: { from: '2026-11-11T00:00:00.000Z', to: '2026-11-11T00:30:00.000Z' },
      }),
    ).resolves.toMatchObject({ items: [] });
    expect((await refreshDouyinToken(settings, tokens.refreshToken)).accessToken).toBe(tokens.accessToken);
    // A code works once.
    await expect(createDouyinToken(settings, { code })).rejects.toSatisfy((error: unknown) =>
      OmsError.isCode(error, 'auth_expired'),
    );
  });

  it('creates tokens for a self-use app (自用型) by shop id', async () => {
    const { settings } = setup();
    expect(await createDouyinToken(settings, { shopId })).toMatchObject({ shopId });
  });

  it('names an empty code or shop id before calling', async () => {
    const { settings } = setup();
    await expect(createDouyinToken(settings, { code: '' })).rejects.toMatchObject({ path: ['code'] });
    await expect(createDouyinToken(settings, { shopId: '' })).rejects.toMatchObject({ path: ['shopId'] });
  });
});
