import type { Order } from '../schema/order';

/** The fields an order sheet can fill; each maps to a column header of the sheet. */
export type OrderSheetField =
  | 'orderNo'
  | 'sku'
  | 'title'
  | 'quantity'
  | 'unitPrice'
  | 'discount'
  | 'shipping'
  | 'province'
  | 'city'
  | 'district'
  | 'detail'
  | 'receiverName'
  | 'receiverPhone'
  | 'createdAt'
  | 'paidAt'
  | 'buyerMessage'
  | 'sellerMemo';

/** Fields every mapping must name. */
export const requiredOrderSheetFields = [
  'orderNo',
  'sku',
  'quantity',
  'unitPrice',
  'province',
  'city',
  'district',
] as const satisfies readonly OrderSheetField[];

/**
 * Which column header holds which field (`{ orderNo: '订单号', sku: '商家编码', ... }`). Money
 * columns are yuan with at most two decimals; times are Asia/Shanghai wall time
 * (`yyyy-MM-dd HH:mm:ss` text or spreadsheet date cells).
 */
export type OrderSheetMapping = { [K in (typeof requiredOrderSheetFields)[number]]: string } & {
  [K in Exclude<OrderSheetField, (typeof requiredOrderSheetFields)[number]>]?: string;
};

/** A spreadsheet as received: `.xlsx` bytes or CSV text, with its file name. */
export interface OrderSheetFile {
  /** File name; `.xlsx` is read as a workbook, anything else as CSV. */
  name: string;
  data: Uint8Array | string;
}

/** Options of `importOrderSheet` / `parseOrderSheet`. */
export interface OrderSheetOptions {
  /** The channel the orders are recorded under (`distributor`, `offline`). */
  channel: string;
  /** The shop (or agent) they belong to. */
  shopId: string;
  mapping: OrderSheetMapping;
  /** Used when the sheet has no order time: the import time (ISO instant). */
  importedAt: string;
}

/** A problem with one row (1-based, as a spreadsheet numbers them; the header is row 1). */
export interface OrderSheetRowError {
  row: number;
  /** The column header, when one column is at fault. */
  column?: string;
  field?: OrderSheetField;
  message: string;
}

/** The outcome of reading an order sheet. */
export interface OrderSheetImport {
  /** Valid orders, one per order number (several rows make a multi-line order). */
  orders: Order[];
  /** Every problem found, by row and column. An order with any bad row is not imported. */
  errors: OrderSheetRowError[];
  /** Rows identical to an earlier row of the same order and SKU, skipped. */
  duplicateRows: number[];
  /** Order numbers rejected because of errors. */
  rejectedOrderNos: string[];
  /** Data rows read (header excluded, blank rows skipped). */
  rowsRead: number;
}
