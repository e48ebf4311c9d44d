import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePickTaskQr, encodePickTaskQr, maxPickTaskQrLength } from './pick-task-qr';

const fields = {
  taskId: 'pick-7',
  warehouseId: 'WH-SH',
  waveId: 'wave-2',
  binCode: 'A-03-12-2',
  sku: 'SKU-A',
  quantity: 2,
  orderId: 'taobao:s1:T1',
  lineId: 'L1',
};

describe('pick task QR payload', () => {
  it('is versioned, compact and reads back', () => {
    const encoded = encodePickTaskQr(fields);
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(encoded.payload).toMatch(
      /^OMS1\|pick-7\|WH-SH\|wave-2\|A-03-12-2\|SKU-A\|2\|taobao:s1:T1\|L1\|[0-9A-Z]{6}$/,
    );
    expect(decodePickTaskQr(encoded.payload)).toEqual({ ok: true, fields });
    const { waveId: _unused, ...noWave } = fields;
    const bare = encodePickTaskQr(noWave);
    expect(bare.ok && decodePickTaskQr(bare.payload)).toEqual({ ok: true, fields: noWave });
  });

  it('takes a task with an optional wave', () => {
    const task = {
      id: 't1',
      orderId: 'o',
      lineId: 'L',
      sku: 'S',
      quantity: 1,
      warehouseId: 'W',
      binCode: 'A-01-01-1',
      location: { zone: 'A', aisle: 1, bay: 1, level: 1 },
    };
    const encoded = encodePickTaskQr(task, 'wave-9');
    expect(encoded.ok && decodePickTaskQr(encoded.payload)).toMatchObject({
      ok: true,
      fields: { taskId: 't1', waveId: 'wave-9' },
    });
  });

  it('refuses separators, long payloads, other versions and bad checksums', () => {
    expect(encodePickTaskQr({ ...fields, sku: 'A|B' })).toEqual({
      ok: false,
      reason: 'separator_in_field',
      field: 'sku',
    });
    expect(encodePickTaskQr({ ...fields, orderId: 'x'.repeat(maxPickTaskQrLength) })).toEqual({
      ok: false,
      reason: 'too_long',
    });
    expect(decodePickTaskQr('OMS2|a')).toEqual({ ok: false, reason: 'unknown_version' });
    expect(decodePickTaskQr('OMS1|a|b')).toEqual({ ok: false, reason: 'malformed' });
    const encoded = encodePickTaskQr(fields);
    if (!encoded.ok) throw new Error(encoded.reason);
    expect(decodePickTaskQr(encoded.payload.replace('|2|', '|3|'))).toEqual({
      ok: false,
      reason: 'bad_checksum',
    });
  });

  it('round-trips any fields without separators and detects any one changed character', () => {
    const text = fc.string({ minLength: 1, maxLength: 16 }).filter((value) => !value.includes('|'));
    fc.assert(
      fc.property(
        fc.record({
          taskId: text,
          warehouseId: text,
          binCode: text,
          sku: text,
          quantity: fc.integer({ min: 1, max: 9999 }),
          orderId: text,
          lineId: text,
        }),
        fc.nat(),
        (input, position) => {
          const encoded = encodePickTaskQr(input);
          if (!encoded.ok) return;
          expect(decodePickTaskQr(encoded.payload)).toEqual({ ok: true, fields: input });
          const index = 5 + (position % (encoded.payload.length - 12));
          const changed =
            encoded.payload.slice(0, index) +
            (encoded.payload[index] === 'x' ? 'y' : 'x') +
            encoded.payload.slice(index + 1);
          if (changed !== encoded.payload) expect(decodePickTaskQr(changed).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
