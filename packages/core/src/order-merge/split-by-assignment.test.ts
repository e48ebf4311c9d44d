import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleLine, sampleOrder } from './__fixtures__/sample-orders';
import { type FulfilmentLine, fulfilmentLinesOf, lineKeyOf } from './fulfilment-line';
import { splitLinesByAssignment, splitOrderByAssignment } from './split-by-assignment';

const order = sampleOrder({
  platformOrderId: '7001',
  lines: [
    sampleLine({ lineId: 'A', sellerSku: 'RICE-5KG', title: '五常大米 5kg', quantity: 4 }),
    sampleLine({ lineId: 'B', sellerSku: 'OIL-5L', title: '花生油 5L', quantity: 1 }),
    sampleLine({ lineId: 'C', sellerSku: 'SALT-400G', title: '海盐 400g', quantity: 3, shippedQuantity: 1 }),
  ],
  status: 'paid',
});

const quantities = (lines: readonly FulfilmentLine[]) => lines.map((line) => [line.lineId, line.quantity]);

describe('splitOrderByAssignment', () => {
  it('splits open units per warehouse and returns what routing left out', () => {
    const result = splitOrderByAssignment(order, {
      parts: [
        {
          warehouseId: 'wh-guangzhou',
          lines: [
            { lineId: 'A', quantity: 3 },
            { lineId: 'C', quantity: 2 },
          ],
        },
        { warehouseId: 'wh-wuhan', lines: [{ lineId: 'A', quantity: 1 }] },
        { warehouseId: 'wh-empty', lines: [] },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parts.map((part) => [part.warehouseId, quantities(part.lines)])).toEqual([
      [
        'wh-guangzhou',
        [
          ['A', 3],
          ['C', 2],
        ],
      ],
      ['wh-wuhan', [['A', 1]]],
    ]);
    expect(quantities(result.unassigned)).toEqual([['B', 1]]);
  });

  it('collects every problem with where it is', () => {
    const result = splitOrderByAssignment(order, {
      parts: [
        {
          warehouseId: 'wh-1',
          lines: [
            { lineId: 'A', quantity: 5 },
            { lineId: 'Z', quantity: 1 },
          ],
        },
        {
          warehouseId: 'wh-2',
          lines: [
            { lineId: 'B', quantity: 0 },
            { lineId: 'C', quantity: 3 },
          ],
        },
      ],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'unknown_line', partIndex: 0, lineIndex: 1, lineId: 'Z' },
        { code: 'invalid_quantity', partIndex: 1, lineIndex: 0, lineId: 'B' },
        { code: 'over_assigned', sourceOrderId: order.id, lineId: 'A', assigned: 5, open: 4 },
        { code: 'over_assigned', sourceOrderId: order.id, lineId: 'C', assigned: 3, open: 2 },
      ],
    });
  });

  it('asks which order a repeated line id means in a merge group', () => {
    const lines = [
      ...fulfilmentLinesOf(sampleOrder({ platformOrderId: '8001', lines: [sampleLine({ lineId: '1' })] })),
      ...fulfilmentLinesOf(sampleOrder({ platformOrderId: '8002', lines: [sampleLine({ lineId: '1' })] })),
    ];
    const vague = splitLinesByAssignment(lines, {
      parts: [{ warehouseId: 'w', lines: [{ lineId: '1', quantity: 1 }] }],
    });
    expect(vague).toEqual({
      ok: false,
      issues: [{ code: 'ambiguous_line', partIndex: 0, lineIndex: 0, lineId: '1' }],
    });
    const precise = splitLinesByAssignment(lines, {
      parts: [
        { warehouseId: 'w', lines: [{ lineId: '1', sourceOrderId: 'taobao:shop-1:8002', quantity: 1 }] },
      ],
    });
    expect(precise.ok && precise.unassigned.map((line) => line.sourceOrderId)).toEqual([
      'taobao:shop-1:8001',
    ]);
  });

  it('never loses or duplicates a unit (property)', () => {
    const arbitrary = fc
      .array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 })
      .chain((sizes) =>
        fc.tuple(
          fc.constant(sizes),
          fc.array(
            fc.tuple(
              fc.integer({ min: 0, max: sizes.length - 1 }),
              fc.integer({ min: 1, max: 4 }),
              fc.nat(3),
            ),
            {
              maxLength: 12,
            },
          ),
        ),
      );
    fc.assert(
      fc.property(arbitrary, ([sizes, picks]) => {
        const lines = sizes.map((quantity, index) => sampleLine({ lineId: `L${index}`, quantity }));
        const source = sampleOrder({ platformOrderId: '9001', lines });
        // Give out at most what is open, spread over up to four warehouses.
        const left = [...sizes];
        const assignment = {
          parts: [0, 1, 2, 3].map((warehouse) => ({
            warehouseId: `wh-${warehouse}`,
            lines: [] as { lineId: string; quantity: number }[],
          })),
        };
        for (const [lineIndex, want, warehouse] of picks) {
          const quantity = Math.min(want, left[lineIndex] ?? 0);
          if (quantity === 0) continue;
          left[lineIndex] = (left[lineIndex] ?? 0) - quantity;
          assignment.parts[warehouse]?.lines.push({ lineId: `L${lineIndex}`, quantity });
        }
        const result = splitOrderByAssignment(source, assignment);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const totals = new Map<string, number>();
        for (const line of [...result.parts.flatMap((part) => part.lines), ...result.unassigned]) {
          expect(line.quantity).toBeGreaterThan(0);
          totals.set(lineKeyOf(line), (totals.get(lineKeyOf(line)) ?? 0) + line.quantity);
        }
        expect(Object.fromEntries(totals)).toEqual(
          Object.fromEntries(fulfilmentLinesOf(source).map((line) => [lineKeyOf(line), line.quantity])),
        );
      }),
      { numRuns: 200 },
    );
  });
});
