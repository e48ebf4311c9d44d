import { invalidInput, OmsError } from '@omskit/core';
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

/** Settings of the token calls: the adapter's settings minus the token hooks. */
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
  const data = await callTokenMethod(
    settings,
    'token.refresh',
    { grant_type: 'refresh_token', refresh_token: refreshToken },
    signal,
  );
  return tokenSetOf(settings, data, 'token.refresh');
}

/**
 * How a shop's first tokens are obtained: a tool-type app (工具型) exchanges the authorisation
 * `code` the shop's consent redirect carried; a self-use app (自用型) names its own shop.
 */
export type DouyinTokenGrant = { readonly code: string } | { readonly shopId: string };

/**
 * Calls `token.create` for a shop's first tokens: `grant_type=authorization_code` with the
 * consent `code` (工具型), or `grant_type=authorization_self` with `shop_id` and an empty code
 * (自用型). Store the tokens; renew them with {@link refreshDouyinToken}.
 *
 * @throws OmsError `invalid_input` naming `code` or `shopId` when it is empty; `auth_expired`
 *   (50001 `dop.token-generate-failed:*`) when Douyin refuses the code.
 */
export async function createDouyinToken(
  settings: DouyinTokenSettings,
  grant: DouyinTokenGrant,
  signal?: AbortSignal,
): Promise<DouyinTokenSet> {
  let params: Record<string, string>;
  if ('code' in grant) {
    if (typeof grant.code !== 'string' || grant.code === '')
      throw invalidInput(['code'], 'the authorisation code from the consent redirect');
    params = { code: grant.code, grant_type: 'authorization_code' };
  } else {
    if (typeof grant.shopId !== 'string' || grant.shopId === '')
      throw invalidInput(['shopId'], 'the shop id of a self-use app');
    params = { code: '', grant_type: 'authorization_self', shop_id: grant.shopId };
  }
  const data = await callTokenMethod(settings, 'token.create', params, signal);
  return tokenSetOf(settings, data, 'token.create');
}

async function callTokenMethod(
  settings: DouyinTokenSettings,
  method: 'token.create' | 'token.refresh',
  params: Record<string, string>,
  signal: AbortSignal | undefined,
) {
  const resolved = resolveDouyinSettings({ ...settings, accessToken: () => '' });
  const { call } = createDouyinCall(resolved);
  return call(method, params, { shopId: '', signal, anonymous: true });
}

function tokenSetOf(
  settings: DouyinTokenSettings,
  data: Awaited<ReturnType<typeof callTokenMethod>>,
  method: string,
): DouyinTokenSet {
  const reader = douyinReader(data);
  const accessToken = reader.optionalString(data['access_token'], ['access_token']);
  const refreshToken = reader.optionalString(data['refresh_token'], ['refresh_token']);
  const expiresIn = reader.integer(data['expires_in'], ['expires_in']);
  if (accessToken === undefined || refreshToken === undefined) {
    throw new OmsError('platform_rejected', `douyin ${method} returned no tokens`, { platform: 'douyin' });
  }
  const now = (settings.clock ?? { now: () => Date.now() }).now();
  const shopId = reader.optionalId(data['shop_id'], ['shop_id']);
  const scope = reader.optionalString(data['scope'], ['scope']);
  return {
    accessToken,
    refreshToken,
    expiresAt: new Date(now + expiresIn * 1000).toISOString(),
    ...(shopId === undefined ? {} : { shopId }),
    ...(scope === undefined ? {} : { scope }),
  };
}
