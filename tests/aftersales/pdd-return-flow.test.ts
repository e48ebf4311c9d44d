// A buyer's return (退货退款) on Pinduoduo, end to end through omskit (see return-flow.ts). PDD's
// refund names the SKU, not the order line: the desk matches it to the order's line by sku_id. No
// decision API is in the protocol reference, so the approval is parked for the seller console.
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

it('runs a PDD return from request to closed case', async () => {
  const token = platform.issueToken(shopId);
  const adapter = createPddAdapter({
    clientId: platform.clientId,
    clientSecret: platform.clientSecret,
    clock: platform.clock,
    accessToken: () => token,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
  });
  const outcome = await runReturnFlow({
    adapter,
    shopId,
    controls: platform.controls,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 1_000_000, autoApproveTypes: ['return_refund'] },
    requestReturn: (orderSn, order) => {
      const raw = platform.rawOrder(shopId, orderSn);
      const items = (raw?.['item_list'] ?? []) as { sku_id: unknown; goods_count: unknown }[];
      const line = order.lines[0];
      const now = platform.controls.now();
      platform.putRefund(
        shopId,
        {
          id: 880_001,
          order_sn: orderSn,
          after_sales_status: 3,
          after_sales_type: 3,
          after_sale_reason: '尺码不合适',
          refund_amount: formatYuan(line?.paid ?? { amount: 0, currency: 'CNY' }),
          goods_number: line?.quantity ?? 1,
          sku_id: items[0]?.sku_id as string,
          created_time: shanghai(now),
          updated_time: shanghai(now),
        },
        now,
      );
    },
  });
  expect(outcome.calls).toContain('pdd.refund.list.increment.get');
  expect(outcome.decisionParked).toMatchObject({ code: 'unsupported' });
  expect(outcome.finalCase.afterSale.lines[0]?.lineId).toBe(outcome.order.lines[0]?.lineId);
});
