import { OmsError } from '@omskit/core';
import { createDouyinCall } from './douyin-client';
import { douyinReader } from './douyin-read';
import { type DouyinAdapterSettings, resolveDouyinSettings } from './douyin-settings';

/** Tokens of one shop as `token.create` / `token.refresh` return them. Store them; never log them. */
export interface DouyinTokenSet {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** When the access token expires. */
  readonly expiresAt: string;
  readonly shopId?: string;
  readonly scope?: string;
}

/** Settings of {@link refreshDouyinToken}: the adapter's settings minus the token hooks. */
export type DouyinTokenSettings = Omit<DouyinAdapterSettings, 'accessToken' | 'refreshAccessToken'>;

/**
 * Calls `token.refresh` (`grant_type=refresh_token`). Douyin's rules: refreshing more than an hour
 * before the access token expires returns the same tokens; inside the last hour it returns new ones
 * and the old ones stay valid for an hour; after expiry the old ones are invalid. The refresh token
 * lives 14 days. Use it inside your `refreshAccessToken` hook and store what it returns.
 *
 * @throws OmsError `auth_expired` (50001 `dop.token-generate-failed:*`) when the refresh token is no
 *   longer valid, so the shop must authorise the app again.
 */
export async function refreshDouyinToken(
  settings: DouyinTokenSettings,
  refreshToken: string,
  signal?: AbortSignal,
): Promise<DouyinTokenSet> {
  const resolved = resolveDouyinSettings({ ...settings, accessToken: () => '' });
  const { call } = createDouyinCall(resolved);
  const data = await call(
    'token.refresh',
    { grant_type: 'refresh_token', refresh_token: refreshToken },
    { shopId: '', signal, anonymous: true },
  );
  const reader = douyinReader(data);
  const accessToken = reader.optionalString(data['access_token'], ['access_token']);
  const nextRefresh = reader.optionalString(data['refresh_token'], ['refresh_token']);
  const expiresIn = reader.integer(data['expires_in'], ['expires_in']);
  if (accessToken === undefined || nextRefresh === undefined) {
    throw new OmsError('platform_rejected', 'douyin token.refresh returned no tokens', {
      platform: 'douyin',
    });
  }
  const now = (settings.clock ?? { now: () => Date.now() }).now();
  const shopId = reader.optionalId(data['shop_id'], ['shop_id']);
  const scope = reader.optionalString(data['scope'], ['scope']);
  return {
    accessToken,
    refreshToken: nextRefresh,
    expiresAt: new Date(now + expiresIn * 1000).toISOString(),
    ...(shopId === undefined ? {} : { shopId }),
    ...(scope === undefined ? {} : { scope }),
  };
}
