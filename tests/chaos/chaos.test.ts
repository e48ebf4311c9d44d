// The chaos test of the runtime (issue 5), against every mock platform: a simulated day with
// faults, duplicate and reordered pushes, orders changing while paged and workers crashing.
// CI runs a small day (CHAOS_ORDERS, default 600); `CHAOS_ORDERS=20000 pnpm exec vitest run
// tests/chaos` runs the full size.

import { runChaosScenario } from '@omskit/core/testing';
import { describe, expect, it } from 'vitest';
import { chaosFixtures } from './chaos-fixtures';

const orders = Number(process.env['CHAOS_ORDERS'] ?? 600);

describe.each(Object.keys(chaosFixtures))('chaos: %s', (channel) => {
  it(`loses, duplicates and replays nothing over a faulty day of ${orders} orders`, async () => {
    const fixture = (chaosFixtures[channel] as () => ReturnType<(typeof chaosFixtures)[string]>)();
    const report = await runChaosScenario({ fixture, orders, faultRate: 0.12, seed: 7 });
    console.log(
      `chaos ${channel}: ${JSON.stringify({ ...report, missing: report.missing.length, extra: report.extra.length, outdated: report.outdated.length })}`,
    );
    expect(report.missing).toEqual([]);
    expect(report.extra).toEqual([]);
    expect(report.outdated).toEqual([]);
    expect(report.ordersStored).toBe(report.ordersOnPlatform);
    expect(report.callsFailed / report.callsServed).toBeGreaterThanOrEqual(0.1);
    expect(report.workerCrashes).toBeGreaterThan(0);
    expect(report.effectsShippedTwice).toBe(0);
    expect(report.effectsParked).toBe(0);
    expect(report.effectsShippedOnce).toBe(report.effectsEnqueued);
  }, 600_000);
});
