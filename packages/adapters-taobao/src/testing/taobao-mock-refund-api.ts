import { formatShanghaiWallTime } from '@omskit/core';
import { topError } from './taobao-mock-envelope';
import { bigId, type TaobaoMockJson, yuanText } from './taobao-mock-json';
import { param, type TaobaoMockCall, touchTrade } from './taobao-mock-orders-api';
import type { TaobaoMockRefund, TaobaoMockState } from './taobao-mock-state';

/** The refund phase the mock gives every refund (its trades are refunded before they finish). */
export const taobaoMockRefundPhase = 'onsale';

/** A refund as `taobao.refunds.receive.get` and `taobao.refund.get` show it. */
export function renderMockRefund(call: TaobaoMockCall, refund: TaobaoMockRefund): TaobaoMockJson {
  const trade = call.shop.trades.get(refund.tid);
  return {
    refund_id: bigId(refund.refundId),
    tid: bigId(refund.tid),
    oid: bigId(refund.oid),
    status: refund.status,
    refund_fee: yuanText(refund.refundFen),
    num: refund.num,
    has_good_return: refund.hasGoodReturn,
    good_status:
      refund.sid !== undefined
        ? 'BUYER_RETURNED_GOODS'
        : refund.hasGoodReturn
          ? 'BUYER_RECEIVED'
          : 'BUYER_NOT_RECEIVED',
    order_status: trade?.status,
    refund_phase: taobaoMockRefundPhase,
    refund_version: refund.modifiedMs,
    reason: '不想要了',
    created: formatShanghaiWallTime(refund.createdMs),
    modified: formatShanghaiWallTime(refund.modifiedMs),
    ...(refund.sid === undefined ? {} : { sid: refund.sid, company_name: refund.companyName ?? '' }),
  };
}

/** Moves a refund to `status` now; the trade's line shows it and the trade counts as modified. */
export function moveMockRefund(
  state: TaobaoMockState,
  call: Pick<TaobaoMockCall, 'shop'>,
  refund: TaobaoMockRefund,
  status: string,
): void {
  refund.status = status;
  // A new version every time, even within one millisecond of the last.
  refund.modifiedMs = Math.max(state.nowMs, refund.modifiedMs + 1);
  const trade = call.shop.trades.get(refund.tid);
  const line = trade?.lines.find((candidate) => candidate.oid === refund.oid);
  if (line !== undefined) line.refundStatus = status;
  if (trade !== undefined) touchTrade(state, trade);
}

function refundOf(call: TaobaoMockCall, refundId: string): TaobaoMockRefund {
  const refund = call.shop.refunds.get(refundId);
  if (refund === undefined)
    throw topError(15, 'Remote service error', 'isv.refund-not-exist', `refund ${refundId} does not exist`);
  return refund;
}

function checkVersion(refund: TaobaoMockRefund, version: string | null): void {
  if (version !== String(refund.modifiedMs))
    throw topError(
      15,
      'Remote service error',
      'isv.refund-version-not-match',
      'the refund changed; read it again',
    );
}

function checkStatus(refund: TaobaoMockRefund, allowed: readonly string[]): void {
  if (!allowed.includes(refund.status))
    throw topError(15, 'Remote service error', 'isv.refund-status-not-support', `refund is ${refund.status}`);
}

/** `taobao.refund.get`: one refund by id. */
export function refundGet(call: TaobaoMockCall): TaobaoMockJson {
  param(call, 'fields');
  const refund = refundOf(call, param(call, 'refund_id'));
  return { refund_get_response: { refund: renderMockRefund(call, refund) } };
}

/**
 * `taobao.rp.refunds.agree`: `refund_infos` `id|fen|version|phase`, comma-separated. A refund
 * waiting for the seller (refund only) or for the seller to confirm the returned goods becomes
 * SUCCESS when the amount and the version match; each refund answers on its own.
 */
export function rpRefundsAgree(call: TaobaoMockCall): TaobaoMockJson {
  const infos = param(call, 'refund_infos').split(',');
  const results = infos.map((info) => {
    const [refundId = '', fen, version, phase] = info.split('|');
    const refund = call.shop.refunds.get(refundId);
    const fail = (message: string) => ({ refund_id: refundId, succ: false, message });
    if (refund === undefined) return fail('退款不存在');
    if (String(refund.modifiedMs) !== version) return fail('退款版本不一致');
    if (String(refund.refundFen) !== fen) return fail('退款金额不一致');
    if (phase !== undefined && phase !== taobaoMockRefundPhase) return fail('退款阶段不一致');
    const waiting =
      refund.status === 'WAIT_SELLER_CONFIRM_GOODS' ||
      (refund.status === 'WAIT_SELLER_AGREE' && !refund.hasGoodReturn);
    if (!waiting) return fail(`退款状态 ${refund.status} 不能同意退款`);
    moveMockRefund(call.state, call, refund, 'SUCCESS');
    return { refund_id: refundId, succ: true, message: '' };
  });
  const succeeded = results.filter((result) => result.succ).length;
  return {
    rp_refunds_agree_response: {
      results: { refund_mapping_result: results },
      msg_code: succeeded === results.length ? 'OP_SUCC' : succeeded > 0 ? 'SOME_OP_SUCC' : 'OP_FAILURE_UE',
      succ: succeeded === results.length,
      message: '',
    },
  };
}

/** `taobao.rp.returngoods.agree`: a return request waiting for the seller now waits for the buyer's parcel. */
export function rpReturngoodsAgree(call: TaobaoMockCall): TaobaoMockJson {
  const refund = refundOf(call, param(call, 'refund_id'));
  checkVersion(refund, call.params.get('refund_version'));
  param(call, 'seller_address_id');
  if (!refund.hasGoodReturn)
    throw topError(15, 'Remote service error', 'isv.refund-no-goods-return', 'no return');
  checkStatus(refund, ['WAIT_SELLER_AGREE']);
  moveMockRefund(call.state, call, refund, 'WAIT_BUYER_RETURN_GOODS');
  return { rp_returngoods_agree_response: { is_success: true } };
}

/** `taobao.refund.refuse`: the seller refuses with a 2-200 character message. */
export function refundRefuse(call: TaobaoMockCall): TaobaoMockJson {
  const refund = refundOf(call, param(call, 'refund_id'));
  checkVersion(refund, call.params.get('refund_version'));
  const message = [...param(call, 'refuse_message')].length;
  if (message < 2 || message > 200)
    throw topError(41, 'Invalid arguments', 'isv.invalid-parameter:refuse_message', 'length 2-200');
  checkStatus(refund, ['WAIT_SELLER_AGREE', 'WAIT_SELLER_CONFIRM_GOODS']);
  moveMockRefund(call.state, call, refund, 'SELLER_REFUSE_BUYER');
  return {
    refund_refuse_response: {
      is_success: true,
      refund: {
        refund_id: bigId(refund.refundId),
        status: refund.status,
        modified: formatShanghaiWallTime(refund.modifiedMs),
      },
    },
  };
}
