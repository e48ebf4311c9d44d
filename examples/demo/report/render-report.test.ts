import { describe, expect, it } from 'vitest';
import { escapeHtml, renderReport } from './render-report';
import type { ReportData } from './report-data';
import { binValues, niceScale } from './svg-charts';

const channels = ['taobao', 'pdd', 'jd', 'douyin'];

function fixture(): ReportData {
  return {
    title: 'Demo <day> & "night"',
    dayStart: '2026-11-10T16:00:00.000Z',
    generatedAt: '2026-11-11T16:00:00.000Z',
    channels,
    ordersPerHour: Array.from({ length: 24 }, (_, hour) =>
      Object.fromEntries(channels.map((channel, index) => [channel, (hour + index) % 5])),
    ),
    cycleHours: [0.5, 1, 1.2, 2.5, 3, 3.1, 4, 7.5],
    byWarehouse: [
      { label: 'SZ-苏州', value: 12 },
      { label: 'GZ-<广州>', value: 9 },
      { label: 'BJ-北京', value: 3 },
    ],
    holdsByReason: [
      { label: 'message_keyword', value: 5 },
      { label: 'refund_requested', value: 2 },
    ],
    byCarrier: [
      { carrierCode: 'JTSD', parcels: 15, costFen: 9_000 },
      { carrierCode: 'ZTO', parcels: 9, costFen: 6_210 },
    ],
    skus: ['SKU-A', 'SKU-B&C', 'SKU-D'].map((sku, s) => ({
      sku,
      onHand: 20 + s,
      model: 'holt_winters',
      level: 0.8,
      history: Array.from({ length: 10 }, (_, i) => ({
        date: `2026-11-${String(i + 1).padStart(2, '0')}`,
        quantity: 4 + (i % 3),
      })),
      forecast: Array.from({ length: 5 }, (_, i) => ({
        date: `2026-11-${String(i + 11).padStart(2, '0')}`,
        mean: 5,
        lower: 3.5,
        upper: 6.5,
      })),
    })),
    summary: {
      orders: 40,
      shipped: 24,
      parcels: 24,
      splitOrders: 2,
      oversold: 0,
      writtenBack: 24,
      cycleMedianHours: 2.75,
      cycleP90Hours: 5.1,
      shippingFen: 15_210,
      held: 3,
      stillHeld: 1,
      afterSales: 2,
      afterSalesClosed: 1,
      waitingForStock: 3,
      needPerson: 1,
      receipts: 4,
      receivedUnits: 120,
    },
  };
}

/** The `<svg ...>...</svg>` elements with the given data-chart name. */
function charts(html: string, name: string): string[] {
  return [...html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)]
    .map((match) => match[0])
    .filter((svg) => svg.includes(`data-chart="${name}"`));
}

const marks = (svg: string) => [...svg.matchAll(/<(rect|circle)\b[^>]*\bdata-value="[^"]*"/g)].length;
const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length;

describe('escapeHtml', () => {
  it('escapes the five special characters and leaves other text alone', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
    expect(escapeHtml('广州 仓 1')).toBe('广州 仓 1');
    expect(escapeHtml(42)).toBe('42');
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('chart helpers', () => {
  it('bins values into equal-width bins that keep every value', () => {
    const bins = binValues([0, 1, 2, 3, 4], 4);
    expect(bins).toHaveLength(4);
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(5);
    expect(bins[3]?.count).toBe(2);
  });
  it('picks nice axis bounds', () => {
    expect(niceScale(97)).toEqual({ max: 100, step: 20 });
    expect(niceScale(0).max).toBe(1);
  });
});

describe('renderReport', () => {
  const html = renderReport(fixture());

  it('draws the four charts with one mark per data point', () => {
    const [orders] = charts(html, 'orders-per-hour');
    expect(marks(orders ?? '')).toBe(24 * 4);
    const [cycle] = charts(html, 'cycle-time');
    expect(marks(cycle ?? '')).toBe(16);
    expect(count(cycle ?? '', /data-value="(\d+)"/g)).toBe(16);
    const binTotal = [...(cycle ?? '').matchAll(/<rect[^>]*data-value="(\d+)"/g)].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
    expect(binTotal).toBe(8);
    const [warehouse] = charts(html, 'routing-warehouse');
    expect(marks(warehouse ?? '')).toBe(3);
    const [carrier] = charts(html, 'routing-carrier');
    expect(marks(carrier ?? '')).toBe(2);
    expect(carrier).toContain('¥90.00');
    const forecasts = charts(html, 'forecast');
    expect(forecasts).toHaveLength(3);
    for (const svg of forecasts) expect(marks(svg)).toBe(10 + 5);
    const [held] = charts(html, 'holds-by-reason');
    expect(marks(held ?? '')).toBe(2);
  });

  it('says so instead of drawing an empty holds chart when nothing was held', () => {
    const quiet = renderReport({ ...fixture(), holdsByReason: [] });
    expect(charts(quiet, 'holds-by-reason')).toHaveLength(0);
    expect(quiet).toContain('No order was held for review.');
  });

  it('gives every chart a title, role, aria-label and axis labels', () => {
    const all = [...html.matchAll(/<svg\b[^>]*>[\s\S]*?<\/svg>/g)].map((match) => match[0]);
    expect(all).toHaveLength(8);
    for (const svg of all) {
      expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*aria-label="[^"]+"[^>]*data-chart="[^"]+"/);
      expect(svg).toMatch(/^<svg[^>]*><title>[^<]+<\/title>/);
      expect(count(svg, /class="axis-label"/g)).toBe(2);
    }
  });

  it('references nothing outside the file and runs no script', () => {
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
  });

  it('escapes text from the data', () => {
    expect(html).toContain('<title>Demo &lt;day&gt; &amp; &quot;night&quot;</title>');
    expect(html).toContain('GZ-&lt;广州&gt;');
    expect(html).toContain('SKU-B&amp;C');
    expect(html).not.toContain('<day>');
    expect(html).not.toContain('<广州>');
  });

  it('is well-formed enough: one html element, balanced svg tags', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(count(html, /<html\b/g)).toBe(1);
    expect(count(html, /<\/html>/g)).toBe(1);
    expect(count(html, /<body\b/g)).toBe(1);
    expect(count(html, /<svg\b/g)).toBe(count(html, /<\/svg>/g));
    expect(count(html, /<title>/g)).toBe(count(html, /<\/title>/g));
    expect(count(html, /<section>/g)).toBe(count(html, /<\/section>/g));
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
  });
});
