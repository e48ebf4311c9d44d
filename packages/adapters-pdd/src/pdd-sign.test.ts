import { describe, expect, it } from 'vitest';
import { pddParamText, pddWireParams, signPddRequest } from './pdd-sign';

describe('signPddRequest', () => {
  it("reproduces the official worked example of PDD's API guide", () => {
    const params = {
      type: 'pdd.order.number.list.get',
      client_id: '1',
      access_token: 'asd78172s8ds9a921j9qqwda12312w1w21211',
      data_type: 'XML',
      order_status: '1',
      page: '1',
      page_size: '10',
      timestamp: '1480411125',
    };
    expect(signPddRequest(params, 'testSecret')).toBe('E4DE3ED21002510DED352819E7AE6775');
  });

  it('reproduces the peer SDK vector, numbers given as numbers', () => {
    const params = {
      client_id: 'test-client',
      data_type: 'JSON',
      logistics_id: 9,
      order_sn: '240101-1',
      order_state: 1,
      timestamp: 1720000000,
      type: 'pdd.erp.order.sync',
      version: 'V1',
      waybill_no: 'SF123',
    };
    expect(signPddRequest(params, 'test-secret')).toBe('CC0F30530BBAC3FD67608391D61E370C');
  });

  it('ignores an existing sign and empty values, whatever the key order', () => {
    const base = {
      type: 'pdd.order.number.list.get',
      client_id: '1',
      access_token: 'asd78172s8ds9a921j9qqwda12312w1w21211',
      data_type: 'XML',
      order_status: 1,
      page: 1,
      page_size: 10,
      timestamp: 1480411125,
    };
    const noisy = { sign: 'WHATEVER', empty: '', missing: undefined, nothing: null, ...base };
    const reversed = Object.fromEntries(Object.entries(noisy).reverse());
    expect(signPddRequest(reversed, 'testSecret')).toBe('E4DE3ED21002510DED352819E7AE6775');
  });

  it('writes booleans as true/false and objects as compact JSON', () => {
    expect(pddParamText(true)).toBe('true');
    expect(pddParamText(false)).toBe('false');
    expect(pddParamText([{ data_tag: 'a', encrypted_data: '~x~' }])).toBe(
      '[{"data_tag":"a","encrypted_data":"~x~"}]',
    );
    expect(pddParamText(12n)).toBe('12');
    expect(pddWireParams({ b: 1, a: 'x', sign: 's', c: '' })).toEqual([
      ['a', 'x'],
      ['b', '1'],
    ]);
  });
});
