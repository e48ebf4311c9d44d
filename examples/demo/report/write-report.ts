/**
 * Assembles the demo report's data from what the demo collected and writes the HTML file.
 * The stock-and-forecast part draws on synthetic, seeded histories (labelled as such).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  dateOfDay,
  dayNumber,
  type FulfilmentMilestones,
  forecastDemand,
  generateDemandHistory,
  type Order,
} from '@omskit/core';
import { renderReport } from './render-report';
import type { ReportData, ReportSummary, SkuForecast } from './report-data';

/** What the demo hands over after its run. */
export interface DemoRunFigures {
  dayStart: string;
  channels: string[];
  orders: readonly Order[];
  milestones: readonly FulfilmentMilestones[];
  byWarehouse: ReadonlyMap<string, number>;
  byCarrier: ReadonlyMap<string, number>;
  costByCarrier: ReadonlyMap<string, number>;
  /** Holds placed during the day, by reason code. */
  holdsByReason: ReadonlyMap<string, number>;
  /** Stock rows at the end of the day. */
  items: readonly { sku: string; onHand: number }[];
  summary: ReportSummary;
}

const hourMs = 3_600_000;
const historyDays = 183;
const tailDays = 56;

const hash = (text: string) => [...text].reduce((h, char) => (h * 31 + char.charCodeAt(0)) >>> 0, 11);

/** Stock and a forecast for the `count` SKUs ordered most on the day, on synthetic histories. */
export function skuForecasts(figures: DemoRunFigures, count = 3): SkuForecast[] {
  const ordered = new Map<string, number>();
  for (const order of figures.orders)
    for (const line of order.lines)
      if (line.sellerSku) ordered.set(line.sellerSku, (ordered.get(line.sellerSku) ?? 0) + line.quantity);
  const top = [...ordered].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count);
  const today = dayNumber(new Date(Date.parse(figures.dayStart) + 8 * hourMs).toISOString().slice(0, 10));
  return top.map(([sku, dayQuantity]) => {
    // A baseline well below the 11.11 peak: the day sells several ordinary days' worth.
    const history = generateDemandHistory({
      start: dateOfDay(today - historyDays),
      days: historyDays,
      level: Math.max(2, dayQuantity / 10),
      trendPerDay: 0.01,
      weeklyAmplitude: 0.25,
      noise: 0.2,
      seed: hash(sku),
    });
    const forecast = forecastDemand(history, { horizonDays: 28, level: 0.8 });
    return {
      sku,
      onHand: figures.items.filter((item) => item.sku === sku).reduce((sum, item) => sum + item.onHand, 0),
      model: forecast.model,
      level: forecast.level,
      history: history.slice(-tailDays),
      forecast: forecast.points,
    };
  });
}

/** The report data of a demo run. */
export function buildReportData(figures: DemoRunFigures, generatedAt: string): ReportData {
  const start = Date.parse(figures.dayStart);
  const ordersPerHour = Array.from({ length: 24 }, () =>
    Object.fromEntries(figures.channels.map((channel) => [channel, 0])),
  );
  for (const order of figures.orders) {
    const hour = Math.floor((Date.parse(order.paidAt ?? order.createdAt) - start) / hourMs);
    const bucket = ordersPerHour[Math.min(23, Math.max(0, hour))];
    if (bucket) bucket[order.channel] = (bucket[order.channel] ?? 0) + 1;
  }
  const sorted = (map: ReadonlyMap<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    title: 'omskit demo: one 11.11 trading day',
    dayStart: figures.dayStart,
    generatedAt,
    channels: figures.channels,
    ordersPerHour,
    cycleHours: figures.milestones
      .filter((m) => m.shippedAt !== undefined)
      .map((m) => (Date.parse(m.shippedAt ?? m.paidAt) - Date.parse(m.paidAt)) / hourMs),
    byWarehouse: sorted(figures.byWarehouse).map(([label, value]) => ({ label, value })),
    holdsByReason: sorted(figures.holdsByReason).map(([label, value]) => ({ label, value })),
    byCarrier: sorted(figures.byCarrier).map(([carrierCode, parcels]) => ({
      carrierCode,
      parcels,
      costFen: figures.costByCarrier.get(carrierCode) ?? 0,
    })),
    skus: skuForecasts(figures),
    summary: figures.summary,
  };
}

/** Builds the report of a demo run and writes it to `path` (creating the folder). */
export function writeDemoReport(target: string | URL, figures: DemoRunFigures): string {
  const path = typeof target === 'string' ? target : fileURLToPath(target);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderReport(buildReportData(figures, new Date().toISOString())));
  return path;
}
