// A buyer's return request on Taobao, end to end through omskit: the runtime syncs and ships the
// order, the after-sales desk pulls the refund, auto-approves it, the warehouse receives and
// inspects the parcel (resellable units restocked through the pool), finance pays, the refund is
// settled into the order's lines and the case closes. Taobao's seller refund APIs are not in the
// protocol reference, so the adapter declares no after-sale decisions: the approve call is parked
// for the seller console, and the mock platform sees no decision call.
import { createTaobaoAdapter } from '@omskit/adapters-taobao';
import { createTaobaoMockPlatform } from '@omskit/adapters-taobao/testing';
import { defaultAfterSalePolicy } from '@omskit/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runReturnFlow } from './return-flow';

const shopId = 'tb-flagship';
const mock = createTaobaoMockPlatform({ now: '2026-11-18T12:00:00.000Z', seed: 11 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

it('runs a Taobao return from request to closed case', async () => {
  let token = mock.addShop(shopId);
  const adapter = createTaobaoAdapter({
    appKey: mock.appKey,
    appSecret: mock.appSecret,
    clock: mock.clock,
    accessToken: () => token,
    refreshAccessToken: (shop) => (token = mock.issueToken(shop)),
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
  });
  const outcome = await runReturnFlow({
    adapter,
    shopId,
    controls: mock.controls,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 1_000_000, autoApproveTypes: ['return_refund'] },
    requestReturn: (platformOrderId) => {
      mock.addRefund(shopId, platformOrderId, { status: 'WAIT_SELLER_AGREE', hasGoodReturn: true });
    },
  });
  expect(outcome.calls.filter((call) => call.startsWith('taobao.refunds.receive.get'))).not.toHaveLength(0);
  expect(outcome.decisionParked).toMatchObject({ code: 'unsupported' });
  expect(outcome.calls.some((call) => call.includes('rp.') || call.includes('refund.agree'))).toBe(false);
});
