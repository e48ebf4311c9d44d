/**
 * Renders the demo report: one self-contained HTML file (inline CSS, inline SVG charts, no
 * scripts, no external references). Pure: data in, HTML string out.
 */
import type { ReportData } from './report-data';
import { barChart, escapeHtml, histogram, lineWithBand, stackedBars } from './svg-charts';

export { escapeHtml } from './svg-charts';

const yuan = (fen: number) => (fen / 100).toFixed(2);

const css = `
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #222; margin: 0; background: #f6f7f9; }
main { max-width: 980px; margin: 0 auto; padding: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
p.meta, p.note { color: #666; margin: 4px 0; }
section { background: #fff; border: 1px solid #e2e4e8; border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: 4px 14px 4px 0; border-bottom: 1px solid #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
svg { max-width: 100%; height: auto; display: block; margin: 8px 0; }
svg .tick { font-size: 10px; fill: #555; }
svg .axis-label { font-size: 11px; fill: #333; }
svg .legend, svg .value { font-size: 10px; fill: #333; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
@media (max-width: 760px) { .grid { grid-template-columns: 1fr; } }
`;

/** The report's HTML for the data. */
export function renderReport(data: ReportData): string {
  const s = data.summary;
  const rows: [string, string][] = [
    ['Orders collected', String(s.orders)],
    ['Orders shipped', String(s.shipped)],
    ['Parcels', String(s.parcels)],
    ['Split orders', String(s.splitOrders)],
    ['Orders held for review (still held at the end)', `${s.held} (${s.stillHeld})`],
    ['After-sales requested (refunded and closed)', `${s.afterSales} (${s.afterSalesClosed})`],
    [
      'Orders waiting for stock at the end (left for a person: no SKU code)',
      `${s.waitingForStock} (${s.needPerson})`,
    ],
    ['Stock receipts (units received)', `${s.receipts} (${s.receivedUnits})`],
    ['Stock rows oversold', String(s.oversold)],
    ['Orders written back (tracking on platform)', String(s.writtenBack)],
    ['Cycle time paid → shipped, median (h)', s.cycleMedianHours.toFixed(2)],
    ['Cycle time paid → shipped, p90 (h)', s.cycleP90Hours.toFixed(2)],
    ['Shipping cost (yuan, synthetic rate cards)', yuan(s.shippingFen)],
  ];
  const summary = `<table data-table="summary"><tbody>${rows
    .map(
      ([label, value]) =>
        `<tr><th scope="row">${escapeHtml(label)}</th><td class="n">${escapeHtml(value)}</td></tr>`,
    )
    .join('')}</tbody></table>`;

  const hours = data.ordersPerHour.map((_, hour) => `${String(hour).padStart(2, '0')}`);
  const ordersChart = stackedBars({
    name: 'orders-per-hour',
    title: 'Orders per hour per channel',
    xLabel: 'Hour of 11.11 (Shanghai time)',
    yLabel: 'Orders',
    width: 900,
    categories: hours,
    series: data.channels.map((channel) => ({
      name: channel,
      values: data.ordersPerHour.map((counts) => counts[channel] ?? 0),
    })),
  });

  const cycleChart = histogram({
    name: 'cycle-time',
    title: 'Cycle time paid → shipped',
    xLabel: 'Hours from payment to shipment',
    yLabel: 'Orders',
    width: 900,
    values: data.cycleHours,
    bins: 16,
    markers: [
      { label: 'median', value: s.cycleMedianHours },
      { label: 'p90', value: s.cycleP90Hours },
    ],
  });

  const warehouseChart = barChart({
    name: 'routing-warehouse',
    title: 'Parcels by warehouse',
    xLabel: 'Warehouse',
    yLabel: 'Parcels',
    width: 440,
    bars: data.byWarehouse.map((row) => ({ label: row.label, value: row.value })),
  });
  const carrierChart = barChart({
    name: 'routing-carrier',
    title: 'Parcels by carrier, with shipping cost',
    xLabel: 'Carrier (cost in yuan)',
    yLabel: 'Parcels',
    width: 440,
    color: '#59a14f',
    bars: data.byCarrier.map((row) => ({
      label: row.carrierCode,
      value: row.parcels,
      note: `¥${yuan(row.costFen)}`,
    })),
  });
  const holdsChart = barChart({
    name: 'holds-by-reason',
    title: 'Holds placed, by reason',
    xLabel: 'Reason',
    yLabel: 'Holds',
    width: 440,
    color: '#e15759',
    bars: data.holdsByReason.map((row) => ({ label: row.label, value: row.value })),
  });
  const carrierTable = `<table data-table="carriers"><thead><tr><th>Carrier</th><th>Parcels</th><th>Cost (yuan)</th><th>Per parcel</th></tr></thead><tbody>${data.byCarrier
    .map(
      (row) =>
        `<tr><td>${escapeHtml(row.carrierCode)}</td><td class="n">${row.parcels}</td><td class="n">${yuan(row.costFen)}</td><td class="n">${row.parcels > 0 ? yuan(row.costFen / row.parcels) : '-'}</td></tr>`,
    )
    .join('')}</tbody></table>`;

  const forecastCharts = data.skus
    .map((sku) => {
      const chart = lineWithBand({
        name: 'forecast',
        title: `Demand of ${sku.sku}: synthetic history and ${sku.forecast.length}-day forecast`,
        xLabel: 'Date',
        yLabel: 'Units per day',
        width: 900,
        height: 260,
        attributes: { 'data-sku': sku.sku },
        history: sku.history.map((point) => ({ label: point.date.slice(5), value: point.quantity })),
        forecast: sku.forecast.map((point) => ({
          label: point.date.slice(5),
          mean: point.mean,
          lower: point.lower,
          upper: point.upper,
        })),
        reference: { label: 'on hand now', value: sku.onHand },
      });
      const total = sku.forecast.reduce((sum, point) => sum + point.mean, 0);
      return `<h3>${escapeHtml(sku.sku)}</h3><p class="note">${escapeHtml(
        `On hand ${sku.onHand}; model ${sku.model}; ${Math.round(sku.level * 100)}% interval; forecast demand over ${sku.forecast.length} days ${total.toFixed(0)} units.`,
      )}</p>${chart}`;
    })
    .join('');

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(data.title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(data.title)}</h1>`,
    `<p class="meta">${escapeHtml(`Trading day from ${data.dayStart}; generated ${data.generatedAt}. Mock marketplaces, synthetic rate cards; all figures from one simulated run.`)}</p>`,
    `<section><h2>Summary</h2>${summary}</section>`,
    `<section><h2>Orders per hour</h2>${ordersChart}</section>`,
    `<section><h2>Cycle time</h2>${cycleChart}</section>`,
    `<section><h2>Holds</h2>${
      data.holdsByReason.length > 0 ? holdsChart : '<p class="note">No order was held for review.</p>'
    }</section>`,
    `<section><h2>Routing</h2><div class="grid"><div>${warehouseChart}</div><div>${carrierChart}</div></div>${carrierTable}</section>`,
    `<section><h2>Stock and forecast</h2><p class="note">${escapeHtml('The histories are synthetic (generateDemandHistory, seeded), not the demo’s sales; the forecast comes from forecastDemand on them.')}</p>${forecastCharts}</section>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
