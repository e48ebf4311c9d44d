import { describe, expect, it } from 'vitest';
import { allUnifiedJsonSchemas, unifiedJsonSchema } from './json-schema';
import { moneyFromYuan } from './money';
import { type Order, orderKey, orderSchema } from './order';

const yuan = (value: string) => moneyFromYuan(value);

function sampleOrder(): Order {
  return orderSchema.parse({
    id: orderKey('taobao', 'shop-1', '289749893210214687'),
    channel: 'taobao',
    shopId: 'shop-1',
    platformOrderId: '289749893210214687',
    status: 'paid',
    platformStatus: 'WAIT_SELLER_SEND_GOODS',
    createdAt: '2026-11-10T16:00:05.000Z',
    paidAt: '2026-11-10T16:00:09.000Z',
    platformModifiedAt: '2026-11-10T16:00:09.000Z',
    receiver: {
      province: '广东省',
      provinceCode: '440000',
      city: '深圳市',
      district: '南山区',
      nameMasked: '张*',
    },
    lines: [
      {
        lineId: '289749893210214688',
        sellerSku: 'TSHIRT-RED-M',
        title: 'T-shirt',
        quantity: 2,
        unitPrice: yuan('59.00'),
        amount: yuan('118.00'),
        discount: yuan('10.00'),
        paid: yuan('108.00'),
      },
    ],
    totals: { goods: yuan('118.00'), shipping: yuan('0'), discount: yuan('10.00'), paid: yuan('108.00') },
  });
}

describe('unified order schema', () => {
  it('parses an order and fills defaults', () => {
    const order = sampleOrder();
    expect(order.id).toBe('taobao:shop-1:289749893210214687');
    expect(order.receiver.country).toBe('CN');
    expect(order.receiver.tokens).toEqual({});
    expect(order.lines[0]?.refundStatus).toBe('none');
    expect(order.tags).toEqual([]);
  });

  it('names the bad field on invalid input', () => {
    const bad = { ...sampleOrder(), lines: [{ ...sampleOrder().lines[0], quantity: 0 }] };
    const result = orderSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['lines', 0, 'quantity']);
  });

  it('refuses ids that are numbers and instants with offsets', () => {
    expect(
      orderSchema.safeParse({ ...sampleOrder(), platformOrderId: Number('289749893210214687') }).success,
    ).toBe(false);
    expect(orderSchema.safeParse({ ...sampleOrder(), createdAt: '2026-11-11 00:00:05' }).success).toBe(false);
    expect(orderSchema.safeParse({ ...sampleOrder(), createdAt: '2026-11-11T00:00:05+08:00' }).success).toBe(
      false,
    );
  });

  it('refuses fractional money', () => {
    const bad = {
      ...sampleOrder(),
      totals: { ...sampleOrder().totals, paid: { amount: 10.5, currency: 'CNY' } },
    };
    expect(orderSchema.safeParse(bad).success).toBe(false);
  });
});

describe('JSON Schema export', () => {
  it('exports every unified schema', () => {
    const schemas = allUnifiedJsonSchemas();
    expect(Object.keys(schemas).sort()).toEqual(
      [
        'Address',
        'AfterSale',
        'InventoryItem',
        'Money',
        'Order',
        'OrderEvent',
        'Reservation',
        'Shipment',
      ].sort(),
    );
  });

  it('describes the order with ids as strings and money as integers', () => {
    const schema = unifiedJsonSchema('Order') as {
      properties: Record<string, { type?: string; properties?: Record<string, { type?: string }> }>;
      required: string[];
    };
    expect(schema.properties['platformOrderId']?.type).toBe('string');
    const totals = schema.properties['totals'] as {
      properties: Record<string, { properties: Record<string, unknown> }>;
    };
    expect(totals.properties['paid']?.properties['amount']).toMatchObject({ type: 'integer' });
    expect(schema.required).toContain('lines');
  });

  it('makes defaulted fields optional on input', () => {
    const input = unifiedJsonSchema('Order', 'input') as { required: string[] };
    expect(input.required).not.toContain('tags');
    const output = unifiedJsonSchema('Order', 'output') as { required: string[] };
    expect(output.required).toContain('tags');
  });
});
