import { describe, expect, it } from 'vitest';
import { addressHash } from '../order-merge';
import {
  fixedEnv,
  sampleLine,
  sampleOrder,
  shenzhenReceiver,
} from '../order-merge/__fixtures__/sample-orders';
import { moneyFromYuan } from '../schema';
import { evaluateHolds } from './evaluate-holds';
import type { HoldsConfigInput } from './holds-config';
import { parseHoldsConfig } from './parse-holds-config';

const configOf = (...rules: HoldsConfigInput['rules']) => parseHoldsConfig({ rules });
const reasonsOf = (result: ReturnType<typeof evaluateHolds>) => result.holds.map((hold) => hold.reason);
const yuan = (value: string) => moneyFromYuan(value);

describe('vague address holds', () => {
  const config = configOf({ id: 'vague', type: 'vague_address' });
  const orderTo = (detailMasked: string) => sampleOrder({ receiver: { ...shenzhenReceiver, detailMasked } });

  it('holds a landmark instead of an address, keeping only the masked detail', () => {
    expect(reasonsOf(evaluateHolds(orderTo('万象天地****门口'), {}, config, fixedEnv()))).toEqual([
      {
        code: 'vague_address',
        landmarks: ['门口'],
        missingHouseNumber: true,
        detailMasked: '万象天地****门口',
      },
    ]);
  });

  it('lets a masked house number through and does not guess under a mask', () => {
    expect(evaluateHolds(orderTo('科技园南路**号'), {}, config, fixedEnv()).holds).toEqual([]);
    expect(evaluateHolds(orderTo('科技园南路******'), {}, config, fixedEnv()).holds).toEqual([]);
  });
});

describe('low amount holds', () => {
  const config = configOf({ id: 'low', type: 'low_amount', minPaidRatio: 0.3, minListAmountFen: 1000 });

  it('holds stacked coupons: ¥19.90 paid for a ¥199.00 jacket', () => {
    const order = sampleOrder({
      lines: [
        sampleLine({ lineId: 'j', quantity: 1, discount: yuan('179.10'), paid: yuan('19.90') }, '199.00'),
      ],
    });
    expect(reasonsOf(evaluateHolds(order, {}, config, fixedEnv()))).toEqual([
      {
        code: 'low_amount',
        ratio: 0.1,
        minPaidRatio: 0.3,
        paid: yuan('19.90'),
        list: yuan('199.00'),
        lineIds: [],
        usedReferencePrices: false,
      },
    ]);
  });

  it('catches a mispriced listing (¥9.90 instead of ¥99.00) only with the host reference price', () => {
    const order = sampleOrder({
      lines: [sampleLine({ lineId: 'm', sellerSku: 'AIRPODS-CASE', quantity: 3 }, '9.90')],
    });
    expect(evaluateHolds(order, {}, config, fixedEnv()).holds).toEqual([]);
    const context = { referencePrices: { 'AIRPODS-CASE': yuan('99.00') } };
    expect(reasonsOf(evaluateHolds(order, context, config, fixedEnv()))).toEqual([
      expect.objectContaining({ ratio: 0.1, list: yuan('297.00'), usedReferencePrices: true }),
    ]);
  });

  it('ignores cheap orders below the list floor', () => {
    const order = sampleOrder({
      lines: [sampleLine({ lineId: 's', quantity: 1, paid: yuan('0.01') }, '5.00')],
    });
    expect(evaluateHolds(order, {}, config, fixedEnv()).holds).toEqual([]);
  });

  it('checks single lines with perLine, which gift lines at zero will trip', () => {
    const perLine = configOf({ id: 'low-line', type: 'low_amount', minPaidRatio: 0.3, perLine: true });
    const order = sampleOrder({
      lines: [
        sampleLine({ lineId: 'phone', quantity: 1 }, '3999.00'),
        sampleLine({ lineId: 'gift', title: '赠品 手机壳', quantity: 1, paid: yuan('0') }, '29.00'),
      ],
    });
    expect(reasonsOf(evaluateHolds(order, {}, perLine, fixedEnv()))).toEqual([
      expect.objectContaining({ code: 'low_amount', lineIds: ['gift'] }),
    ]);
  });
});

describe('blacklist holds', () => {
  it('matches buyer tokens, receiver tokens, masked phones, address hashes and fragments', () => {
    const config = configOf({
      id: 'blacklist',
      type: 'blacklist',
      buyerTokens: ['AAHk5d-buyer-token-1'],
      receiverTokens: ['1xYzOaidShenzhen01'],
      phonesMasked: ['138 **** 0000'],
      addressHashes: [addressHash(shenzhenReceiver)],
      addressKeywords: ['南路'],
      ips: ['198.51.100.23'],
    });
    const { holds } = evaluateHolds(sampleOrder(), { ip: '198.51.100.23' }, config, fixedEnv());
    expect(holds.map((hold) => hold.reason)).toEqual([
      {
        code: 'blacklist',
        matches: [
          { list: 'buyer_token', entry: 'AAHk5d-buyer-token-1' },
          { list: 'receiver_token', entry: '1xYzOaidShenzhen01' },
          { list: 'phone_masked', entry: '138 **** 0000' },
          { list: 'address_hash', entry: addressHash(shenzhenReceiver) },
          { list: 'address_keyword', entry: '南路' },
          { list: 'ip' },
        ],
      },
    ]);
    expect(JSON.stringify(holds)).not.toContain('198.51.100.23');
  });

  it('holds nothing for a clean order', () => {
    const config = configOf({
      id: 'bl',
      type: 'blacklist',
      buyerTokens: ['AAH-fraud'],
      phonesMasked: ['150****9999'],
    });
    expect(evaluateHolds(sampleOrder(), {}, config, fixedEnv()).holds).toEqual([]);
  });
});

describe('message keyword holds', () => {
  const config = configOf({ id: 'kw', type: 'message_keyword', fields: ['buyerMessage', 'sellerMemo'] });

  it('holds on the keywords and never copies the message (it may hold a phone number)', () => {
    const order = sampleOrder({
      buyerMessage: '麻烦 改地址 到公司：福田区深南大道6008号，电话13912345678，先别发！',
      sellerMemo: '客户要求发顺丰',
    });
    const { holds } = evaluateHolds(order, {}, config, fixedEnv());
    expect(holds.map((hold) => hold.reason)).toEqual([
      {
        code: 'message_keyword',
        matches: [
          { field: 'buyerMessage', keywords: ['改地址', '先别发'] },
          { field: 'sellerMemo', keywords: ['发顺丰'] },
        ],
      },
    ]);
    expect(JSON.stringify(holds)).not.toMatch(/13912345678|深南大道/);
  });

  it('lets ordinary messages through', () => {
    const order = sampleOrder({ buyerMessage: '颜色要深一点的，谢谢老板' });
    expect(evaluateHolds(order, {}, config, fixedEnv()).holds).toEqual([]);
  });
});
