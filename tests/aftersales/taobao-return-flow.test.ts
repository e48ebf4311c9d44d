// A buyer's return request on Taobao, end to end through omskit (see return-flow.ts): the runtime
// syncs and ships the order, the after-sales desk pulls the refund with taobao.refunds.receive.get
// and auto-approves it. The approval goes to the platform (taobao.rp.returngoods.agree, after
// taobao.refund.get for the refund's version), the buyer sends the parcel on the platform and the
// desk follows; confirming the received parcel agrees the refund (taobao.rp.refunds.agree). The
// warehouse, finance and the desk do the rest.
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

/** Taobao operations that change something on the platform. */
const writes = new Set([
  'taobao.logistics.offline.send',
  'taobao.rp.returngoods.agree',
  'taobao.rp.refunds.agree',
  'taobao.refund.refuse',
]);

it('runs a Taobao return from request to closed case, the decisions sent to the platform', async () => {
  let token = mock.addShop(shopId);
  const adapter = createTaobaoAdapter({
    appKey: mock.appKey,
    appSecret: mock.appSecret,
    clock: mock.clock,
    accessToken: () => token,
    refreshAccessToken: (shop) => (token = mock.issueToken(shop)),
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
    // An automatic approval names no address: the shop's return address book entry 7001.
    decisions: { defaultReturnAddressId: '7001' },
  });
  expect(adapter.capabilities).toMatchObject({ afterSales: true });
  expect(adapter.capabilities.afterSaleDecisions).toContain('approve_return');
  let refundId = '';
  const outcome = await runReturnFlow({
    adapter,
    shopId,
    controls: mock.controls,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 1_000_000, autoApproveTypes: ['return_refund'] },
    intake: { kind: 'pull' },
    requestReturn: (platformOrderId) => {
      refundId = mock.addRefund(shopId, platformOrderId, {
        status: 'WAIT_SELLER_AGREE',
        hasGoodReturn: true,
      });
    },
    platform: {
      // The decision call already moved the refund: the platform now waits for the buyer's parcel.
      returnApproved: () => expect(mock.refundStatus(shopId, refundId)).toBe('WAIT_BUYER_RETURN_GOODS'),
      returnShipped: (trackingNumber) => mock.returnShipped(shopId, refundId, { sid: trackingNumber }),
    },
  });
  expect(outcome.calls).toContain('taobao.refunds.receive.get');
  expect(outcome.calls.filter((call) => writes.has(call))).toEqual([
    'taobao.logistics.offline.send',
    'taobao.rp.returngoods.agree',
    'taobao.rp.refunds.agree',
  ]);
  expect(outcome.decisions).toEqual([
    { action: 'approve_return', outcome: 'called' },
    { action: 'confirm_return_received', outcome: 'called' },
  ]);
  expect(mock.refundStatus(shopId, refundId)).toBe('SUCCESS');
  expect(outcome.finalCase.history.map((entry) => entry.to)).toEqual([
    'auto_checked',
    'approved',
    'awaiting_return',
    'return_in_transit',
    'received',
    'inspected',
    'refund_pending',
    'refunded',
    'closed',
  ]);
});
