// Synthetic orders for tests, shaped like what the Taobao/PDD mappers produce: receiver PII is
// masked the way the platforms mask it, tokens are made up. No real person or order.
import type { DomainEnv } from '../../contracts';
import { type Address, moneyFromYuan, type Order, type OrderLine, orderSchema } from '../../schema';

/** 深圳南山 receiver with a Taobao-style oaid and masked detail that still shows 号. */
export const shenzhenReceiver: Address = {
  country: 'CN',
  province: '广东省',
  provinceCode: '440000',
  city: '深圳市',
  district: '南山区',
  town: '粤海街道',
  detailMasked: '科技园南路**号',
  nameMasked: '张*',
  phoneMasked: '138****0000',
  tokens: { oaid: '1xYzOaidShenzhen01', encryptedPhone: '$138$Kx0vEnc$1$' },
};

/** 杭州西湖 receiver without tokens (masked text only). */
export const hangzhouReceiver: Address = {
  country: 'CN',
  province: '浙江省',
  provinceCode: '330000',
  city: '杭州市',
  district: '西湖区',
  detailMasked: '文三路***号华星大厦*楼',
  nameMasked: '李**',
  phoneMasked: '139****1234',
  tokens: {},
};

const yuan = (value: string) => moneyFromYuan(value);

/** A line with sensible money: `quantity` x `unitYuan`, no discount. */
export function sampleLine(
  overrides: Partial<OrderLine> & { lineId: string },
  unitYuan = '59.00',
): OrderLine {
  const quantity = overrides.quantity ?? 1;
  const unit = yuan(unitYuan);
  const amount = { amount: unit.amount * quantity, currency: unit.currency };
  return {
    sellerSku: `SKU-${overrides.lineId}`,
    title: '纯棉T恤',
    quantity,
    unitPrice: unit,
    amount,
    discount: yuan('0'),
    paid: amount,
    shippedQuantity: 0,
    refundedQuantity: 0,
    refundStatus: 'none',
    presale: false,
    ...overrides,
  };
}

/** A paid Taobao order to 深圳; override anything. */
export function sampleOrder(overrides: Partial<Order> & { platformOrderId?: string } = {}): Order {
  const platformOrderId = overrides.platformOrderId ?? '289749893210214687';
  const lines = overrides.lines ?? [sampleLine({ lineId: `${platformOrderId}-1`, quantity: 2 })];
  const goods = lines.reduce((sum, line) => sum + line.amount.amount, 0);
  const paid = lines.reduce((sum, line) => sum + line.paid.amount, 0);
  return orderSchema.parse({
    id: `taobao:shop-1:${platformOrderId}`,
    channel: 'taobao',
    shopId: 'shop-1',
    platformOrderId,
    status: 'paid',
    platformStatus: 'WAIT_SELLER_SEND_GOODS',
    createdAt: '2026-11-10T16:00:05.000Z',
    paidAt: '2026-11-10T16:00:09.000Z',
    platformModifiedAt: '2026-11-10T16:00:09.000Z',
    buyerToken: 'AAHk5d-buyer-token-1',
    receiver: shenzhenReceiver,
    lines,
    totals: {
      goods: { amount: goods, currency: 'CNY' },
      shipping: yuan('0'),
      discount: { amount: goods - paid, currency: 'CNY' },
      paid: { amount: paid, currency: 'CNY' },
    },
    ...overrides,
  });
}

/** A deterministic env: a fixed clock and counting ids. */
export function fixedEnv(nowIso = '2026-11-10T18:00:00.000Z'): DomainEnv {
  let counter = 0;
  return {
    clock: { now: () => Date.parse(nowIso) },
    ids: {
      next: (prefix = 'id') => {
        counter += 1;
        return `${prefix}-${counter}`;
      },
    },
  };
}
