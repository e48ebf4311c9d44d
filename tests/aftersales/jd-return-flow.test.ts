// A buyer's return on JD, end to end through omskit (see return-flow.ts), twice. First with the
// service-order list turned on (`afterSaleList`, UNVERIFIED): the desk pulls the service order
// from `jingdong.asc.query.list` like any other platform's after-sales. Then with the default
// settings, where the adapter declares `afterSales: false` and the desk's pull reports
// `unsupported`: the host fetches the service order itself, maps it with `mapJdAfterSale` (with
// its own status table, which the reference does not give) and hands it to `desk.receive`. The
// service order names a SKU, not an order line; the desk matches it by the line's skuId. No
// decision call exists, so the approval and the confirmation of receipt are each parked once for
// the seller console, and the host reports the return address and tracking number; the flow
// still closes.
import { createJdAdapter, type JdAdapterSettings, mapJdAfterSale } from '@omskit/adapters-jd';
import { createJdMockPlatform } from '@omskit/adapters-jd/testing';
import { defaultAfterSalePolicy } from '@omskit/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { runReturnFlow } from './return-flow';

const shopId = 'jd-pop';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The JD adapter on a mock platform's shop, with the given opt-in settings. */
function jdAdapter(
  platform: ReturnType<typeof createJdMockPlatform>,
  extra: Partial<JdAdapterSettings> = {},
) {
  const token = platform.issueToken(shopId);
  return createJdAdapter({
    appKey: platform.appKey,
    appSecret: platform.appSecret,
    clock: platform.clock,
    accessToken: () => token,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
    ...extra,
  });
}

/** A fresh mock platform per scenario, so each sees only its own calls. */
function freshPlatform() {
  const platform = createJdMockPlatform({ startAt: '2026-11-18T04:00:00.000Z' });
  server.use(...platform.handlers);
  return platform;
}

/** `yyyy-MM-dd HH:mm:ss` in Beijing time, as JD writes times. */
const beijing = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

const closedPath = [
  'auto_checked',
  'approved',
  'awaiting_return',
  'return_in_transit',
  'received',
  'inspected',
  'refund_pending',
  'refunded',
  'closed',
];

it('runs a JD return from request to closed case, the service order pulled from the list', async () => {
  const platform = freshPlatform();
  const adapter = jdAdapter(platform, {
    afterSaleList: {
      buId: platform.venderIdOf(shopId),
      operatePin: 'omskit',
      // The host's status table: the reference knows only 13 (closed).
      statuses: { '10005': 'requested' },
    },
  });
  expect(adapter.capabilities.afterSales).toBe(true);
  const outcome = await runReturnFlow({
    adapter,
    shopId,
    controls: platform.controls,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 1_000_000, autoApproveTypes: ['return_refund'] },
    requestReturn: (platformOrderId, order) => {
      const line = order.lines[0];
      // What the buyer paid for one unit after discounts, as the service order states it.
      const unitPaid = Math.floor((line?.paid.amount ?? 0) / (line?.quantity ?? 1)) / 100;
      platform.requestService(shopId, platformOrderId, { actualPayPrice: unitPaid });
    },
    intake: { kind: 'pull' },
  });
  expect(outcome.calls).toContain('jingdong.asc.query.list');
  expect(outcome.decisions).toEqual([
    { action: 'approve_return', outcome: 'parked', code: 'unsupported' },
    { action: 'confirm_return_received', outcome: 'parked', code: 'unsupported' },
  ]);
  // One unit (the service order gives no quantity), matched to the order line by its SKU.
  expect(outcome.finalCase.afterSale.lines).toMatchObject([
    { lineId: outcome.order.lines[0]?.lineId, quantity: 1 },
  ]);
  expect(outcome.finalCase.history.map((entry) => entry.to)).toEqual(closedPath);
});

it('runs a JD return from request to closed case, the after-sale fetched by the host', async () => {
  const platform = freshPlatform();
  const adapter = jdAdapter(platform);
  expect(adapter.capabilities.afterSales).toBe(false);
  expect(adapter.capabilities.afterSaleDecisions).toEqual([]);
  const outcome = await runReturnFlow({
    adapter,
    shopId,
    controls: platform.controls,
    policy: { ...defaultAfterSalePolicy, autoApproveMaxFen: 1_000_000, autoApproveTypes: ['return_refund'] },
    requestReturn: () => {},
    intake: {
      kind: 'host',
      fetchAfterSale: (order) => {
        const line = order.lines[0];
        const { afterSale } = mapJdAfterSale(
          {
            serviceId: '990077001',
            orderId: order.platformOrderId,
            skuId: line?.skuId,
            customerExpect: 10,
            questionDesc: '尺码不合适',
            applyTime: beijing(platform.clock.now()),
            refoundAmount: ((line?.paid.amount ?? 0) / 100).toFixed(2),
            status: 10005,
          },
          // The host's status table: the reference knows only 13 (closed).
          { shopId, statuses: { '10005': 'requested' } },
        );
        // The service order names the SKU; the host says how many units it covers.
        return {
          ...afterSale,
          lines: [
            {
              lineId: `${order.platformOrderId}-sku-${line?.skuId}`,
              skuId: line?.skuId ?? '',
              quantity: line?.quantity ?? 1,
              refundAmount: afterSale.refundAmount,
            },
          ],
        };
      },
    },
  });
  // The mock saw the order calls and the shipment, nothing about the after-sale.
  expect(outcome.calls.filter((call) => !call.startsWith('jingdong.pop.order.'))).toEqual([]);
  expect(outcome.calls.filter((call) => call === 'jingdong.pop.order.shipment')).toHaveLength(1);
  expect(outcome.decisions).toEqual([
    { action: 'approve_return', outcome: 'parked', code: 'unsupported' },
    { action: 'confirm_return_received', outcome: 'parked', code: 'unsupported' },
  ]);
  expect(outcome.notices).toEqual(['after-sale-approved', 'return-instructions', 'refund-paid']);
  expect(outcome.finalCase.afterSale.lines[0]?.lineId).toBe(outcome.order.lines[0]?.lineId);
  expect(outcome.finalCase.history.map((entry) => entry.to)).toEqual(closedPath);
});
