// Opens the demo's HTML report in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core; no browser is ever downloaded) and checks that every chart rendered, that
// the page made no request beyond its own file and logged no error, and keeps a screenshot.
//
// Which report: OMSKIT_REPORT when set (CI points it at the demo's real report after the demo
// ran), else .artifacts/demo-report.html when the demo has run, else one rendered here from a
// fixture through the same renderer. Without Chromium the test skips, except under CI=true.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport } from '../../examples/demo/report/render-report';
import { reportFixture } from './report-fixture';

const root = resolve(import.meta.dirname, '../..');
const chromiumPath = process.env.OMSKIT_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
const inCi = process.env.CI === 'true';
const artifacts = resolve(root, '.artifacts');

if (!haveChromium && inCi) {
  throw new Error(`CI=true but no Chromium at ${chromiumPath}: .ci/run installs Debian's chromium`);
}

/** The report to open and where to keep the screenshot. */
function pickReport(): { path: string; screenshot: string; source: string } {
  const fromEnv = process.env.OMSKIT_REPORT;
  if (fromEnv !== undefined && fromEnv !== '') {
    return { path: resolve(root, fromEnv), screenshot: resolve(artifacts, 'demo-report.png'), source: 'env' };
  }
  const demo = resolve(artifacts, 'demo-report.html');
  if (existsSync(demo))
    return { path: demo, screenshot: resolve(artifacts, 'demo-report.png'), source: 'demo' };
  const fixture = resolve(artifacts, 'browser', 'fixture-report.html');
  mkdirSync(dirname(fixture), { recursive: true });
  writeFileSync(fixture, renderReport(reportFixture()));
  return {
    path: fixture,
    screenshot: resolve(artifacts, 'browser', 'fixture-report.png'),
    source: 'fixture',
  };
}

/** The charts the report always has (more may be added; all found are checked). */
const coreCharts = ['orders-per-hour', 'cycle-time', 'routing-warehouse', 'routing-carrier', 'forecast'];

interface ChartSeen {
  name: string;
  sku: string | null;
  width: number;
  height: number;
  marks: number;
  visibleMarks: number;
}

describe.skipIf(!haveChromium)('demo report in headless Chromium', () => {
  let browser: Browser;
  const report = pickReport();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let charts: ChartSeen[] = [];

  beforeAll(async () => {
    expect(existsSync(report.path), `report missing: ${report.path}`).toBe(true);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(report.path).href;
    await page.goto(url, { waitUntil: 'load' });
    charts = await page.$$eval('svg[data-chart]', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const marks = [...svg.querySelectorAll('.mark')];
        const visibleMarks = marks.filter((mark) => {
          const b = mark.getBoundingClientRect();
          return b.width > 0 || b.height > 0;
        });
        return {
          name: svg.getAttribute('data-chart') ?? '',
          sku: svg.getAttribute('data-sku'),
          width: box.width,
          height: box.height,
          marks: marks.length,
          visibleMarks: visibleMarks.length,
        };
      }),
    );
    mkdirSync(dirname(report.screenshot), { recursive: true });
    await page.screenshot({ path: report.screenshot, fullPage: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders every core chart', () => {
    const names = new Set(charts.map((chart) => chart.name));
    for (const name of coreCharts) expect(names, `chart ${name}`).toContain(name);
    expect(charts.filter((chart) => chart.name === 'forecast').length).toBeGreaterThanOrEqual(3);
    expect(charts.filter((chart) => chart.name === 'forecast').every((chart) => chart.sku)).toBe(true);
  });

  it('draws every chart with a real size and visible data marks', () => {
    expect(charts.length).toBeGreaterThanOrEqual(coreCharts.length);
    for (const chart of charts) {
      expect(chart.width, `${chart.name} width`).toBeGreaterThan(100);
      expect(chart.height, `${chart.name} height`).toBeGreaterThan(50);
      expect(chart.marks, `${chart.name} marks`).toBeGreaterThan(0);
      expect(chart.visibleMarks, `${chart.name} visible marks`).toBeGreaterThan(0);
    }
  });

  it('logs no console or page errors', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('needs no network: the only request is the report file itself', () => {
    expect(requests.every((url) => url.startsWith('file://'))).toBe(true);
    expect(requests).toHaveLength(1);
  });

  it('keeps a full-page screenshot as an artifact', () => {
    expect(existsSync(report.screenshot)).toBe(true);
  });
});
