import { OmsError } from '../errors/oms-error';
import { normalizeProvince } from '../region/normalize-province';
import {
  type Money,
  moneyFromYuan,
  multiplyMoney,
  subtractMoney,
  sumMoney,
  zeroMoney,
} from '../schema/money';
import { type Order, type OrderLine, orderKey, orderSchema } from '../schema/order';
import { shanghaiWallTimeToIso } from '../schema/time';
import {
  type OrderSheetField,
  type OrderSheetImport,
  type OrderSheetOptions,
  type OrderSheetRowError,
  requiredOrderSheetFields,
} from './order-sheet-types';

type RowValues = Partial<Record<OrderSheetField, string>>;

interface ParsedRow {
  row: number;
  values: RowValues;
  line?: OrderLine;
}

/** Masks a name as platforms do: the first character, then one `*` per further character. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** Masks a phone number: the first three and last four digits stay. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length < 7 ? '****' : `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** Masks a street address: the first four characters stay. */
export function maskDetail(detail: string): string {
  const chars = [...detail.trim()];
  return `${chars.slice(0, 4).join('')}****`;
}

/**
 * Turns the rows of an order sheet (header first) into unified orders. Pure. Every row is
 * validated and each problem reported with its row and column; rows with the same order number
 * make one multi-line order; an exact repeat of a row is reported and skipped; an order with any
 * bad row is rejected whole rather than imported in part. Receiver names, phones and addresses
 * are masked before they enter the order: omskit never keeps them in the clear.
 */
export function parseOrderSheet(
  rows: readonly (readonly string[])[],
  options: OrderSheetOptions,
): OrderSheetImport {
  const result: OrderSheetImport = {
    orders: [],
    errors: [],
    duplicateRows: [],
    rejectedOrderNos: [],
    rowsRead: 0,
  };
  const header = (rows[0] ?? []).map((cell) => cell.trim());
  const columnOf = new Map<OrderSheetField, number>();
  for (const [field, title] of Object.entries(options.mapping) as [OrderSheetField, string | undefined][]) {
    if (title === undefined) continue;
    const index = header.indexOf(title.trim());
    if (index < 0)
      result.errors.push({
        row: 1,
        column: title,
        field,
        message: `column ${JSON.stringify(title)} not found`,
      });
    else columnOf.set(field, index);
  }
  if (result.errors.length > 0) return result;
  for (const field of requiredOrderSheetFields) {
    if (!columnOf.has(field))
      throw new OmsError('invalid_input', `mapping.${field} is required`, { path: ['mapping', field] });
  }

  const byOrder = new Map<string, ParsedRow[]>();
  const seenRows = new Map<string, string>();
  for (let index = 1; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    if (cells.every((cell) => cell.trim() === '')) continue;
    result.rowsRead += 1;
    const values: RowValues = {};
    for (const [field, column] of columnOf) values[field] = (cells[column] ?? '').trim();
    const rowNumber = index + 1;
    const orderNo = values.orderNo ?? '';
    const fingerprint = JSON.stringify(values);
    const lineKey = `${orderNo}\u0000${values.sku ?? ''}`;
    const earlier = seenRows.get(lineKey);
    if (earlier === fingerprint) {
      result.duplicateRows.push(rowNumber);
      continue;
    }
    const parsed: ParsedRow = { row: rowNumber, values };
    const errors = validateRow(parsed, options, byOrder.has(orderNo));
    if (earlier !== undefined) {
      errors.push({
        row: rowNumber,
        column: options.mapping.sku,
        field: 'sku',
        message: `SKU ${values.sku} appears twice in order ${orderNo} with different values`,
      });
    }
    seenRows.set(lineKey, fingerprint);
    result.errors.push(...errors);
    if (orderNo !== '') byOrder.set(orderNo, [...(byOrder.get(orderNo) ?? []), parsed]);
  }

  const badRows = new Set(result.errors.map((error) => error.row));
  for (const [orderNo, orderRows] of byOrder) {
    const orderErrors = checkOrderConsistency(orderRows, options);
    result.errors.push(...orderErrors);
    if (orderErrors.length > 0 || orderRows.some((row) => badRows.has(row.row))) {
      result.rejectedOrderNos.push(orderNo);
      continue;
    }
    result.orders.push(buildOrder(orderNo, orderRows, options));
  }
  result.errors.sort((a, b) => a.row - b.row);
  return result;
}

function fieldError(row: ParsedRow, field: OrderSheetField, options: OrderSheetOptions, message: string) {
  return { row: row.row, column: options.mapping[field] ?? field, field, message };
}

function validateRow(
  row: ParsedRow,
  options: OrderSheetOptions,
  continuesOrder: boolean,
): OrderSheetRowError[] {
  const errors: OrderSheetRowError[] = [];
  const { values } = row;
  for (const field of requiredOrderSheetFields) {
    // Later rows of a multi-line order may leave the order-level cells (the address) empty.
    const orderLevel = (orderLevelFields as readonly string[]).includes(field);
    if ((values[field] ?? '') === '' && !(continuesOrder && orderLevel)) {
      errors.push(fieldError(row, field, options, 'is empty'));
    }
  }
  const quantityText = values.quantity ?? '';
  const quantity = /^[1-9]\d{0,6}$/.test(quantityText) ? Number(quantityText) : undefined;
  if (quantityText !== '' && quantity === undefined) {
    errors.push(
      fieldError(row, 'quantity', options, `not a positive whole number: ${JSON.stringify(quantityText)}`),
    );
  }
  const money = (field: 'unitPrice' | 'discount'): Money | undefined => {
    const text = values[field] ?? '';
    if (text === '') return field === 'discount' ? zeroMoney() : undefined;
    try {
      return moneyFromYuan(text);
    } catch {
      errors.push(
        fieldError(
          row,
          field,
          options,
          `not a yuan amount with at most two decimals: ${JSON.stringify(text)}`,
        ),
      );
      return undefined;
    }
  };
  const unitPrice = money('unitPrice');
  const discount = money('discount');
  if (values.shipping !== undefined && values.shipping !== '') {
    try {
      moneyFromYuan(values.shipping);
    } catch {
      errors.push(
        fieldError(row, 'shipping', options, `not a yuan amount: ${JSON.stringify(values.shipping)}`),
      );
    }
  }
  if (values.province !== undefined && values.province !== '' && !normalizeProvince(values.province).ok) {
    errors.push(fieldError(row, 'province', options, `unknown province ${JSON.stringify(values.province)}`));
  }
  for (const field of ['createdAt', 'paidAt'] as const) {
    const text = values[field];
    if (text === undefined || text === '') continue;
    try {
      shanghaiWallTimeToIso(text);
    } catch {
      errors.push(
        fieldError(row, field, options, `expected yyyy-MM-dd HH:mm:ss, got ${JSON.stringify(text)}`),
      );
    }
  }
  if (errors.length === 0 && quantity !== undefined && unitPrice !== undefined && discount !== undefined) {
    const amount = multiplyMoney(unitPrice, quantity);
    if (discount.amount < 0 || discount.amount > amount.amount) {
      errors.push(fieldError(row, 'discount', options, 'discount must be between 0 and the line amount'));
      return errors;
    }
    row.line = {
      lineId: `${values.orderNo}-${values.sku}`,
      sellerSku: values.sku ?? '',
      title: values.title || (values.sku ?? ''),
      quantity,
      unitPrice,
      amount,
      discount,
      paid: subtractMoney(amount, discount),
      shippedQuantity: 0,
      refundedQuantity: 0,
      refundStatus: 'none',
      presale: false,
    };
  }
  return errors;
}

const orderLevelFields = [
  'province',
  'city',
  'district',
  'detail',
  'receiverName',
  'receiverPhone',
  'createdAt',
  'paidAt',
  'shipping',
] as const;

function checkOrderConsistency(rows: readonly ParsedRow[], options: OrderSheetOptions): OrderSheetRowError[] {
  const [first, ...rest] = rows;
  if (first === undefined) return [];
  const errors: OrderSheetRowError[] = [];
  for (const row of rest) {
    for (const field of orderLevelFields) {
      const value = row.values[field];
      // Later rows of an order may leave order-level cells empty; if filled they must agree.
      if (value !== undefined && value !== '' && value !== first.values[field]) {
        errors.push(fieldError(row, field, options, `differs from row ${first.row} of the same order`));
      }
    }
  }
  return errors;
}

function buildOrder(orderNo: string, rows: readonly ParsedRow[], options: OrderSheetOptions): Order {
  const first = rows[0] as ParsedRow;
  const values = first.values;
  const lines = rows.map((row) => row.line as OrderLine);
  const goods = sumMoney(lines.map((line) => line.amount));
  const discount = sumMoney(lines.map((line) => line.discount));
  const shipping = values.shipping ? moneyFromYuan(values.shipping) : zeroMoney();
  const createdAt = values.createdAt ? shanghaiWallTimeToIso(values.createdAt) : options.importedAt;
  const paidAt = values.paidAt ? shanghaiWallTimeToIso(values.paidAt) : createdAt;
  const province = normalizeProvince(values.province ?? '');
  const messages = rows.map((row) => row.values.buyerMessage).filter((text): text is string => !!text);
  const memos = rows.map((row) => row.values.sellerMemo).filter((text): text is string => !!text);
  return orderSchema.parse({
    id: orderKey(options.channel, options.shopId, orderNo),
    channel: options.channel,
    shopId: options.shopId,
    platformOrderId: orderNo,
    status: 'paid',
    platformStatus: 'imported',
    createdAt,
    paidAt,
    platformModifiedAt: paidAt,
    receiver: {
      province: values.province,
      ...(province.ok ? { provinceCode: province.code } : {}),
      city: values.city,
      district: values.district,
      ...(values.detail ? { detailMasked: maskDetail(values.detail) } : {}),
      ...(values.receiverName ? { nameMasked: maskName(values.receiverName) } : {}),
      ...(values.receiverPhone ? { phoneMasked: maskPhone(values.receiverPhone) } : {}),
    },
    lines,
    totals: { goods, shipping, discount, paid: subtractMoney(sumMoney([goods, shipping]), discount) },
    ...(messages.length > 0 ? { buyerMessage: [...new Set(messages)].join('；') } : {}),
    ...(memos.length > 0 ? { sellerMemo: [...new Set(memos)].join('；') } : {}),
    platformData: { sheet: { rows: rows.map((row) => row.row) } },
  });
}
