// A buyer's return request on Taobao, end to end through omskit (see return-flow.ts): the runtime
// syncs and ships the order, the after-sales desk pulls the refund with taobao.refunds.receive.get
// and auto-approves it. Taobao's seller refund APIs are not in the protocol reference, so the
// adapter declares no after-sale decisions: the approval and the confirmation of receipt are each
// parked once for the seller console, and the platform sees no decision call. The mock cannot
// move a refund after it was opened, so the host reports the return address and the buyer's
// tracking number; the warehouse, finance and the desk do the rest.
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
const writes = new Set(['taobao.logistics.offline.send']);

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
  expect(adapter.capabilities).toMatchObject({ afterSales: true, afterSaleDecisions: [] });
  const outcome = await runReturnFlow({
    adapter,
    shopId,
    controls: mock.controls,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 1_000_000, autoApproveTypes: ['return_refund'] },
    intake: { kind: 'pull' },
    requestReturn: (platformOrderId) => {
      mock.addRefund(shopId, platformOrderId, { status: 'WAIT_SELLER_AGREE', hasGoodReturn: true });
    },
  });
  expect(outcome.calls).toContain('taobao.refunds.receive.get');
  expect(
    outcome.calls.filter((call) => writes.has(call) || /refund\.(agree|refuse)|rp\./.test(call)),
  ).toEqual(['taobao.logistics.offline.send']);
  expect(outcome.decisions).toEqual([
    { action: 'approve_return', outcome: 'parked', code: 'unsupported' },
    { action: 'confirm_return_received', outcome: 'parked', code: 'unsupported' },
  ]);
  expect(outcome.notices).toEqual(['after-sale-approved', 'return-instructions', 'refund-paid']);
  expect(outcome.finalCase.history.map((entry) => [entry.event, entry.by, entry.to])).toEqual([
    ['check', 'auto', 'auto_checked'],
    ['approve', 'auto', 'approved'],
    ['await_return', 'seller', 'awaiting_return'],
    ['ship_return', 'buyer', 'return_in_transit'],
    ['receive', 'warehouse', 'received'],
    ['inspect', 'warehouse', 'inspected'],
    ['issue_refund', 'seller', 'refund_pending'],
    ['confirm_refund', 'finance', 'refunded'],
    ['close', 'auto', 'closed'],
  ]);
});
