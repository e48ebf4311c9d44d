/**
 * Routes a morning's batch with omskit's routing engine, prints each decision with its
 * explanation, then the daily routing report's data, and what a rule change would do.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/routing/route-batch.ts
 */
import type { RoutingDecision } from '@omskit/core';
import { dailyRoutingReport, routeBatch, simulateRuleSets } from '@omskit/core';
import { context, orders, ruleSet } from './network';

const yuan = (fen: number): string => `¥${(fen / 100).toFixed(2)}`;

function printDecision(decision: RoutingDecision): void {
  const { explanation } = decision;
  console.log(
    `\n${decision.orderId}: ${decision.status}, ${yuan(decision.totalCost)} (rule ${explanation.ruleId ?? 'fallback'}, ${explanation.strategy})`,
  );
  for (const parcel of decision.parcels) {
    const from =
      parcel.stockWarehouseId === undefined
        ? parcel.warehouseId
        : `${parcel.warehouseId} (stock from ${parcel.stockWarehouseId})`;
    const lines = parcel.lines.map((line) => `${line.sku} x${line.quantity}`).join(', ');
    console.log(
      `  parcel ${from} via ${parcel.carrierCode}: ${lines}; ${parcel.chargeableWeightGrams} g, ${parcel.zone}, ${yuan(parcel.cost)}, ${parcel.promisedDays} days`,
    );
  }
  for (const line of decision.unfulfillable)
    console.log(`  unfulfillable ${line.sku} x${line.quantity}: ${line.reason.code} (${line.reason.detail})`);
  if (explanation.split !== undefined)
    console.log(`  split: ${explanation.split.reason} (${explanation.split.detail})`);
  for (const candidate of explanation.candidates) {
    const verdict = candidate.accepted ? 'used' : 'not used';
    const cost = candidate.cost === undefined ? '' : ` whole order ${yuan(candidate.cost)}`;
    const why = candidate.rejections.map((rejection) => `${rejection.code}: ${rejection.detail}`).join('; ');
    console.log(
      `  - ${candidate.warehouseId}${candidate.stockWarehouseId ? `<-${candidate.stockWarehouseId}` : ''} ${verdict}${cost}${why ? ` [${why}]` : ''}`,
    );
  }
  for (const carrier of explanation.carriers) {
    const detail =
      carrier.cost === undefined
        ? (carrier.rejection?.detail ?? '')
        : `${yuan(carrier.cost)}, ${carrier.promisedDays} days`;
    console.log(
      `    carrier ${carrier.carrierCode} at ${carrier.warehouseId}: ${carrier.accepted ? 'chosen' : (carrier.rejection?.code ?? '')} ${detail}`,
    );
  }
}

const batch = routeBatch(orders, context);
console.log(
  `Routed ${orders.length} orders: ${batch.parcels} parcels, ${yuan(batch.totalCost)}, ${batch.unfulfillableLines} unfulfillable lines`,
);
for (const decision of batch.decisions) printDecision(decision);

console.log('\nDaily routing report (data):');
console.log(JSON.stringify(dailyRoutingReport('2026-11-24', batch.decisions), null, 2));

// What if Guangdong stopped taking transfers from Jiangsu? Judge it before it goes live.
const proposal = {
  ...ruleSet,
  version: '2026-11-25.1',
  rules: (ruleSet.rules ?? []).map((rule) =>
    rule.id === 'guangdong'
      ? { ...rule, action: { ...rule.action, warehouses: ['wh-guangzhou', 'wh-jiangsu'] } }
      : rule,
  ),
};
const comparison = simulateRuleSets(orders, context, ruleSet, proposal, 'batch');
console.log(
  `\nSimulated ${proposal.version} against ${ruleSet.version} (candidate - baseline):`,
  comparison.delta,
);
for (const change of comparison.changedOrders) {
  console.log(
    `  ${change.orderId}: ${change.baseline.parcels.join(' + ')} -> ${change.candidate.parcels.join(' + ')}`,
  );
}
