/**
 * Message-service frames built from the frame shape in the reference (PEER: whalesky-labs
 * pdd-sdk-php MessageClientTest); ids, mall id and order numbers made up, the frame id above 2^53.
 */
export const tradeConfirmedFrame =
  '{"id":7301234567890123456,"commandType":"Common","sendTime":1762819205000,"message":{"type":"pdd_trade_TradeConfirmed","mallID":123456,"content":"{\\"mall_id\\":123456,\\"tid\\":\\"261111-100000000000001\\",\\"modified\\":1762819200000}"}}';

/** As above, a refund topic with the peer-documented content fields. */
export const refundCreatedFrame =
  '{"id":7301234567890123457,"commandType":"Common","sendTime":1762819206000,"message":{"type":"pdd_refund_RefundCreated","mallID":123456,"content":"{\\"mall_id\\":123456,\\"tid\\":\\"261111-100000000000001\\",\\"refund_id\\":9007199254740995,\\"refund_fee\\":3990,\\"bill_type\\":1,\\"operation\\":1,\\"modified\\":1762819201000}"}}';

/** As above, a topic omskit does not know. */
export const unknownTopicFrame =
  '{"id":42,"commandType":"Common","sendTime":1762819207000,"message":{"type":"pdd_chat_Something","mallID":123456,"content":"{}"}}';
