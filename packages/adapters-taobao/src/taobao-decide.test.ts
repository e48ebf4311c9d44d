import { type AfterSaleDecision, OmsError } from '@omskit/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTaobaoAdapter } from './taobao-adapter';
import type { TaobaoAdapterSettings } from './taobao-settings';
import { createTaobaoMockPlatform } from './testing';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const shopId = 'tb-shop-3';
const hour = 60 * 60 * 1000;

function world(settings: Partial<TaobaoAdapterSettings> = {}) {
  const mock = createTaobaoMockPlatform({ seed: 5 });
  server.use(...mock.handlers);
  const token = mock.addShop(shopId);
  const sent: URLSearchParams[] = [];
  const adapter = createTaobaoAdapter({
    appKey: mock.appKey,
    appSecret: mock.appSecret,
    clock: mock.clock,
    accessToken: () => token,
    retry: { minTimeoutMs: 1, maxTimeoutMs: 5 },
    fetch: async (input, init) => {
      if (init?.body instanceof URLSearchParams) sent.push(new URLSearchParams(init.body));
      else if (input instanceof Request) sent.push(new URLSearchParams(await input.clone().text()));
      return fetch(input, init);
    },
    ...settings,
  });
  const now = Date.parse(mock.controls.now());
  const [tid] = mock.controls.seedOrders(shopId, 1, {
    from: new Date(now - 2 * hour).toISOString(),
    to: new Date(now - hour).toISOString(),
  });
  if (tid === undefined) throw new Error('no trade');
  const decide = (platformAfterSaleId: string, decision: AfterSaleDecision) => {
    if (adapter.decideAfterSale === undefined) throw new Error('no decideAfterSale');
    return adapter.decideAfterSale({ shopId, platformAfterSaleId, decision });
  };
  const methods = () => sent.map((params) => params.get('method'));
  return { mock, adapter, sent, tid, decide, methods };
}

describe('Taobao seller decisions', () => {
  it('declares every decision it sends', () => {
    expect(world().adapter.capabilities.afterSaleDecisions).toEqual([
      'approve_refund',
      'approve_return',
      'refuse',
      'confirm_return_received',
    ]);
  });

  it('agrees a refund with the version, amount and phase it just read', async () => {
    const { mock, tid, decide, sent, methods } = world();
    const refundId = mock.addRefund(shopId, tid, { status: 'WAIT_SELLER_AGREE' });
    await decide(refundId, { action: 'approve_refund' });
    expect(methods()).toEqual(['taobao.refund.get', 'taobao.rp.refunds.agree']);
    expect(sent[1]?.get('refund_infos')).toMatch(new RegExp(`^${refundId}\\|\\d+\\|\\d{13}\\|onsale$`));
    expect(mock.refundStatus(shopId, refundId)).toBe('SUCCESS');
  });

  it('agrees a return with the address id and the written-out address, then confirms the parcel', async () => {
    const { mock, tid, decide, sent, methods } = world({
      decisions: {
        returnAddresses: {
          '7001': { name: '仓库收货组', address: '浙江省杭州市余杭区仓前街道1号', post: '311100' },
        },
      },
    });
    const refundId = mock.addRefund(shopId, tid, { status: 'WAIT_SELLER_AGREE', hasGoodReturn: true });
    await decide(refundId, { action: 'approve_return', returnAddressId: '7001' });
    expect(mock.refundStatus(shopId, refundId)).toBe('WAIT_BUYER_RETURN_GOODS');
    const agreed = sent[1];
    expect(agreed?.get('method')).toBe('taobao.rp.returngoods.agree');
    expect(
      Object.fromEntries(
        ['seller_address_id', 'name', 'post', 'remark', 'refund_phase'].map((key) => [key, agreed?.get(key)]),
      ),
    ).toEqual({
      seller_address_id: '7001',
      name: '仓库收货组',
      post: '311100',
      remark: '同意退货',
      refund_phase: 'onsale',
    });
    // Sent again (a retry after a lost answer): read, seen done, not sent twice.
    await decide(refundId, { action: 'approve_return', returnAddressId: '7001' });
    mock.returnShipped(shopId, refundId, { sid: 'YT0000000001' });
    await decide(refundId, { action: 'confirm_return_received' });
    expect(mock.refundStatus(shopId, refundId)).toBe('SUCCESS');
    expect(methods()).toEqual([
      'taobao.refund.get',
      'taobao.rp.returngoods.agree',
      'taobao.refund.get',
      'taobao.refund.get',
      'taobao.rp.refunds.agree',
    ]);
  });

  it('refuses with the reason, and checks the reason before calling', async () => {
    const { mock, tid, decide, methods } = world();
    const refundId = mock.addRefund(shopId, tid, { status: 'WAIT_SELLER_AGREE' });
    await expect(decide(refundId, { action: 'refuse', reason: 'x' })).rejects.toMatchObject({
      code: 'invalid_input',
      path: ['decision', 'reason'],
    });
    expect(methods()).toEqual([]);
    await decide(refundId, { action: 'refuse', reason: '商品已发出，请签收后申请' });
    expect(mock.refundStatus(shopId, refundId)).toBe('SELLER_REFUSE_BUYER');
  });

  it("turns the platform's refusal into platform_rejected with its message, changing nothing", async () => {
    const { mock, tid, decide } = world();
    // A return request cannot be refunded before the goods come back.
    const refundId = mock.addRefund(shopId, tid, { status: 'WAIT_SELLER_AGREE', hasGoodReturn: true });
    const failure = await decide(refundId, { action: 'approve_refund' }).catch((error: unknown) => error);
    expect(OmsError.isCode(failure, 'platform_rejected')).toBe(true);
    expect((failure as OmsError).message).toContain('不能同意退款');
    expect(mock.refundStatus(shopId, refundId)).toBe('WAIT_SELLER_AGREE');
    const shipped = await decide(refundId, { action: 'confirm_return_received' }).catch(
      (error: unknown) => error,
    );
    expect(OmsError.isCode(shipped, 'platform_rejected')).toBe(true);
  });

  it('names bad ids and settings', async () => {
    const { decide } = world();
    await expect(decide('R-1', { action: 'approve_refund' })).rejects.toMatchObject({
      code: 'invalid_input',
      path: ['platformAfterSaleId'],
    });
    await expect(decide('123', { action: 'approve_return', returnAddressId: 'hz' })).rejects.toMatchObject({
      code: 'invalid_input',
      path: ['decision', 'returnAddressId'],
    });
    // An automatic approval names no address, and none is configured.
    await expect(decide('123', { action: 'approve_return' })).rejects.toMatchObject({
      code: 'invalid_input',
      path: ['decision', 'returnAddressId'],
    });
    const base = { appKey: 'k', appSecret: 's', accessToken: () => 't' };
    expect(() =>
      createTaobaoAdapter({ ...base, decisions: { returnAddresses: { hz: { name: 'a', address: 'b' } } } }),
    ).toThrow(expect.objectContaining({ path: ['decisions', 'returnAddresses', 'hz'] }));
    expect(() =>
      createTaobaoAdapter({ ...base, decisions: { returnAddresses: { '1': { name: 'a', address: '' } } } }),
    ).toThrow(expect.objectContaining({ path: ['decisions', 'returnAddresses', '1', 'address'] }));
  });
});
