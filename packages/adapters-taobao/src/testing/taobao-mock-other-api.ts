import { formatShanghaiWallTime } from '@omskit/core';
import { topError } from './taobao-mock-envelope';
import { bigId, type TaobaoMockJson } from './taobao-mock-json';
import { param, type TaobaoMockCall, timeParam } from './taobao-mock-orders-api';
import { renderMockRefund } from './taobao-mock-refund-api';
import type { TaobaoMockState } from './taobao-mock-state';

/** `taobao.refunds.receive.get`: refunds modified in the window, newest first. */
export function refundsReceiveGet(call: TaobaoMockCall): TaobaoMockJson {
  const start = timeParam(call, 'start_modified');
  const end = timeParam(call, 'end_modified');
  const pageSize = Number(call.params.get('page_size') ?? 40);
  const pageNo = Number(call.params.get('page_no') ?? 1);
  if (!(pageSize >= 1 && pageSize <= 100) || !(pageNo >= 1))
    throw topError(41, 'Invalid arguments', 'isv.invalid-parameter');
  const matching = [...call.shop.refunds.values()]
    .filter((refund) => refund.modifiedMs >= start && refund.modifiedMs <= end)
    .sort((a, b) => b.modifiedMs - a.modifiedMs);
  const page = matching.slice((pageNo - 1) * pageSize, pageNo * pageSize);
  return {
    refunds_receive_get_response: {
      total_results: matching.length,
      refunds: {
        refund: page.map((refund) => renderMockRefund(call, refund)),
      },
    },
  };
}

/** `taobao.tmc.messages.consume`: the oldest unconfirmed messages. */
export function tmcMessagesConsume(state: TaobaoMockState, params: URLSearchParams): TaobaoMockJson {
  const quantity = Number(params.get('quantity') ?? 100);
  if (!(quantity >= 10 && quantity <= 200))
    throw topError(41, 'Invalid arguments', 'isv.invalid-parameter:quantity');
  return {
    tmc_messages_consume_response: {
      messages: {
        tmc_message: state.messages.slice(0, quantity).map((message) => ({
          id: bigId(message.id),
          topic: message.topic,
          user_id: bigId(message.userId),
          pub_app_key: '12497914',
          pub_time: formatShanghaiWallTime(message.pubMs),
          content: message.content,
        })),
      },
    },
  };
}

/** `taobao.tmc.messages.confirm`. */
export function tmcMessagesConfirm(state: TaobaoMockState, params: URLSearchParams): TaobaoMockJson {
  const ids = new Set(param({ params }, 's_message_ids').split(','));
  for (let index = state.messages.length - 1; index >= 0; index -= 1) {
    if (ids.has(state.messages[index]?.id ?? '')) state.messages.splice(index, 1);
  }
  return { tmc_messages_confirm_response: { is_success: true } };
}

/** `taobao.top.oaid.decrypt`: obviously fake receivers for trades whose oaid matches. */
export function oaidDecrypt(call: TaobaoMockCall): TaobaoMockJson {
  let queries: unknown;
  try {
    queries = JSON.parse(param(call, 'query_list'));
  } catch {
    throw topError(41, 'Invalid arguments', 'isv.invalid-parameter:query_list');
  }
  if (!Array.isArray(queries) || queries.length > 20)
    throw topError(41, 'Invalid arguments', 'isv.invalid-parameter:query_list');
  const receivers = queries.map((query: { tid?: unknown; oaid?: unknown }) => {
    const trade = call.shop.trades.get(String(query.tid));
    const matched = trade !== undefined && trade.receiver.oaid === query.oaid;
    return {
      tid: String(query.tid),
      oaid: String(query.oaid),
      matched,
      ...(matched ? { name: '测试收件人', mobile: '13800000000', address_detail: '测试路1号' } : {}),
    };
  });
  return { top_oaid_decrypt_response: { receiver_list: { receiver: receivers } } };
}
