import { describe, expect, it } from 'vitest';
import { buildCase } from './__fixtures__/after-sale-fixtures';
import { afterSaleDeadlines, afterSaleSlaAlerts } from './after-sale-deadlines';
import { defaultAfterSalePolicy } from './after-sale-policy';

const hour = 3_600_000;

describe('after-sale deadlines', () => {
  const waiting = buildCase('refund_only_unshipped', { respondBy: '2026-11-16T00:00:00.000Z' });
  const policy = { ...defaultAfterSalePolicy, slaHoursByStatus: { requested: 12 } };

  it('knows the platform deadline and the seller target of the current status', () => {
    expect(afterSaleDeadlines(waiting, policy)).toEqual([
      expect.objectContaining({ kind: 'internal', dueAt: '2026-11-14T12:00:00.000Z' }),
      expect.objectContaining({
        kind: 'platform',
        dueAt: '2026-11-16T00:00:00.000Z',
        consequence: 'the platform approves the request automatically',
      }),
    ]);
    expect(
      afterSaleDeadlines({ ...waiting, afterSale: { ...waiting.afterSale, status: 'refund_pending' } }),
    ).toEqual([]);
  });

  it('alerts before the deadline passes and after', () => {
    const due = Date.parse('2026-11-16T00:00:00.000Z');
    expect(afterSaleSlaAlerts([waiting], due - 5 * hour)).toEqual([]);
    expect(afterSaleSlaAlerts([waiting], due - 3 * hour)).toEqual([
      expect.objectContaining({ type: 'after-sale-deadline-approaching', remainingMs: 3 * hour }),
    ]);
    expect(afterSaleSlaAlerts([waiting], due + 1)).toEqual([
      expect.objectContaining({ type: 'after-sale-deadline-passed', remainingMs: -1 }),
    ]);
    const alerts = afterSaleSlaAlerts([waiting], due - hour, policy);
    expect(alerts.map((alert) => alert.deadline.kind)).toEqual(['internal', 'platform']);
  });

  it('falls back to the platform timeout of the status when the record has no respondBy', () => {
    const received = buildCase('return_refund', { status: 'received' });
    const policy = { ...defaultAfterSalePolicy, platformTimeoutHoursByStatus: { received: 240 } };
    expect(afterSaleDeadlines(received, policy)).toEqual([
      expect.objectContaining({
        kind: 'platform',
        dueAt: '2026-11-24T00:00:00.000Z',
        consequence: 'the platform confirms receipt and refunds automatically',
      }),
    ]);
    expect(afterSaleDeadlines(received)).toEqual([]);
  });

  it('takes the answer time of the channel over the general one, and respondBy over both', () => {
    const requested = buildCase('return_refund');
    const policy = {
      ...defaultAfterSalePolicy,
      platformTimeoutHoursByStatus: { requested: 72 },
      platformTimeoutHoursByChannel: { taobao: { requested: 48 }, pdd: { requested: 24 } },
    };
    const dueOf = (afterSaleCase: typeof requested) =>
      afterSaleDeadlines(afterSaleCase, policy).map((deadline) => deadline.dueAt);
    expect(dueOf(requested)).toEqual(['2026-11-16T00:00:00.000Z']);
    const onPdd = { ...requested, afterSale: { ...requested.afterSale, channel: 'pdd' } };
    expect(dueOf(onPdd)).toEqual(['2026-11-15T00:00:00.000Z']);
    const onJd = { ...requested, afterSale: { ...requested.afterSale, channel: 'jd' } };
    expect(dueOf(onJd)).toEqual(['2026-11-17T00:00:00.000Z']);
    const stated = { ...onPdd, afterSale: { ...onPdd.afterSale, respondBy: '2026-11-14T06:00:00.000Z' } };
    expect(dueOf(stated)).toEqual(['2026-11-14T06:00:00.000Z']);
    // Alerted four hours ahead (the default warning) and once passed.
    const due = Date.parse('2026-11-15T00:00:00.000Z');
    expect(afterSaleSlaAlerts([onPdd], due - 4 * hour - 1, policy)).toEqual([]);
    expect(afterSaleSlaAlerts([onPdd], due - 4 * hour, policy)).toEqual([
      expect.objectContaining({ type: 'after-sale-deadline-approaching', remainingMs: 4 * hour }),
    ]);
  });
});
