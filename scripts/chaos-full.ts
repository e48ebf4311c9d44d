/**
 * The chaos scenario at full size across the mock platforms, one after another:
 *
 *   npx -y pnpm@12.4.2 exec tsx scripts/chaos-full.ts [orders] [platform,platform,...]
 *
 * `orders` defaults to 20000; the platforms default to every fixture in tests/chaos. Prints a
 * markdown table and exits non-zero when any platform ends with an order missing, extra or
 * outdated, or an effect shipped twice (or when a run throws).
 */
import os from 'node:os';
import { type ChaosReport, runChaosScenario } from '@omskit/core/testing';
import { chaosFixtures } from '../tests/chaos/chaos-fixtures';

const orders = Number(process.argv[2] ?? 20_000);
if (!Number.isSafeInteger(orders) || orders < 1) {
  console.error(`orders must be a positive integer, got ${JSON.stringify(process.argv[2])}`);
  process.exit(2);
}
const platforms = (process.argv[3] ?? Object.keys(chaosFixtures).join(',')).split(',').filter(Boolean);
for (const platform of platforms) {
  if (chaosFixtures[platform] === undefined) {
    console.error(`unknown platform ${platform}; known: ${Object.keys(chaosFixtures).join(', ')}`);
    process.exit(2);
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `machine: ${cpu}, ${os.cpus().length} cores; node ${process.version}; ${new Date().toISOString()}; load ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
console.log(`chaos: ${orders} orders a platform, faultRate 0.12, seed 7`);
console.log('');

const rows: string[] = [];
let failed = false;
const header =
  '| platform | orders | calls served | failed | worker crashes | missing / extra / outdated | effects once / twice / parked | elapsed |';
const divider = '| --- | --- | --- | --- | --- | --- | --- | --- |';

function row(platform: string, report: ChaosReport): string {
  const failedShare = report.callsServed === 0 ? 0 : report.callsFailed / report.callsServed;
  return `| ${platform} | ${report.ordersOnPlatform} (stored ${report.ordersStored}) | ${report.callsServed} | ${report.callsFailed} (${(failedShare * 100).toFixed(1)}%) | ${report.workerCrashes} | ${report.missing.length} / ${report.extra.length} / ${report.outdated.length} | ${report.effectsShippedOnce} / ${report.effectsShippedTwice} / ${report.effectsParked} (of ${report.effectsEnqueued}) | ${(report.elapsedMs / 1000).toFixed(1)} s |`;
}

for (const platform of platforms) {
  const build = chaosFixtures[platform];
  if (build === undefined) continue;
  const started = Date.now();
  try {
    const fixture = build();
    const report = await runChaosScenario({ fixture, orders, faultRate: 0.12, seed: 7 });
    await fixture.cleanup?.();
    const bad =
      report.missing.length > 0 ||
      report.extra.length > 0 ||
      report.outdated.length > 0 ||
      report.effectsShippedTwice > 0 ||
      report.ordersStored !== report.ordersOnPlatform;
    if (bad) failed = true;
    rows.push(row(platform, report) + (bad ? ' **FAILED**' : ''));
    console.log(
      `${platform}: done in ${((Date.now() - started) / 1000).toFixed(1)} s${bad ? ' — FAILED' : ''}`,
    );
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? error.message : String(error);
    rows.push(
      `| ${platform} | ${orders} | — | — | — | — | — | threw after ${((Date.now() - started) / 1000).toFixed(1)} s: ${message} |`,
    );
    console.log(`${platform}: threw: ${message}`);
  }
}

console.log('');
console.log(header);
console.log(divider);
for (const line of rows) console.log(line);
process.exit(failed ? 1 : 0);
