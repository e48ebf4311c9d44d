// A buyer's return (退货退款) on Pinduoduo, end to end through omskit (see return-flow.ts). PDD's
// refund names the SKU, not the order line: the desk matches it to the order's line by sku_id. No
// decision API is in the protocol reference, so the approval and the confirmation of receipt are
// each parked once for the seller console. The platform's record then moves on as PDD's does:
// 7 (已同意退货退款，待用户发货) once approved, and the same status with the buyer's tracking_number
// once the parcel is sent, which the desk reads as the return being on its way.
import { createPddAdapter } from '@omskit/adapters-pdd';
import { createPddMockPlatform } from '@omskit/adapters-pdd/testing';
import { defaultAfterSalePolicy, formatYuan } from '@omskit/core';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runReturnFlow } from './return-flow';

const shopId = 'pdd-store';
const platform = createPddMockPlatform({ now: '2026-11-18T04:00:00.000Z' });
const server = setupServer(...platform.handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

/** `yyyy-MM-dd HH:mm:ss` in Shanghai time, as PDD writes times. */
const shanghai = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

/** PDD operations that change something on the platform. */
const writes = new Set(['pdd.logistics.online.send']);

it('runs a PDD return from request to closed case', async () => {
  const token = platform.issueToken(shopId);
  const adapter = createPddAdapter({
    clientId: platform.clientId,
    clientSecret: platform.clientSecret,
    clock: platform.clock,
    accessToken: () => token,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
  });
  expect(adapter.capabilities).toMatchObject({ afterSales: true, afterSaleDecisions: [] });
  let refund: Record<string, unknown> = {};
  const update = (change: Record<string, unknown>) => {
    const now = platform.controls.now();
    refund = { ...refund, ...change, updated_time: shanghai(now) };
    platform.putRefund(shopId, refund as Parameters<typeof platform.putRefund>[1], now);
  };
  const outcome = await runReturnFlow({
    adapter,
    shopId,
    controls: platform.controls,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 1_000_000, autoApproveTypes: ['return_refund'] },
    intake: { kind: 'pull' },
    requestReturn: (orderSn, order) => {
      const raw = platform.rawOrder(shopId, orderSn);
      const items = (raw?.['item_list'] ?? []) as { sku_id: unknown }[];
      const line = order.lines[0];
      refund = {
        id: 880_001,
        order_sn: orderSn,
        after_sales_status: 3,
        after_sales_type: 3,
        after_sale_reason: '尺码不合适',
        refund_amount: formatYuan(line?.paid ?? { amount: 0, currency: 'CNY' }),
        goods_number: line?.quantity ?? 1,
        sku_id: items[0]?.sku_id as string,
        created_time: shanghai(platform.controls.now()),
      };
      update({});
    },
    platform: {
      returnApproved: () => update({ after_sales_status: 7 }),
      returnShipped: (trackingNumber) =>
        update({ tracking_number: trackingNumber, shipping_name: '圆通快递' }),
    },
  });
  expect(outcome.calls).toContain('pdd.refund.list.increment.get');
  expect(outcome.calls.filter((call) => writes.has(call) || call.includes('refund.agree'))).toEqual([
    'pdd.logistics.online.send',
  ]);
  expect(outcome.decisions).toEqual([
    { action: 'approve_return', outcome: 'parked', code: 'unsupported' },
    { action: 'confirm_return_received', outcome: 'parked', code: 'unsupported' },
  ]);
  // The platform told the buyer where to send the parcel; omskit does not repeat it.
  expect(outcome.notices).toEqual(['after-sale-approved', 'refund-paid']);
  expect(outcome.finalCase.afterSale.lines[0]?.lineId).toBe(outcome.order.lines[0]?.lineId);
  expect(outcome.finalCase.history.map((entry) => [entry.event, entry.by, entry.to])).toEqual([
    ['check', 'auto', 'auto_checked'],
    ['approve', 'auto', 'approved'],
    ['platform', 'platform', 'awaiting_return'],
    ['ship_return', 'buyer', 'return_in_transit'],
    ['receive', 'warehouse', 'received'],
    ['inspect', 'warehouse', 'inspected'],
    ['issue_refund', 'seller', 'refund_pending'],
    ['confirm_refund', 'finance', 'refunded'],
    ['close', 'auto', 'closed'],
  ]);
  expect(outcome.finalCase.history[2]?.platformStatus).toBe('7');
  expect(outcome.finalCase.history[2]?.effects?.map((effect) => effect.kind)).toEqual([
    'warehouse.expect-return',
  ]);
});
