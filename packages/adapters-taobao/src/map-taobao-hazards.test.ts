import { OmsError } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import { dig, fixtureJson, fixtureText } from './__fixtures__/read-fixture';
import { mapTaobaoOrder } from './map-taobao-order';

type Trade = { [key: string]: unknown };
const base = () =>
  dig(fixtureJson('trade-fullinfo-split-shipped.json'), 'trade_fullinfo_get_response', 'trade') as Trade;
const map = (fields: Trade) => mapTaobaoOrder({ ...base(), ...fields }, { shopId: 's' });
const failure = (fields: Trade): OmsError => {
  try {
    map(fields);
  } catch (error) {
    if (OmsError.is(error)) return error;
    throw error;
  }
  throw new Error('expected the mapping to fail');
};
const lines = (trade: Trade) => (trade.orders as { order: Trade[] }).order;
const withLines = (change: (line: Trade, index: number) => Trade): Trade => ({
  orders: { order: lines(base()).map(change) },
});

describe('id hazards', () => {
  it('refuses a tid that JSON.parse already rounded, instead of keeping a wrong id', () => {
    const rounded = JSON.parse(fixtureText('trade-fullinfo-split-shipped.json')).trade_fullinfo_get_response
      .trade;
    expect(Number.isSafeInteger(rounded.tid)).toBe(false);
    const error = (() => {
      try {
        mapTaobaoOrder(rounded, { shopId: 's' });
      } catch (caught) {
        return caught;
      }
    })();
    expect(OmsError.isCode(error, 'invalid_input') && error.path).toEqual(['tid']);
  });

  it('prefers tid_str and warns when the number disagrees', () => {
    const rounded = map({ tid: 3290174989321021000, tid_str: '3290174989321021468' });
    expect(rounded.order.platformOrderId).toBe('3290174989321021468');
    const { order, warnings } = map({ tid: 12345, tid_str: '3290174989321021468' });
    expect(order.platformOrderId).toBe('3290174989321021468');
    expect(warnings.map((warning) => warning.path)).toEqual([['tid']]);
  });

  it('accepts small ids as numbers', () => {
    expect(map({ tid: 12345 }).order.platformOrderId).toBe('12345');
  });

  it('names a missing tid', () => {
    expect(failure({ tid: undefined }).path).toEqual(['tid']);
  });

  it('falls back to a derived line id with a warning when oid is missing', () => {
    const { order, warnings } = map(
      withLines((line, index) => (index === 1 ? { ...line, oid: undefined } : line)),
    );
    expect(order.lines[1]?.lineId).toBe('3290174989321021468-2');
    expect(warnings.some((warning) => warning.path.join('.') === 'orders.order.1.oid')).toBe(true);
  });
});

describe('money hazards', () => {
  it('reads yuan strings exactly (no float drift)', () => {
    const { order } = map({ payment: '200.07', post_fee: '0.00' });
    expect(order.totals.paid.amount).toBe(20007);
    expect(order.lines.reduce((sum, line) => sum + line.paid.amount, 0)).toBe(20007);
  });

  it('accepts yuan as JSON numbers', () => {
    expect(map({ payment: 323.2 }).order.totals.paid.amount).toBe(32320);
  });

  it.each([
    ['payment', '323.201'],
    ['payment', 'abc'],
    ['payment', '1e3'],
    ['payment', undefined],
  ])('refuses %s = %s, naming the field', (field, value) => {
    const error = failure({ [field]: value });
    expect(error.code).toBe('invalid_input');
    expect(error.path).toEqual([field]);
    expect(error.rawPayload).toBeDefined();
  });

  it('refuses a line price that is not money, naming the line', () => {
    const error = failure(withLines((line, index) => (index === 2 ? { ...line, price: '88.0.0' } : line)));
    expect(error.path).toEqual(['orders', 'order', 2, 'price']);
  });

  it('warns on a malformed optional amount and does not use it', () => {
    const { warnings } = map(
      withLines((line, index) => (index === 0 ? { ...line, divide_order_fee: 'n/a' } : line)),
    );
    expect(warnings.map((warning) => warning.path.join('.'))).toContain('orders.order.0.divide_order_fee');
  });

  it('apportions by total_fee when divide_order_fee is missing, still adding up', () => {
    const { order } = map(withLines((line) => ({ ...line, divide_order_fee: undefined })));
    const paid = order.lines.map((line) => line.paid.amount);
    expect(paid.reduce((sum, amount) => sum + amount, 0)).toBe(31320);
    expect(paid).toEqual([10291, 12501, 8528]);
  });

  it('warns when divide_order_fee does not add up, and apportions to the real total', () => {
    const { order, warnings } = map({ payment: '333.20' });
    expect(order.lines.reduce((sum, line) => sum + line.paid.amount, 0)).toBe(32320);
    expect(warnings.map((warning) => warning.path)).toEqual([['orders']]);
  });

  it('refuses a post fee larger than the payment', () => {
    expect(failure({ post_fee: '999.00' }).path).toEqual(['post_fee']);
  });

  it('refuses a zero or fractional quantity', () => {
    expect(failure(withLines((line) => ({ ...line, num: 0 }))).path).toEqual(['orders', 'order', 0, 'num']);
    expect(failure(withLines((line) => ({ ...line, num: 1.5 }))).path).toEqual(['orders', 'order', 0, 'num']);
  });
});

describe('time hazards', () => {
  it('reads Asia/Shanghai wall time across the UTC date line', () => {
    expect(map({ modified: '2026-01-01 07:59:59' }).order.platformModifiedAt).toBe(
      '2025-12-31T23:59:59.000Z',
    );
  });

  it('refuses a missing or impossible modified time', () => {
    expect(failure({ modified: undefined }).path).toEqual(['modified']);
    expect(failure({ modified: '2026-02-30 10:00:00' }).path).toEqual(['modified']);
    expect(failure({ modified: '2026-11-11T10:00:00Z' }).path).toEqual(['modified']);
  });

  it('warns on a malformed optional time and leaves it out', () => {
    const { order, warnings } = map({ pay_time: 'yesterday' });
    expect(order.paidAt).toBeUndefined();
    expect(warnings.map((warning) => warning.path)).toEqual([['pay_time']]);
  });
});

describe('region hazards', () => {
  it.each([
    ['广东省', '440000'],
    ['广东', '440000'],
    ['北京', '110000'],
    ['上海市', '310000'],
    ['内蒙古', '150000'],
    ['新疆维吾尔自治区', '650000'],
    ['广西', '450000'],
  ])('normalises %s to %s', (province, code) => {
    expect(map({ receiver_state: province }).order.receiver.provinceCode).toBe(code);
  });

  it('keeps an unknown province verbatim, without a code, with a warning', () => {
    const { order, warnings } = map({ receiver_state: '火星省' });
    expect(order.receiver.province).toBe('火星省');
    expect(order.receiver.provinceCode).toBeUndefined();
    expect(warnings.map((warning) => warning.path)).toEqual([['receiver_state']]);
  });

  it('takes the district as the city for a directly administered county', () => {
    const { order } = map({ receiver_state: '湖北省', receiver_city: '', receiver_district: '仙桃市' });
    expect(order.receiver.city).toBe('仙桃市');
    expect(order.receiver.provinceCode).toBe('420000');
  });
});

describe('shape hazards', () => {
  it('accepts simplified lists (a bare orders array)', () => {
    const { order } = map({ orders: lines(base()) });
    expect(order.lines).toHaveLength(3);
  });

  it('refuses a trade without lines', () => {
    expect(failure({ orders: { order: [] } }).path).toEqual(['orders', 'order']);
    expect(failure({ orders: undefined }).path).toEqual(['orders']);
  });

  it('refuses duplicate line ids', () => {
    expect(failure(withLines((line) => ({ ...line, oid: 1 }))).path).toEqual(['orders', 'order', 1, 'oid']);
  });

  it('marks cash on delivery and a missing seller SKU code', () => {
    const { order, warnings } = map({
      type: 'cod',
      ...withLines((line) => ({ ...line, outer_sku_id: undefined, outer_iid: undefined })),
    });
    expect(order.cod).toBe(true);
    expect(order.lines.every((line) => line.sellerSku === '')).toBe(true);
    expect(warnings.filter((warning) => warning.message.includes('seller SKU'))).toHaveLength(3);
  });
});
