import { describe, expect, it } from 'vitest';
import { guangzhouToShanghai } from '../__fixtures__/shipments';
import { buildSfCreateOrder, sfWaybillFromResponse } from './sf-create-order';

// Top-level keys of the official SF SDK's EXP_RECE_CREATE_ORDER sample (01.order.json in
// SF-CSIM-EXPRESS-SDK-PYTHON-V2.0), minus the empty customsInfo/extraInfoList/isOneselfPickup.
const officialKeys = [
  'cargoDetails',
  'contactInfoList',
  'expressTypeId',
  'language',
  'monthlyCard',
  'orderId',
  'parcelQty',
  'payMethod',
  'totalWeight',
];

describe('buildSfCreateOrder', () => {
  it('uses the official sample fields, contacts typed 1 (sender) and 2 (receiver)', () => {
    const msgData = buildSfCreateOrder(guangzhouToShanghai, { monthlyCard: '7551234567' });
    for (const key of officialKeys) expect(Object.keys(msgData)).toContain(key);
    expect(msgData['contactInfoList']).toEqual([
      expect.objectContaining({
        contactType: 1,
        province: '广东省',
        county: '黄埔区',
        mobile: '020-00000000',
      }),
      expect.objectContaining({ contactType: 2, province: '上海', county: '闵行区' }),
    ]);
    expect(msgData).toMatchObject({
      expressTypeId: 2,
      payMethod: 1,
      parcelQty: 1,
      totalWeight: 1.8,
      volume: 12_000,
    });
  });

  it('takes the product from the request, and refuses a non-numeric one', () => {
    expect(buildSfCreateOrder({ ...guangzhouToShanghai, serviceCode: '1' }, {})['expressTypeId']).toBe(1);
    expect(() => buildSfCreateOrder({ ...guangzhouToShanghai, serviceCode: '标快' }, {})).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['serviceCode'] }),
    );
  });
});

describe('sfWaybillFromResponse', () => {
  it('separates mother, child and return-receipt numbers', () => {
    const waybill = sfWaybillFromResponse('R1', {
      waybillNoInfoList: [
        { waybillType: 2, waybillNo: 'SF2' },
        { waybillType: 1, waybillNo: 'SF1' },
        { waybillType: 3, waybillNo: 'SF9' },
        { waybillType: 2, waybillNo: 'SF3' },
      ],
      routeLabelInfo: [
        { code: '1000', routeLabelData: { destRouteLabel: '755WF', twoDimensionCode: 'MMM' } },
      ],
    });
    expect(waybill).toEqual({
      carrierCode: 'SF',
      reference: 'R1',
      trackingNumber: 'SF1',
      childTrackingNumbers: ['SF2', 'SF3'],
      label: { destRouteLabel: '755WF', twoDimensionCode: 'MMM' },
    });
  });

  it('refuses a response without a waybill number, keeping it', () => {
    expect(() => sfWaybillFromResponse('R1', { waybillNoInfoList: [] })).toThrow(
      expect.objectContaining({ code: 'network', rawPayload: { waybillNoInfoList: [] } }),
    );
  });
});
