// A buyer's return (退货退款, type 0) in a Douyin shop, end to end through omskit (see
// return-flow.ts): pulled with afterSale.List, amounts in fen, lines by sku_order_id. Douyin's
// after-sale decision call is not wired (the adapter declares none), so the approval is parked
// for the seller console.
import { createDouyinAdapter } from '@omskit/adapters-douyin';
import { createDouyinMockPlatform } from '@omskit/adapters-douyin/testing';
import { defaultAfterSalePolicy } from '@omskit/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runReturnFlow } from './return-flow';

const shopId = '4463798';
const platform = createDouyinMockPlatform({ now: '2026-11-18T04:00:00.000Z' });
const server = setupServer(...platform.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

it('runs a Douyin return from request to closed case', async () => {
  const token = platform.issueToken(shopId);
  const adapter = createDouyinAdapter({
    appKey: platform.appKey,
    appSecret: platform.appSecret,
    baseUrl: platform.baseUrl,
    clock: { now: () => Date.parse(platform.controls.now()) },
    accessToken: () => token,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
  });
  const outcome = await runReturnFlow({
    adapter,
    shopId,
    controls: platform.controls,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 1_000_000, autoApproveTypes: ['return_refund'] },
    requestReturn: (shopOrderId, order) => {
      const line = order.lines[0];
      const second = Math.floor(Date.parse(platform.controls.now()) / 1000);
      platform.putAfterSale(shopId, {
        aftersale_info: {
          aftersale_id: '7140000000000000777',
          aftersale_type: 0,
          aftersale_status: 6,
          refund_amount: line?.paid.amount ?? 0,
          reason_remark: '不喜欢',
          apply_time: second,
          update_time: second,
        },
        order_info: {
          shop_order_id: shopOrderId,
          related_order_info: [
            {
              sku_order_id: line?.lineId ?? '',
              aftersale_item_num: line?.quantity ?? 1,
              refund_amount: line?.paid.amount ?? 0,
            },
          ],
        },
      });
    },
  });
  expect(outcome.calls).toContain('afterSale.List');
  expect(outcome.decisionParked).toMatchObject({ code: 'unsupported' });
  expect(outcome.order.lines[0]?.refundStatus).toBeDefined();
});
