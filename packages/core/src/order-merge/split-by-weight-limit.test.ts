import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import type { FulfilmentLine } from './fulfilment-line';
import { lineKeyOf } from './fulfilment-line';
import { splitByWeightLimit } from './split-by-weight-limit';

const line = (lineId: string, quantity: number, unitWeightGrams?: number): FulfilmentLine => ({
  sourceOrderId: 'pdd:shop-3:241110-088',
  lineId,
  sellerSku: `SKU-${lineId}`,
  title: lineId,
  quantity,
  ...(unitWeightGrams === undefined ? {} : { unitWeightGrams }),
  presale: false,
});

const shape = (parcels: ReturnType<typeof splitByWeightLimit>['parcels']) =>
  parcels.map((parcel) => ({
    weight: parcel.weightGrams,
    lines: parcel.lines.map((item) => `${item.lineId}x${item.quantity}`),
  }));

describe('splitByWeightLimit', () => {
  it('packs heaviest first and splits a line across parcels (first-fit decreasing)', () => {
    // Rice 5 kg x3, oil 4.5 kg x1, salt 0.4 kg x4 under a 10 kg parcel limit.
    const result = splitByWeightLimit(
      [line('salt', 4, 400), line('rice', 3, 5000), line('oil', 1, 4500)],
      10_000,
    );
    expect(shape(result.parcels)).toEqual([
      { weight: 10_000, lines: ['ricex2'] },
      { weight: 9900, lines: ['ricex1', 'oilx1', 'saltx1'] },
      { weight: 1200, lines: ['saltx3'] },
    ]);
    expect(result.parcels.every((parcel) => !parcel.overweight && !parcel.estimated)).toBe(true);
    expect(result.unknownWeight).toEqual([]);
  });

  it('ships a unit heavier than the limit alone, marked overweight', () => {
    const result = splitByWeightLimit([line('fridge', 2, 42_000), line('manual', 1, 200)], 30_000);
    expect(shape(result.parcels)).toEqual([
      { weight: 42_000, lines: ['fridgex1'] },
      { weight: 42_000, lines: ['fridgex1'] },
      { weight: 200, lines: ['manualx1'] },
    ]);
    expect(result.parcels.map((parcel) => parcel.overweight)).toEqual([true, true, false]);
  });

  it('flags lines of unknown weight instead of guessing', () => {
    const result = splitByWeightLimit([line('known', 1, 300), line('mystery', 2)], 1000);
    expect(result.unknownWeight.map((item) => item.lineId)).toEqual(['mystery']);
    expect(shape(result.parcels)).toEqual([{ weight: 300, lines: ['knownx1'] }]);
  });

  it('packs unknown weights with an assumed weight when asked, marking the parcels', () => {
    const result = splitByWeightLimit([line('known', 1, 300), line('mystery', 2)], 1000, {
      assumeUnknownGrams: 500,
    });
    expect(result.unknownWeight).toEqual([]);
    expect(result.estimatedLines).toEqual([{ sourceOrderId: 'pdd:shop-3:241110-088', lineId: 'mystery' }]);
    expect(shape(result.parcels)).toEqual([
      { weight: 1000, lines: ['mysteryx2'] },
      { weight: 300, lines: ['knownx1'] },
    ]);
    expect(result.parcels.map((parcel) => parcel.estimated)).toEqual([true, false]);
  });

  it('puts weightless units (e-cards, gift notes) in the first parcel', () => {
    const result = splitByWeightLimit([line('card', 3, 0), line('box', 1, 800)], 1000);
    expect(shape(result.parcels)).toEqual([{ weight: 800, lines: ['boxx1', 'cardx3'] }]);
  });

  it('refuses a limit that is not a positive number', () => {
    expect(() => splitByWeightLimit([line('a', 1, 1)], 0)).toThrow(OmsError);
    expect(() => splitByWeightLimit([line('a', 1, 1)], Number.NaN)).toThrow(/maxParcelGrams/);
  });

  it('never loses or duplicates a unit and keeps parcels under the limit (property)', () => {
    const lines = fc.array(
      fc.record({
        quantity: fc.integer({ min: 1, max: 30 }),
        weight: fc.option(fc.integer({ min: 0, max: 12_000 }), { nil: undefined }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 10_000 }), (specs, max) => {
        const input = specs.map((spec, index) => line(`L${index}`, spec.quantity, spec.weight));
        const result = splitByWeightLimit(input, max);
        const totals = new Map<string, number>();
        for (const item of [...result.parcels.flatMap((parcel) => parcel.lines), ...result.unknownWeight]) {
          expect(item.quantity).toBeGreaterThan(0);
          totals.set(lineKeyOf(item), (totals.get(lineKeyOf(item)) ?? 0) + item.quantity);
        }
        expect(Object.fromEntries(totals)).toEqual(
          Object.fromEntries(input.map((item) => [lineKeyOf(item), item.quantity])),
        );
        for (const parcel of result.parcels) {
          const weight = parcel.lines.reduce(
            (sum, item) => sum + item.quantity * (item.unitWeightGrams ?? 0),
            0,
          );
          expect(parcel.weightGrams).toBe(weight);
          if (parcel.overweight) expect(parcel.lines).toEqual([expect.objectContaining({ quantity: 1 })]);
          else expect(parcel.weightGrams).toBeLessThanOrEqual(max);
        }
      }),
      { numRuns: 300 },
    );
  });
});
