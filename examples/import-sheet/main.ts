/**
 * Import a distributor's order sheet (CSV here; .xlsx works the same with read-excel-file
 * installed) into omskit: every row is validated, problems are reported by row and column,
 * valid orders go through the same upsert and pipeline as platform orders, and a second import
 * of the same sheet changes nothing.
 *
 * Run: npx -y pnpm@12.4.2 exec tsx examples/import-sheet/main.ts
 */
import { createOms, type OrderSheetMapping } from '@omskit/core/runtime';

// A synthetic sheet: the people, phones and addresses are invented.
const sheet = [
  '订单号,商家编码,商品名称,数量,单价,运费,省,市,区,详细地址,收件人,手机,下单时间',
  'D20261111-01,TEE-RED-M,纯棉T恤,2,59.90,8,广东,深圳市,南山区,科技园南路18号,张三丰,13812345678,2026-11-11 10:00:00',
  'D20261111-01,HOODIE-GRY-L,连帽卫衣,1,199,,,,,,,,',
  'D20261111-02,TEE-RED-M,纯棉T恤,0,59.90,0,浙江,杭州市,西湖区,文三路1号,李四,13900000000,2026-11-11 11:00:00',
  'D20261111-03,CAP-BLK,棒球帽,3,29.999,0,江苏,南京市,玄武区,中山路5号,王五,13700000000,2026-11-11 12:00:00',
  'D20261111-04,CAP-BLK,棒球帽,1,29,0,内蒙古,呼和浩特市,新城区,中山西路5号,赵六,13600000000,2026-11-11 13:00:00',
].join('\n');

const mapping: OrderSheetMapping = {
  orderNo: '订单号',
  sku: '商家编码',
  title: '商品名称',
  quantity: '数量',
  unitPrice: '单价',
  shipping: '运费',
  province: '省',
  city: '市',
  district: '区',
  detail: '详细地址',
  receiverName: '收件人',
  receiverPhone: '手机',
  createdAt: '下单时间',
};

const oms = createOms({ channels: [], shops: [] });
const file = { name: 'distributor-2026-11-11.csv', data: sheet };
const first = await oms.importOrderSheet(file, { channel: 'distributor', shopId: 'agent-7', mapping });

console.log(`rows read: ${first.rowsRead}`);
for (const order of first.orders) {
  console.log(
    `  imported ${order.platformOrderId}: ${order.lines.length} line(s), receiver ${order.receiver.nameMasked} ` +
      `${order.receiver.phoneMasked} in ${order.receiver.province}${order.receiver.city}`,
  );
}
for (const error of first.errors) console.log(`  row ${error.row}, column ${error.column}: ${error.message}`);
console.log(`rejected orders: ${first.rejectedOrderNos.join(', ')}`);
console.log(`applied: ${JSON.stringify(first.applied)}`);

const again = await oms.importOrderSheet(file, { channel: 'distributor', shopId: 'agent-7', mapping });
console.log(`importing the same sheet again: ${JSON.stringify(again.applied)}`);
