import type { ReportData } from '../../examples/demo/report/report-data';

const channels = ['taobao', 'pdd', 'jd', 'douyin'];
const day = (offset: number) => new Date(Date.UTC(2026, 10, 1 + offset)).toISOString().slice(0, 10);

/**
 * A report's data shaped like a demo day (four channels, 24 hours, three forecast SKUs), for
 * when the browser test runs before the demo has written its own report.
 */
export function reportFixture(): ReportData {
  return {
    title: 'omskit demo: 11.11 (fixture)',
    dayStart: '2026-11-10T16:00:00.000Z',
    generatedAt: '2026-11-11T16:00:00.000Z',
    channels,
    ordersPerHour: Array.from({ length: 24 }, (_, hour) =>
      Object.fromEntries(channels.map((channel, index) => [channel, ((hour * 7 + index * 3) % 11) + 1])),
    ),
    cycleHours: Array.from({ length: 60 }, (_, i) => 0.4 + ((i * 37) % 90) / 10),
    byWarehouse: [
      { label: 'SZ-苏州', value: 41 },
      { label: 'GZ-广州', value: 33 },
      { label: 'BJ-北京', value: 18 },
    ],
    holdsByReason: [
      { label: 'message_keyword', value: 5 },
      { label: 'refund_requested', value: 2 },
    ],
    byCarrier: [
      { carrierCode: 'SF', parcels: 21, costFen: 35_700 },
      { carrierCode: 'ZTO', parcels: 40, costFen: 28_000 },
      { carrierCode: 'JTSD', parcels: 31, costFen: 19_220 },
    ],
    skus: ['SKU-TEA-250', 'SKU-CUP-01', 'SKU-PAN-28'].map((sku, s) => ({
      sku,
      onHand: 120 - s * 30,
      model: s === 2 ? 'croston_sba' : 'holt_winters',
      level: 0.8,
      history: Array.from({ length: 56 }, (_, i) => ({ date: day(i - 56), quantity: 4 + ((i + s) % 7) })),
      forecast: Array.from({ length: 28 }, (_, i) => ({ date: day(i), mean: 6, lower: 3.5, upper: 8.5 })),
    })),
    summary: {
      orders: 96,
      shipped: 92,
      parcels: 92,
      splitOrders: 3,
      oversold: 0,
      writtenBack: 92,
      cycleMedianHours: 3.1,
      cycleP90Hours: 7.4,
      shippingFen: 82_920,
      held: 7,
      stillHeld: 2,
      afterSales: 4,
      afterSalesClosed: 3,
      waitingForStock: 2,
      needPerson: 1,
      receipts: 6,
      receivedUnits: 180,
    },
  };
}
