import type { PickTask } from './pick-task';

/** The version prefix of omskit pick-task QR payloads. */
export const pickTaskQrPrefix = 'OMS1';

/** Longest payload produced: fits a version 10 QR code at error correction M in byte mode. */
export const maxPickTaskQrLength = 213;

/** The fields a pick-task QR code carries, enough for a scanner to pick without a lookup. */
export interface PickTaskQrFields {
  readonly taskId: string;
  readonly warehouseId: string;
  readonly waveId?: string;
  readonly binCode: string;
  readonly sku: string;
  readonly quantity: number;
  readonly orderId: string;
  readonly lineId: string;
}

/** What {@link encodePickTaskQr} returns. */
export type EncodePickTaskQrResult =
  | { readonly ok: true; readonly payload: string }
  | { readonly ok: false; readonly reason: 'separator_in_field' | 'too_long'; readonly field?: string };

/** What {@link decodePickTaskQr} returns. */
export type DecodePickTaskQrResult =
  | { readonly ok: true; readonly fields: PickTaskQrFields }
  | { readonly ok: false; readonly reason: 'unknown_version' | 'malformed' | 'bad_checksum' };

/** FNV-1a over the UTF-16 code units, as 6 base-36 characters: catches misreads and hand edits. */
function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6).toUpperCase();
}

/**
 * The compact QR payload of a pick task: `OMS1|<task>|<warehouse>|<wave>|<bin>|<sku>|<qty>|<order>|<line>|<checksum>`
 * (`OMS1|pick-7|WH-SH|wave-2|A-03-12-2|SKU-A|2|taobao:s1:T1|L1|0K3Z9Q`). Fields may not contain `|`;
 * an empty wave is written as nothing between the bars.
 */
export function encodePickTaskQr(task: PickTask | PickTaskQrFields, waveId?: string): EncodePickTaskQrResult {
  const fields: PickTaskQrFields =
    'id' in task
      ? {
          taskId: task.id,
          warehouseId: task.warehouseId,
          binCode: task.binCode,
          sku: task.sku,
          quantity: task.quantity,
          orderId: task.orderId,
          lineId: task.lineId,
          ...(waveId === undefined ? {} : { waveId }),
        }
      : task;
  const parts: [string, string][] = [
    ['taskId', fields.taskId],
    ['warehouseId', fields.warehouseId],
    ['waveId', fields.waveId ?? ''],
    ['binCode', fields.binCode],
    ['sku', fields.sku],
    ['quantity', String(fields.quantity)],
    ['orderId', fields.orderId],
    ['lineId', fields.lineId],
  ];
  const bad = parts.find(([, value]) => value.includes('|'));
  if (bad !== undefined) return { ok: false, reason: 'separator_in_field', field: bad[0] };
  const body = [pickTaskQrPrefix, ...parts.map(([, value]) => value)].join('|');
  const payload = `${body}|${checksum(body)}`;
  if (payload.length > maxPickTaskQrLength) return { ok: false, reason: 'too_long' };
  return { ok: true, payload };
}

/** Reads a pick-task QR payload back, checking its version and checksum. */
export function decodePickTaskQr(payload: string): DecodePickTaskQrResult {
  const parts = payload.split('|');
  if (parts[0] !== pickTaskQrPrefix) return { ok: false, reason: 'unknown_version' };
  if (parts.length !== 10) return { ok: false, reason: 'malformed' };
  const [
    ,
    taskId = '',
    warehouseId = '',
    waveId = '',
    binCode = '',
    sku = '',
    quantityText = '',
    orderId = '',
    lineId = '',
    sum = '',
  ] = parts;
  if (checksum(parts.slice(0, 9).join('|')) !== sum) return { ok: false, reason: 'bad_checksum' };
  const quantity = Number(quantityText);
  if (!/^[1-9]\d*$/.test(quantityText) || !Number.isSafeInteger(quantity) || taskId === '' || sku === '')
    return { ok: false, reason: 'malformed' };
  return {
    ok: true,
    fields: {
      taskId,
      warehouseId,
      binCode,
      sku,
      quantity,
      orderId,
      lineId,
      ...(waveId === '' ? {} : { waveId }),
    },
  };
}
