/**
 * Walks one return-and-refund through omskit's after-sales machine: the automatic check with its
 * guards, the approval, the buyer's return parcel, the warehouse's receipt and inspection, the
 * finance ticket and payment, then settles the refund into the order and prints the support
 * agent's one view. Every step prints the transition and the effects the runtime would enqueue.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/aftersales/handle-a-return.ts
 */

import type { AfterSale, DomainEnv, Order } from '@omskit/core';
import {
  type AfterSaleCase,
  type AfterSaleEffect,
  type AfterSaleEvent,
  buildAfterSalesView,
  defaultAfterSalePolicy,
  openAfterSaleCase,
  runAutoCheck,
  settleAfterSaleRefund,
  transitionAfterSale,
} from '@omskit/core';

// A clock that moves forward an hour per reading, so the history reads like a real day.
let now = Date.parse('2026-11-18T02:00:00.000Z');
let counter = 0;
const env: DomainEnv = {
  clock: { now: () => (now += 3_600_000) },
  ids: { next: (prefix = 'id') => `${prefix}-${++counter}` },
};
const cny = (amount: number) => ({ amount, currency: 'CNY' as const });

const order: Order = {
  id: 'taobao:shop-1:4012345678901234',
  channel: 'taobao',
  shopId: 'shop-1',
  platformOrderId: '4012345678901234',
  status: 'delivered',
  platformStatus: 'WAIT_BUYER_CONFIRM_GOODS',
  createdAt: '2026-11-11T00:00:05.000Z',
  paidAt: '2026-11-11T00:00:30.000Z',
  shippedAt: '2026-11-11T09:00:00.000Z',
  platformModifiedAt: '2026-11-13T04:00:00.000Z',
  buyerToken: 'buyer-open-uid-1',
  receiver: { country: 'CN', province: '浙江省', city: '杭州市', district: '西湖区', tokens: {} },
  lines: [
    {
      lineId: 'L1',
      sellerSku: 'MUG-350-RED',
      title: '保温杯 350ml 红',
      quantity: 2,
      unitPrice: cny(8900),
      amount: cny(17_800),
      discount: cny(1800),
      paid: cny(16_000),
      shippedQuantity: 2,
      refundedQuantity: 0,
      refundStatus: 'none',
      presale: false,
    },
    {
      lineId: 'L2',
      sellerSku: 'LID-350',
      title: '杯盖',
      quantity: 1,
      unitPrice: cny(1500),
      amount: cny(1500),
      discount: cny(0),
      paid: cny(1500),
      shippedQuantity: 1,
      refundedQuantity: 0,
      refundStatus: 'none',
      presale: false,
    },
  ],
  totals: { goods: cny(19_300), shipping: cny(0), discount: cny(1800), paid: cny(17_500) },
  presale: false,
  cod: false,
  shipBlocked: false,
  tags: [],
  platformData: {},
};

const afterSale: AfterSale = {
  id: 'taobao:shop-1:as:2001',
  channel: 'taobao',
  shopId: 'shop-1',
  platformAfterSaleId: '2001',
  orderId: order.id,
  platformOrderId: order.platformOrderId,
  type: 'return_refund',
  status: 'requested',
  platformStatus: 'WAIT_SELLER_AGREE',
  lines: [{ lineId: 'L1', quantity: 2, refundAmount: cny(16_000) }],
  refundAmount: cny(16_000),
  reason: '颜色不喜欢',
  createdAt: '2026-11-18T02:00:00.000Z',
  platformModifiedAt: '2026-11-18T02:00:00.000Z',
  respondBy: '2026-11-20T02:00:00.000Z',
  platformData: {},
};

const yuan = (fen: number) => (fen / 100).toFixed(2);
function printEffects(effects: readonly AfterSaleEffect[]): void {
  for (const effect of effects) {
    const {
      afterSaleId: _a,
      channel: _c,
      shopId: _s,
      platformAfterSaleId: _p,
      orderId: _o,
      platformOrderId: _q,
      ...details
    } = effect.payload;
    console.log(`    effect ${effect.kind.padEnd(26)} ${JSON.stringify(details)}`);
  }
}

console.log(
  `Return and refund ${afterSale.id}: ${afterSale.lines[0]?.quantity} x ${order.lines[0]?.title}, ¥${yuan(afterSale.refundAmount.amount)}\n`,
);

// 1. The automatic check: guards, then the policy's rules (here: trusted buyers up to ¥200).
const policy = { ...defaultAfterSalePolicy, trustedBuyers: ['buyer-open-uid-1'], trustedBuyerMaxFen: 20_000 };
const checked = runAutoCheck(
  openAfterSaleCase(afterSale),
  { order, deliveredAt: '2026-11-13T04:00:00.000Z' },
  env,
  policy,
);
if (!checked.ok) throw new Error(checked.message);
console.log(
  `1. auto-check: ${checked.decision.verdict} by rule "${checked.decision.rule}" (${checked.decision.reason})`,
);
for (const guard of checked.decision.guards)
  console.log(`    guard ${guard.guard.padEnd(13)} ${guard.outcome.padEnd(14)} ${guard.reason}`);
for (const entry of checked.afterSaleCase.history)
  console.log(`    ${entry.from} -> ${entry.to} (${entry.by})`);
printEffects(checked.effects);

// 2. The rest of the way, one event at a time.
const steps: AfterSaleEvent[] = [
  { type: 'await_return', returnAddressId: 'addr-hangzhou-returns' },
  { type: 'ship_return', trackingNumber: 'YT7788990011' },
  { type: 'receive', warehouseId: 'WH-HZ', lines: [{ lineId: 'L1', quantity: 2 }] },
  {
    type: 'inspect',
    warehouseId: 'WH-HZ',
    lines: [{ lineId: 'L1', sku: 'MUG-350-RED', resellable: 1, damaged: 1 }],
  },
  { type: 'issue_refund' },
  { type: 'confirm_refund', paymentId: 'alipay-refund-556677' },
];
let current: AfterSaleCase = checked.afterSaleCase;
for (const [index, event] of steps.entries()) {
  const result = transitionAfterSale(current, event, env);
  if (!result.ok) throw new Error(`${event.type}: ${result.message}`);
  console.log(
    `${index + 2}. ${event.type}: ${result.entry.from} -> ${result.entry.to} (${result.entry.by}, ${result.entry.at})`,
  );
  printEffects(result.effects);
  current = result.afterSaleCase;
}

// 3. Finance confirmed the payment: the order's lines take the refund.
const settled = settleAfterSaleRefund(order, current, env);
if (!settled.ok) throw new Error(settled.message);
const line = settled.order.lines[0];
console.log(
  `\n${steps.length + 2}. settled into the order: line L1 refunded ${line?.refundedQuantity} units, ¥${yuan(line?.refundedAmount?.amount ?? 0)} (${line?.refundStatus})`,
);
const closed = transitionAfterSale(settled.afterSaleCase, { type: 'close' }, env);
if (!closed.ok) throw new Error(closed.message);

// 4. The support agent's one view.
const view = buildAfterSalesView({
  order: settled.order,
  cases: [closed.afterSaleCase],
  tracking: [
    { trackingNumber: 'YT7788990011', at: '2026-11-18T06:30:00.000Z', description: '【杭州】已揽收' },
    {
      trackingNumber: 'YT7788990011',
      at: '2026-11-18T07:45:00.000Z',
      description: '【杭州】已签收, 签收人: 仓库',
    },
  ],
  payments: [
    { id: 'pay-1', kind: 'payment', at: '2026-11-11T00:00:30.000Z', amount: order.totals.paid },
    {
      id: 'alipay-refund-556677',
      kind: 'refund',
      at: '2026-11-18T13:00:00.000Z',
      amount: cny(16_000),
      afterSaleId: afterSale.id,
    },
  ],
});
console.log(
  `\nOne view of ${view.orderId}: paid ¥${yuan(view.paid.amount)}, refunded ¥${yuan(view.refunded.amount)}, in progress ¥${yuan(view.refundsInProgress.amount)}`,
);
for (const item of view.timeline) console.log(`  ${item.at}  ${item.source.padEnd(10)} ${item.text}`);
