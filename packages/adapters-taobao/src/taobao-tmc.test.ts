import { describe, expect, it } from 'vitest';
import { dig, fixtureJson } from './__fixtures__/read-fixture';
import { mapTaobaoTmcMessage } from './taobao-tmc';

const messages = () =>
  dig(
    fixtureJson('tmc-messages-consume.json'),
    'tmc_messages_consume_response',
    'messages',
    'tmc_message',
  ) as unknown[];

describe('mapTaobaoTmcMessage', () => {
  it('turns a trade message into order-changed with the exact tid from the JSON content', () => {
    const message = mapTaobaoTmcMessage(messages()[0]);
    expect(message).toMatchObject({
      messageId: '3290174989500000001',
      topic: 'taobao_trade_TradeBuyerPay',
      kind: 'order-changed',
      shopId: '2200000000000',
      platformOrderId: '3290174989321021468',
    });
  });

  it('turns a refund message into after-sale-changed', () => {
    expect(mapTaobaoTmcMessage(messages()[1])).toMatchObject({
      kind: 'after-sale-changed',
      platformAfterSaleId: '3290174989400000001',
      platformOrderId: '3290174989321021468',
    });
  });

  it('reports an unknown topic as unknown rather than dropping it', () => {
    expect(mapTaobaoTmcMessage(messages()[2])).toMatchObject({
      kind: 'unknown',
      topic: 'taobao_item_ItemUpshelf',
    });
  });

  it('names the content field when it is not JSON', () => {
    expect(() =>
      mapTaobaoTmcMessage({ id: 1, topic: 'taobao_trade_TradeCreate', content: '{"tid":' }),
    ).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['content'] }));
  });
});
