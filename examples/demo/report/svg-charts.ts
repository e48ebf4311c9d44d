/**
 * Small pure SVG chart helpers for the demo report: bar chart, stacked bars, histogram and a
 * line with an interval band. Each returns one self-contained `<svg>` string with a `<title>`,
 * `role="img"`, an `aria-label`, axis labels and `data-chart`; every data mark carries
 * `data-value`. No scripts, no external references.
 */

/** Escapes text for HTML and XML content and attribute values. */
export function escapeHtml(text: string | number): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Common options of every chart. */
export interface ChartFrame {
  /** Goes into `data-chart`. */
  name: string;
  title: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
  /** Extra attributes for the `<svg>` element (escaped). */
  attributes?: Record<string, string>;
}

/** A colour per series, cycling. */
export const palette = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#b07aa1', '#edc948'];

const margin = { top: 28, right: 16, bottom: 48, left: 60 };
const fmt = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2));
const num = (value: number) => Number(value.toFixed(2));

/** A "nice" upper bound and tick step for values up to `max`. */
export function niceScale(max: number, ticks = 5): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 0.2 };
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  return { max: Math.ceil(max / step) * step, step };
}

interface Plot {
  width: number;
  height: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  yMax: number;
  y(value: number): number;
}

function plotArea(frame: ChartFrame, maxValue: number): Plot & { axes: string } {
  const width = frame.width ?? 640;
  const height = frame.height ?? 300;
  const x0 = margin.left;
  const x1 = width - margin.right;
  const y0 = height - margin.bottom;
  const y1 = margin.top;
  const { max, step } = niceScale(maxValue);
  const y = (value: number) => num(y0 - ((y0 - y1) * Math.max(0, value)) / max);
  const parts: string[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) {
    const ty = y(tick);
    parts.push(
      `<line x1="${x0}" x2="${x1}" y1="${ty}" y2="${ty}" stroke="#e3e3e3"/>`,
      `<text x="${x0 - 6}" y="${ty + 4}" text-anchor="end" class="tick">${escapeHtml(fmt(num(tick)))}</text>`,
    );
  }
  parts.push(
    `<line x1="${x0}" x2="${x0}" y1="${y1}" y2="${y0}" stroke="#555"/>`,
    `<line x1="${x0}" x2="${x1}" y1="${y0}" y2="${y0}" stroke="#555"/>`,
    `<text x="${num((x0 + x1) / 2)}" y="${height - 8}" text-anchor="middle" class="axis-label">${escapeHtml(frame.xLabel)}</text>`,
    `<text x="14" y="${num((y0 + y1) / 2)}" text-anchor="middle" class="axis-label" transform="rotate(-90 14 ${num((y0 + y1) / 2)})">${escapeHtml(frame.yLabel)}</text>`,
  );
  return { width, height, x0, x1, y0, y1, yMax: max, y, axes: parts.join('') };
}

function svg(frame: ChartFrame, plot: Plot, body: string): string {
  const extra = Object.entries(frame.attributes ?? {})
    .map(([key, value]) => ` ${escapeHtml(key)}="${escapeHtml(value)}"`)
    .join('');
  return (
    `<svg viewBox="0 0 ${plot.width} ${plot.height}" width="${plot.width}" height="${plot.height}" role="img" aria-label="${escapeHtml(frame.title)}" data-chart="${escapeHtml(frame.name)}"${extra}>` +
    `<title>${escapeHtml(frame.title)}</title>${body}</svg>`
  );
}

function xLabels(labels: readonly string[], x: (index: number) => number, y: number, every: number): string {
  return labels
    .map((label, index) =>
      index % every === 0
        ? `<text x="${num(x(index))}" y="${y + 14}" text-anchor="middle" class="tick">${escapeHtml(label)}</text>`
        : '',
    )
    .join('');
}

/** One bar per value. */
export function barChart(
  frame: ChartFrame & { bars: { label: string; value: number; note?: string }[]; color?: string },
): string {
  const plot = plotArea(frame, Math.max(0, ...frame.bars.map((bar) => bar.value)));
  const slot = (plot.x1 - plot.x0) / Math.max(1, frame.bars.length);
  const bars = frame.bars
    .map((bar, index) => {
      const top = plot.y(bar.value);
      const x = num(plot.x0 + slot * index + slot * 0.15);
      const caption = bar.note ? `${bar.value} (${bar.note})` : String(bar.value);
      return (
        `<rect class="mark" x="${x}" y="${top}" width="${num(slot * 0.7)}" height="${num(plot.y0 - top)}" fill="${frame.color ?? palette[0]}" data-value="${escapeHtml(bar.value)}" data-label="${escapeHtml(bar.label)}"><title>${escapeHtml(`${bar.label}: ${caption}`)}</title></rect>` +
        `<text x="${num(x + slot * 0.35)}" y="${top - 4}" text-anchor="middle" class="value">${escapeHtml(caption)}</text>`
      );
    })
    .join('');
  const labels = xLabels(
    frame.bars.map((bar) => bar.label),
    (index) => plot.x0 + slot * (index + 0.5),
    plot.y0,
    1,
  );
  return svg(frame, plot, plot.axes + bars + labels);
}

/** Bars per category with the series stacked on each other, and a legend. */
export function stackedBars(
  frame: ChartFrame & {
    categories: string[];
    series: { name: string; values: number[] }[];
    labelEvery?: number;
  },
): string {
  const totals = frame.categories.map((_, index) =>
    frame.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0),
  );
  const plot = plotArea(frame, Math.max(0, ...totals));
  const slot = (plot.x1 - plot.x0) / Math.max(1, frame.categories.length);
  const marks: string[] = [];
  frame.categories.forEach((category, index) => {
    let base = 0;
    frame.series.forEach((series, s) => {
      const value = series.values[index] ?? 0;
      const bottom = plot.y(base);
      const top = plot.y(base + value);
      base += value;
      marks.push(
        `<rect class="mark" x="${num(plot.x0 + slot * index + slot * 0.1)}" y="${top}" width="${num(slot * 0.8)}" height="${num(bottom - top)}" fill="${palette[s % palette.length]}" data-value="${escapeHtml(value)}" data-series="${escapeHtml(series.name)}" data-category="${escapeHtml(category)}"><title>${escapeHtml(`${category} ${series.name}: ${value}`)}</title></rect>`,
      );
    });
  });
  const legend = frame.series
    .map(
      (series, s) =>
        `<rect x="${plot.x0 + 8 + s * 110}" y="8" width="10" height="10" fill="${palette[s % palette.length]}"/><text x="${plot.x0 + 22 + s * 110}" y="17" class="legend">${escapeHtml(series.name)}</text>`,
    )
    .join('');
  const labels = xLabels(
    frame.categories,
    (index) => plot.x0 + slot * (index + 0.5),
    plot.y0,
    frame.labelEvery ?? 1,
  );
  return svg(frame, plot, plot.axes + marks.join('') + labels + legend);
}

/** Equal-width bins over the values: `bins` bins from 0 (or min) to max. */
export function binValues(
  values: readonly number[],
  bins: number,
): { from: number; to: number; count: number }[] {
  const low = Math.min(0, ...values);
  const high = values.length > 0 ? Math.max(...values) : 1;
  const width = high > low ? (high - low) / bins : 1 / bins;
  const result = Array.from({ length: bins }, (_, i) => ({
    from: num(low + width * i),
    to: num(low + width * (i + 1)),
    count: 0,
  }));
  for (const value of values) {
    const index = Math.min(bins - 1, Math.max(0, Math.floor((value - low) / width)));
    const bin = result[index];
    if (bin) bin.count += 1;
  }
  return result;
}

/** A histogram of the values in `bins` equal-width bins (one mark per bin). */
export function histogram(
  frame: ChartFrame & {
    values: readonly number[];
    bins?: number;
    markers?: { label: string; value: number }[];
  },
): string {
  const bins = binValues(frame.values, frame.bins ?? 12);
  const plot = plotArea(frame, Math.max(0, ...bins.map((bin) => bin.count)));
  const low = bins[0]?.from ?? 0;
  const high = bins[bins.length - 1]?.to ?? 1;
  const x = (value: number) => num(plot.x0 + ((plot.x1 - plot.x0) * (value - low)) / (high - low || 1));
  const marks = bins
    .map((bin) => {
      const top = plot.y(bin.count);
      return `<rect class="mark" x="${x(bin.from)}" y="${top}" width="${num(Math.max(0, x(bin.to) - x(bin.from) - 1))}" height="${num(plot.y0 - top)}" fill="${palette[0]}" data-value="${bin.count}" data-from="${bin.from}" data-to="${bin.to}"><title>${escapeHtml(`${fmt(bin.from)}-${fmt(bin.to)}: ${bin.count}`)}</title></rect>`;
    })
    .join('');
  const ticks = [...bins.map((bin) => bin.from), high]
    .map(
      (value, index) =>
        `<text x="${x(value)}" y="${plot.y0 + 14}" text-anchor="middle" class="tick">${index % 2 === 0 ? escapeHtml(fmt(value)) : ''}</text>`,
    )
    .join('');
  const markers = (frame.markers ?? [])
    .map(
      (marker, index) =>
        `<line x1="${x(marker.value)}" x2="${x(marker.value)}" y1="${plot.y1}" y2="${plot.y0}" stroke="${palette[3]}" stroke-dasharray="4 3"/><text x="${x(marker.value) + 4}" y="${plot.y1 + 12 + index * 14}" class="legend">${escapeHtml(`${marker.label} ${fmt(num(marker.value))}`)}</text>`,
    )
    .join('');
  return svg(frame, plot, plot.axes + marks + ticks + markers);
}

/** History as a line, then the forecast mean as a dashed line inside its interval band. */
export function lineWithBand(
  frame: ChartFrame & {
    history: { label: string; value: number }[];
    forecast: { label: string; mean: number; lower: number; upper: number }[];
    reference?: { label: string; value: number };
    labelEvery?: number;
  },
): string {
  const labels = [
    ...frame.history.map((point) => point.label),
    ...frame.forecast.map((point) => point.label),
  ];
  const maxValue = Math.max(
    0,
    ...frame.history.map((point) => point.value),
    ...frame.forecast.map((point) => point.upper),
    frame.reference?.value ?? 0,
  );
  const plot = plotArea(frame, maxValue);
  const step = (plot.x1 - plot.x0) / Math.max(1, labels.length - 1);
  const x = (index: number) => num(plot.x0 + step * index);
  const offset = frame.history.length;
  const line = (points: [number, number][]) => points.map(([px, py]) => `${px},${py}`).join(' ');
  const historyLine = line(frame.history.map((point, i) => [x(i), plot.y(point.value)]));
  const meanLine = line(frame.forecast.map((point, i) => [x(offset + i), plot.y(point.mean)]));
  const band = [
    ...frame.forecast.map((point, i): [number, number] => [x(offset + i), plot.y(point.upper)]),
    ...frame.forecast.map((point, i): [number, number] => [x(offset + i), plot.y(point.lower)]).reverse(),
  ];
  const body = [
    band.length > 0
      ? `<polygon points="${line(band)}" fill="${palette[1]}" fill-opacity="0.25" stroke="none"/>`
      : '',
    `<polyline points="${historyLine}" fill="none" stroke="${palette[0]}" stroke-width="1.5"/>`,
    `<polyline points="${meanLine}" fill="none" stroke="${palette[1]}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    ...frame.history.map(
      (point, i) =>
        `<circle class="mark" cx="${x(i)}" cy="${plot.y(point.value)}" r="1.8" fill="${palette[0]}" data-value="${escapeHtml(point.value)}" data-kind="history"><title>${escapeHtml(`${point.label}: ${point.value}`)}</title></circle>`,
    ),
    ...frame.forecast.map(
      (point, i) =>
        `<circle class="mark" cx="${x(offset + i)}" cy="${plot.y(point.mean)}" r="1.8" fill="${palette[1]}" data-value="${num(point.mean)}" data-lower="${num(point.lower)}" data-upper="${num(point.upper)}" data-kind="forecast"><title>${escapeHtml(`${point.label}: ${fmt(num(point.mean))} (${fmt(num(point.lower))}-${fmt(num(point.upper))})`)}</title></circle>`,
    ),
    frame.reference
      ? `<line x1="${plot.x0}" x2="${plot.x1}" y1="${plot.y(frame.reference.value)}" y2="${plot.y(frame.reference.value)}" stroke="${palette[3]}" stroke-dasharray="2 3"/><text x="${plot.x1 - 4}" y="${plot.y(frame.reference.value) - 4}" text-anchor="end" class="legend">${escapeHtml(`${frame.reference.label} ${frame.reference.value}`)}</text>`
      : '',
    offset > 0 && frame.forecast.length > 0
      ? `<line x1="${x(offset)}" x2="${x(offset)}" y1="${plot.y1}" y2="${plot.y0}" stroke="#999" stroke-dasharray="3 3"/>`
      : '',
    xLabels(labels, x, plot.y0, frame.labelEvery ?? 7),
    `<text x="${plot.x0 + 8}" y="17" class="legend">${escapeHtml('history (synthetic)')}</text><text x="${plot.x0 + 150}" y="17" class="legend" fill="${palette[1]}">${escapeHtml('forecast mean and interval')}</text>`,
  ];
  return svg(frame, plot, plot.axes + body.join(''));
}
