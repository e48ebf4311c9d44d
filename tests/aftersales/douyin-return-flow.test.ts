// A buyer's return (退货退款, type 0) in a Douyin shop, end to end through omskit (see
// return-flow.ts). The request arrives as a signed push (tag 200 买家发起售后) through
// oms.ingestPush; its outbox handler pulls the shop's after-sales with afterSale.List (amounts in
// fen, lines by sku_order_id). The platform's record then moves as Douyin's does: 7 (待买家退货)
// once approved, 11 (待商家二次同意) with return_logistics_code once the buyer sent the parcel.
// The adapter declares no after-sale decision calls, so the approval and the confirmation of
// receipt are each parked once for the seller console.
import { createDouyinAdapter } from '@omskit/adapters-douyin';
import { createDouyinMockPlatform, type MockJson } from '@omskit/adapters-douyin/testing';
import { defaultAfterSalePolicy } from '@omskit/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runReturnFlow } from './return-flow';

const shopId = '4463798';
const afterSaleId = '7140000000000000777';
const platform = createDouyinMockPlatform({ now: '2026-11-18T04:00:00.000Z' });
const server = setupServer(...platform.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

/** Douyin operations that change something on the platform. */
const writes = new Set(['order.logisticsAdd', 'order.logisticsAddMultiPack']);

it('runs a Douyin return from a pushed request to closed case', async () => {
  const token = platform.issueToken(shopId);
  const adapter = createDouyinAdapter({
    appKey: platform.appKey,
    appSecret: platform.appSecret,
    baseUrl: platform.baseUrl,
    clock: { now: () => Date.parse(platform.controls.now()) },
    accessToken: () => token,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
  });
  expect(adapter.capabilities).toMatchObject({ afterSales: true, push: true, afterSaleDecisions: [] });
  const second = () => Math.floor(Date.parse(platform.controls.now()) / 1000);
  let item: { aftersale_info: Record<string, string | number>; order_info: { [key: string]: MockJson } } = {
    aftersale_info: {},
    order_info: {},
  };
  const update = (info: Record<string, string | number>) => {
    item = { ...item, aftersale_info: { ...item.aftersale_info, ...info, update_time: second() } };
    platform.putAfterSale(shopId, item);
  };
  const outcome = await runReturnFlow({
    adapter,
    shopId,
    controls: platform.controls,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 1_000_000, autoApproveTypes: ['return_refund'] },
    requestReturn: (shopOrderId, order) => {
      const line = order.lines[0];
      item = {
        aftersale_info: {},
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
      };
      update({
        aftersale_id: afterSaleId,
        aftersale_type: 0,
        aftersale_status: 6,
        refund_amount: line?.paid.amount ?? 0,
        reason_remark: '不喜欢',
        apply_time: second(),
      });
    },
    intake: {
      kind: 'push',
      push: () =>
        platform.signedPush(
          '200',
          JSON.stringify({
            aftersale_id: afterSaleId,
            aftersale_status: 6,
            aftersale_type: 0,
            shop_id: Number(shopId),
            apply_time: second(),
            update_time: second(),
          }),
        ),
    },
    platform: {
      returnApproved: () => update({ aftersale_status: 7 }),
      returnShipped: (trackingNumber) =>
        update({ aftersale_status: 11, return_logistics_code: trackingNumber }),
    },
  });
  expect(outcome.calls).toContain('afterSale.List');
  expect(
    outcome.calls.filter(
      (call) =>
        writes.has(call) ||
        (call.startsWith('afterSale.') && call !== 'afterSale.List' && call !== 'afterSale.Detail'),
    ),
  ).toEqual(['order.logisticsAdd']);
  expect(outcome.decisions).toEqual([
    { action: 'approve_return', outcome: 'parked', code: 'unsupported' },
    { action: 'confirm_return_received', outcome: 'parked', code: 'unsupported' },
  ]);
  expect(outcome.notices).toEqual(['after-sale-approved', 'refund-paid']);
  expect(outcome.finalCase.history.map((entry) => [entry.event, entry.by, entry.to])).toEqual([
    ['check', 'auto', 'auto_checked'],
    ['approve', 'auto', 'approved'],
    ['platform', 'platform', 'awaiting_return'],
    ['platform', 'platform', 'return_in_transit'],
    ['receive', 'warehouse', 'received'],
    ['inspect', 'warehouse', 'inspected'],
    ['issue_refund', 'seller', 'refund_pending'],
    ['confirm_refund', 'finance', 'refunded'],
    ['close', 'auto', 'closed'],
  ]);
  expect(outcome.finalCase.history.map((entry) => entry.platformStatus).slice(2, 4)).toEqual(['7', '11']);
});
