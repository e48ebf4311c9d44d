/**
 * The data of the demo's HTML report: everything `renderReport` draws, collected by the demo
 * after its run. Plain values only, so the renderer stays pure and testable with fixed data.
 */

/** One labelled count (a warehouse's parcels, ...). */
export interface ReportCount {
  label: string;
  value: number;
}

/** Parcels routed to one carrier and what they cost (synthetic rate cards), in fen. */
export interface CarrierRouting {
  carrierCode: string;
  parcels: number;
  costFen: number;
}

/** One SKU's stock and its demand forecast. The history is synthetic, not the demo's sales. */
export interface SkuForecast {
  sku: string;
  /** Units on hand across warehouses at the end of the demo day. */
  onHand: number;
  /** Model `forecastDemand` chose. */
  model: string;
  /** Coverage of the interval band (0.8 = 80%). */
  level: number;
  /** The tail of the synthetic daily history drawn before the forecast. */
  history: { date: string; quantity: number }[];
  /** Daily forecast with its interval. */
  forecast: { date: string; mean: number; lower: number; upper: number }[];
}

/** Headline figures of the run. */
export interface ReportSummary {
  orders: number;
  shipped: number;
  parcels: number;
  splitOrders: number;
  oversold: number;
  writtenBack: number;
  cycleMedianHours: number;
  cycleP90Hours: number;
  shippingFen: number;
  /** Orders held for review during the day, and those still held at its end. */
  held: number;
  stillHeld: number;
  /** After-sales requested during the day, and those refunded and closed by its end. */
  afterSales: number;
  afterSalesClosed: number;
  /** Orders still waiting for stock at the end of the day, and those left for a person (no SKU code). */
  waitingForStock: number;
  needPerson: number;
  /** Receipts of inbound stock during the day (rows topped up) and the units they brought. */
  receipts: number;
  receivedUnits: number;
}

/** Everything the report shows. */
export interface ReportData {
  title: string;
  /** When the demo day started (ISO). */
  dayStart: string;
  /** When the report was generated (ISO). */
  generatedAt: string;
  /** Channel names, in the order their series are stacked. */
  channels: string[];
  /** Orders per hour of the day (index 0 = 00:00 Shanghai), one count per channel. */
  ordersPerHour: Record<string, number>[];
  /** Paid -> shipped per shipped order, hours. */
  cycleHours: number[];
  byWarehouse: ReportCount[];
  byCarrier: CarrierRouting[];
  /** Holds placed during the day, by reason code. */
  holdsByReason: ReportCount[];
  skus: SkuForecast[];
  summary: ReportSummary;
}
