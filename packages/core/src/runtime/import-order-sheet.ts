import { OmsError } from '../errors/oms-error';
import type { OrderSheetFile, OrderSheetImport, OrderSheetOptions } from './order-sheet-types';
import { parseCsv } from './parse-csv';
import { parseOrderSheet } from './parse-order-sheet';

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A spreadsheet cell as text. Date cells carry wall time without a zone, read as such. */
function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    return (
      `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())} ` +
      `${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}:${pad(cell.getUTCSeconds())}`
    );
  }
  return String(cell);
}

/**
 * Reads an order sheet into rows of text: `.xlsx` through `read-excel-file` (an optional peer
 * dependency, loaded only here), anything else as CSV. Numbers are kept as the decimal text the
 * file stores, so money never passes through floating point.
 */
export async function readOrderSheetRows(file: OrderSheetFile): Promise<string[][]> {
  if (!file.name.toLowerCase().endsWith('.xlsx')) {
    const text = typeof file.data === 'string' ? file.data : new TextDecoder('utf-8').decode(file.data);
    return parseCsv(text);
  }
  if (typeof file.data === 'string') {
    throw new OmsError('invalid_input', `${file.name}: an .xlsx file must be given as bytes`, {
      path: ['data'],
    });
  }
  let reader: typeof import('read-excel-file/node');
  try {
    reader = await import('read-excel-file/node');
  } catch (cause) {
    throw new OmsError(
      'unsupported',
      'reading .xlsx needs the read-excel-file package: pnpm add read-excel-file',
      {
        cause,
      },
    );
  }
  try {
    const rows = await reader.readSheet(Buffer.from(file.data), { parseNumber: (text: string) => text });
    return rows.map((row) => row.map(cellText));
  } catch (cause) {
    throw new OmsError('invalid_input', `${file.name}: not a readable .xlsx workbook`, {
      cause,
      path: ['data'],
    });
  }
}

/**
 * Imports orders from a distributor's or agent's spreadsheet: reads it, validates every row
 * (errors name the row and column), groups rows into orders, skips repeated rows and returns
 * the valid orders for the pipeline (`oms.applyOrder`, or `oms.importOrderSheet` which does
 * both).
 */
export async function importOrderSheet(
  file: OrderSheetFile,
  options: OrderSheetOptions,
): Promise<OrderSheetImport> {
  return parseOrderSheet(await readOrderSheetRows(file), options);
}
