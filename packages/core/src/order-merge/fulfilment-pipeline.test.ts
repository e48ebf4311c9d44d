import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateHolds, heldOrderIds, parseHoldsConfig } from '../holds';
import { fixedEnv, sampleLine, sampleOrder } from './__fixtures__/sample-orders';
import { type FulfilmentLine, fulfilmentLinesOf, lineKeyOf } from './fulfilment-line';
import { mergeOrders } from './merge-orders';
import { splitLinesByAssignment } from './split-by-assignment';
import { splitByWeightLimit } from './split-by-weight-limit';
import { splitPresaleLines } from './split-presale-lines';

const unitsByLine = (lines: readonly FulfilmentLine[]) => {
  const totals: Record<string, number> = {};
  for (const line of lines) totals[lineKeyOf(line)] = (totals[lineKeyOf(line)] ?? 0) + line.quantity;
  return totals;
};

describe('holds -> merge -> warehouse split -> parcels', () => {
  it('merges the unheld orders of one receiver and packs them without losing a unit', () => {
    const env = fixedEnv();
    const rice = sampleOrder({
      platformOrderId: '31001',
      lines: [
        sampleLine({
          lineId: 'r',
          sellerSku: 'RICE-5KG',
          title: '五常大米 5kg',
          quantity: 3,
          unitWeightGrams: 5100,
        }),
      ],
    });
    const oil = sampleOrder({
      platformOrderId: '31002',
      paidAt: '2026-11-10T20:00:00.000Z',
      lines: [
        sampleLine({
          lineId: 'o',
          sellerSku: 'OIL-5L',
          title: '花生油 5L',
          quantity: 2,
          unitWeightGrams: 4700,
        }),
      ],
    });
    const flagged = sampleOrder({ platformOrderId: '31003', buyerMessage: '先别发，等通知' });
    const config = parseHoldsConfig({ rules: [{ id: 'kw', type: 'message_keyword' }] });
    const holds = [rice, oil, flagged].flatMap((order) => evaluateHolds(order, {}, config, env).holds);
    const held = heldOrderIds(holds);
    expect(held).toEqual([flagged.id]);

    expect(mergeOrders([rice, oil, flagged], { heldOrderIds: held }, env)).toMatchObject({
      ok: false,
      conflicts: [{ reasons: ['held'] }, { reasons: ['held'] }],
    });
    const merged = mergeOrders([rice, oil], { heldOrderIds: held }, env);
    if (!merged.ok) throw new Error('expected a merge');

    // The shape of routing's parcels ({ warehouseId, lines: [{ lineId, quantity }] }) fits as is.
    const routedParcels = [
      {
        warehouseId: 'wh-shenzhen',
        lines: [
          { lineId: 'r', quantity: 3 },
          { lineId: 'o', quantity: 1 },
        ],
      },
      { warehouseId: 'wh-dongguan', lines: [{ lineId: 'o', quantity: 1 }] },
    ];
    const split = splitLinesByAssignment(merged.group.lines, { parts: routedParcels });
    if (!split.ok) throw new Error('expected a split');
    expect(split.unassigned).toEqual([]);

    const parcels = split.parts.flatMap((part) => splitByWeightLimit(part.lines, 10_000).parcels);
    // Shenzhen: one 5.1 kg sack per parcel, the oil joins the first; Dongguan: the other oil.
    expect(parcels.map((parcel) => parcel.weightGrams)).toEqual([9800, 5100, 5100, 4700]);
    expect(unitsByLine(parcels.flatMap((parcel) => parcel.lines))).toEqual(unitsByLine(merged.group.lines));
  });
});

describe('splitPresaleLines', () => {
  it('never loses or duplicates a unit (property)', () => {
    const line = fc.record({
      quantity: fc.integer({ min: 1, max: 9 }),
      shipped: fc.nat(3),
      presale: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.boolean(), (specs, orderPresale) => {
        const order = sampleOrder({
          presale: orderPresale,
          lines: specs.map((spec, index) =>
            sampleLine({
              lineId: `L${index}`,
              quantity: spec.quantity,
              shippedQuantity: Math.min(spec.shipped, spec.quantity),
              presale: spec.presale,
            }),
          ),
        });
        const { ready, presale } = splitPresaleLines(order);
        expect(unitsByLine([...ready, ...presale])).toEqual(unitsByLine(fulfilmentLinesOf(order)));
        expect(ready.every((item) => !item.presale) && presale.every((item) => item.presale)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
