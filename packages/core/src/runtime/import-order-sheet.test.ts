import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { createFakeChannel } from './__fixtures__/fake-channel';
import { createOms } from './create-oms';
import { importOrderSheet } from './import-order-sheet';
import type { OrderSheetMapping } from './order-sheet-types';

const mapping: OrderSheetMapping = {
  orderNo: '订单号',
  sku: '商家编码',
  title: '商品名称',
  quantity: '数量',
  unitPrice: '单价',
  discount: '优惠',
  shipping: '运费',
  province: '省',
  city: '市',
  district: '区',
  detail: '详细地址',
  receiverName: '收件人',
  receiverPhone: '手机',
  createdAt: '下单时间',
};

const header = [
  '订单号',
  '商家编码',
  '商品名称',
  '数量',
  '单价',
  '优惠',
  '运费',
  '省',
  '市',
  '区',
  '详细地址',
  '收件人',
  '手机',
  '下单时间',
];

// Synthetic rows written for this test; names, phones and addresses are invented.
const rows: (string | number | Date)[][] = [
  [
    'D1001',
    'TEE-RED-M',
    'T恤',
    2,
    59.9,
    0,
    8,
    '广东',
    '深圳市',
    '南山区',
    '科技园南路18号',
    '张三丰',
    '13812345678',
    new Date(Date.UTC(2026, 10, 11, 10, 0, 0)),
  ],
  ['D1001', 'HOODIE-L', '卫衣', 1, 199, 20, '', '', '', '', '', '', '', ''],
  ['D1001', 'HOODIE-L', '卫衣', 1, 199, 20, '', '', '', '', '', '', '', ''],
  [
    'D1002',
    'TEE-RED-M',
    'T恤',
    0,
    59.9,
    0,
    0,
    '浙江',
    '杭州市',
    '西湖区',
    '文三路1号',
    '李四',
    '13900000000',
    '2026-11-11 11:00:00',
  ],
  [
    'D1003',
    'TEE-RED-M',
    'T恤',
    1,
    '59.999',
    0,
    0,
    '火星',
    '?',
    '?',
    'x',
    '王五',
    '13700000000',
    '2026-11-11 12:00:00',
  ],
  [
    'D1004',
    'CAP-BLK',
    '帽子',
    3,
    29,
    0,
    0,
    '内蒙古',
    '呼和浩特市',
    '新城区',
    '中山西路5号',
    '赵六',
    '13600000000',
    '2026-11-11 13:00:00',
  ],
];

async function makeXlsx(): Promise<Uint8Array> {
  const data = [header.map((value) => ({ value })), ...rows.map((row) => row.map((value) => ({ value })))];
  return new Uint8Array(await writeXlsxFile(data, { dateFormat: 'yyyy-mm-dd hh:mm:ss' }).toBuffer());
}

describe('importOrderSheet', () => {
  it('imports good rows from a real .xlsx and reports bad ones by row and column', async () => {
    const result = await importOrderSheet(
      { name: 'distributor-2026-11-11.xlsx', data: await makeXlsx() },
      { channel: 'distributor', shopId: 'agent-7', mapping, importedAt: '2026-11-11T08:00:00.000Z' },
    );
    expect(result.rowsRead).toBe(6);
    expect(result.duplicateRows).toEqual([4]);
    expect(result.orders.map((order) => order.platformOrderId)).toEqual(['D1001', 'D1004']);
    expect(result.rejectedOrderNos.sort()).toEqual(['D1002', 'D1003']);
    expect(result.errors).toEqual([
      { row: 5, column: '数量', field: 'quantity', message: 'not a positive whole number: "0"' },
      {
        row: 6,
        column: '单价',
        field: 'unitPrice',
        message: 'not a yuan amount with at most two decimals: "59.999"',
      },
      { row: 6, column: '省', field: 'province', message: 'unknown province "火星"' },
    ]);
    const [multi] = result.orders;
    expect(multi?.lines.map((line) => [line.sellerSku, line.quantity, line.paid.amount])).toEqual([
      ['TEE-RED-M', 2, 11980],
      ['HOODIE-L', 1, 17900],
    ]);
    expect(multi?.totals).toMatchObject({
      goods: { amount: 31880 },
      shipping: { amount: 800 },
      paid: { amount: 30680 },
    });
    expect(multi?.createdAt).toBe('2026-11-11T02:00:00.000Z');
    expect(multi?.receiver).toMatchObject({
      provinceCode: '440000',
      nameMasked: '张**',
      phoneMasked: '138****5678',
      detailMasked: '科技园南****',
    });
    expect(JSON.stringify(result.orders)).not.toMatch(/13812345678|张三丰|南路18号/);
  });

  it('reads CSV and names a missing column', async () => {
    const csv = `${header.filter((title) => title !== '单价').join(',')}\nD1,SKU,x,1,0,0,广东,深圳市,南山区,a,b,c,2026-11-11 10:00:00\n`;
    const result = await importOrderSheet(
      { name: 'orders.csv', data: csv },
      { channel: 'distributor', shopId: 'agent-7', mapping, importedAt: '2026-11-11T08:00:00.000Z' },
    );
    expect(result.orders).toEqual([]);
    expect(result.errors).toEqual([
      { row: 1, column: '单价', field: 'unitPrice', message: 'column "单价" not found' },
    ]);
  });

  it('feeds valid orders into the pipeline once; a re-import changes nothing', async () => {
    const fake = createFakeChannel();
    const seen: string[] = [];
    const oms = createOms({
      channels: [fake.adapter],
      shops: [],
      pipeline: [{ name: 'record', run: ({ order }) => void seen.push(order.platformOrderId) }],
    });
    const file = { name: 'sheet.xlsx', data: await makeXlsx() };
    const options = { channel: 'distributor', shopId: 'agent-7', mapping };
    const first = await oms.importOrderSheet(file, options);
    expect(first.applied).toEqual({ created: 2, updated: 0, unchanged: 0, stale: 0 });
    const second = await oms.importOrderSheet(file, options);
    expect(second.applied).toEqual({ created: 0, updated: 0, unchanged: 2, stale: 0 });
    expect(seen).toEqual(['D1001', 'D1004']);
  });
});
