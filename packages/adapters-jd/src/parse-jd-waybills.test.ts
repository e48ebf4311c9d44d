import { describe, expect, it } from 'vitest';
import { jdCarrierIds, unifiedCarrierOfJdId } from './jd-carriers';
import { parseJdWaybills } from './parse-jd-waybills';

describe('parseJdWaybills', () => {
  it.each([
    ['', '', [], false],
    ['JDV1', '2087', [{ logisticsId: '2087', waybills: ['JDV1'] }], false],
    [
      'JDV1,JDV2|SF3',
      '2087|467',
      [
        { logisticsId: '2087', waybills: ['JDV1', 'JDV2'] },
        { logisticsId: '467', waybills: ['SF3'] },
      ],
      false,
    ],
    [' JDV1 , ,JDV2 ', '2087', [{ logisticsId: '2087', waybills: ['JDV1', 'JDV2'] }], false],
    [
      'JDV1|SF3',
      '2087',
      [
        { logisticsId: '2087', waybills: ['JDV1'] },
        { logisticsId: undefined, waybills: ['SF3'] },
      ],
      true,
    ],
    ['JDV1', '2087|467', [{ logisticsId: '2087', waybills: ['JDV1'] }], true],
  ] as const)('%j / %j', (waybill, logisticsId, groups, mismatch) => {
    expect(parseJdWaybills(waybill, logisticsId)).toEqual({ groups, mismatch });
  });
});

describe('JD carrier ids', () => {
  it('round-trips every unified code', () => {
    for (const [code, id] of Object.entries(jdCarrierIds)) expect(unifiedCarrierOfJdId(id)).toBe(code);
    expect(unifiedCarrierOfJdId('424242')).toBeUndefined();
  });
});
