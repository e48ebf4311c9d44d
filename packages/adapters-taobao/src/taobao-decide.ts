import { type AfterSaleDecision, invalidInput, moneyFromYuan, OmsError } from '@omskit/core';
import type { TaobaoClient } from './taobao-client';
import { isTaobaoObject, type TaobaoObject } from './taobao-read';

/** The seller's return address as `taobao.rp.returngoods.agree` wants it for Taobao (not Tmall) refunds. */
export interface TaobaoReturnAddress {
  /** The seller's name on the parcel (`name`). */
  readonly name: string;
  /** The full return address (`address`). */
  readonly address: string;
  /** Post code (`post`). */
  readonly post?: string;
  /** Landline (`tel`). */
  readonly tel?: string;
  /** Mobile (`mobile`). */
  readonly mobile?: string;
}

/** Settings of the seller decisions (`taobao.rp.*`, `taobao.refund.refuse`). */
export interface TaobaoDecisionSettings {
  /**
   * Return addresses by the id the desk passes as `returnAddressId` (`seller_address_id`, the
   * number of the address in the seller's address book). Tmall needs the id only; Taobao also
   * wants the address written out, taken from here when given.
   */
  readonly returnAddresses?: Readonly<Record<string, TaobaoReturnAddress>>;
  /**
   * The `seller_address_id` used when a return is approved without one (an automatic approval
   * names no address). Without it such an approval is refused as `invalid_input`, for a person.
   */
  readonly defaultReturnAddressId?: string;
  /** The seller's message on an agreed return (`remark`, required for Tmall). Default `同意退货`. */
  readonly returnRemark?: string;
}

/** The decisions the Taobao adapter sends. */
export const taobaoAfterSaleDecisions: readonly AfterSaleDecision['action'][] = [
  'approve_refund',
  'approve_return',
  'refuse',
  'confirm_return_received',
];

/** What `taobao.refund.get` says of the refund right now: its version and what it allows. */
interface RefundState {
  readonly status: string;
  readonly fen: number;
  readonly version: string;
  readonly phase: string | undefined;
  readonly constraint: string | undefined;
}

/** The refund statuses in which each decision has already taken effect. */
const alreadyDecided: Readonly<Record<AfterSaleDecision['action'], readonly string[]>> = {
  approve_refund: ['SUCCESS'],
  confirm_return_received: ['SUCCESS'],
  approve_return: ['WAIT_BUYER_RETURN_GOODS', 'WAIT_SELLER_CONFIRM_GOODS', 'SUCCESS'],
  refuse: ['SELLER_REFUSE_BUYER'],
};

const refundFields = 'refund_id,status,refund_fee,refund_phase,refund_version,operation_contraint';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number' || typeof value === 'bigint'
      ? String(value)
      : undefined;

function rejected(method: string, message: string, raw: unknown): OmsError {
  return new OmsError('platform_rejected', `taobao ${method}: ${message}`, {
    platform: 'taobao',
    retryable: false,
    rawPayload: raw,
  });
}

async function readRefund(
  client: TaobaoClient,
  shopId: string,
  refundId: string,
  signal: AbortSignal | undefined,
): Promise<RefundState> {
  const root = await client.call(
    'taobao.refund.get',
    { fields: refundFields, refund_id: refundId },
    { shopId, ...(signal === undefined ? {} : { signal }) },
  );
  const refund = isTaobaoObject(root['refund']) ? root['refund'] : undefined;
  const status = text(refund?.['status']);
  const version = text(refund?.['refund_version']);
  const fee = text(refund?.['refund_fee']);
  if (refund === undefined || status === undefined || version === undefined || fee === undefined) {
    throw new OmsError('not_found', `taobao refund ${refundId}: no status, version or amount to decide on`, {
      platform: 'taobao',
      rawPayload: root,
    });
  }
  let fen: number;
  try {
    fen = moneyFromYuan(fee).amount;
  } catch (error) {
    throw invalidInput(['refund', 'refund_fee'], `not a yuan amount: ${JSON.stringify(fee)}`, {
      platform: 'taobao',
      rawPayload: root,
      cause: error,
    });
  }
  return {
    status,
    fen,
    version,
    phase: text(refund['refund_phase']),
    constraint: text(refund['operation_contraint']),
  };
}

function checkSuccess(method: string, root: TaobaoObject): void {
  const success = root['is_success'] ?? root['succ'];
  if (success === true || success === 'true') return;
  throw rejected(method, `answered is_success ${JSON.stringify(success)}`, root);
}

/**
 * Sends a seller decision on a Taobao/Tmall refund. It first reads the refund
 * (`taobao.refund.get`) for its current `refund_version`, phase and amount, since every decision
 * names the version it decides on, then:
 *
 * - `approve_refund` and `confirm_return_received`: `taobao.rp.refunds.agree` with
 *   `refund_infos` `id|fen|version|phase` (the platform refunds the buyer; a large amount may
 *   answer with an SMS-code request, which comes back as `platform_rejected` for a person);
 * - `approve_return`: `taobao.rp.returngoods.agree` with `seller_address_id` (the decision's
 *   `returnAddressId`, digits) and, for Taobao shops, the address written out from settings;
 * - `refuse`: `taobao.refund.refuse` with the reason as `refuse_message` (2-200 characters).
 *   Tmall also wants a proof image, which omskit does not send: Tmall refusals come back rejected.
 *
 * A decision the refund already shows (its first attempt reached the platform and the answer was
 * lost) returns without a second call, so a retried effect does not park. A refund the platform
 * marks `refund_onweb` (operate on the web) or, for a refusal,
 * `cannot_refuse`, throws `unsupported`, so the desk parks the decision for the seller console.
 * Request parameters are as TOP's API metadata gives them.
 *
 * @throws OmsError `invalid_input` naming a bad `returnAddressId` or refusal reason.
 */
export async function decideTaobaoAfterSale(
  client: TaobaoClient,
  settings: TaobaoDecisionSettings,
  params: { shopId: string; platformAfterSaleId: string; decision: AfterSaleDecision; signal?: AbortSignal },
): Promise<void> {
  const { shopId, platformAfterSaleId: refundId, decision, signal } = params;
  if (!/^\d{1,20}$/.test(refundId))
    throw invalidInput(['platformAfterSaleId'], 'Taobao refund ids are digits');
  const addressId =
    decision.action === 'approve_return'
      ? (decision.returnAddressId ?? settings.defaultReturnAddressId)
      : undefined;
  if (decision.action === 'approve_return' && addressId === undefined)
    throw invalidInput(
      ['decision', 'returnAddressId'],
      'taobao.rp.returngoods.agree needs a seller_address_id: approve with one or set decisions.defaultReturnAddressId',
    );
  if (addressId !== undefined && !/^\d{1,20}$/.test(addressId))
    throw invalidInput(['decision', 'returnAddressId'], 'Taobao address ids (seller_address_id) are digits');
  if (decision.action === 'refuse') {
    const length = [...decision.reason.trim()].length;
    if (length < 2 || length > 200)
      throw invalidInput(['decision', 'reason'], 'Taobao takes a refusal message of 2-200 characters');
  }
  const state = await readRefund(client, shopId, refundId, signal);
  // A retried decision whose first attempt reached the platform (its answer lost) is done already.
  if (alreadyDecided[decision.action].includes(state.status)) return;
  if (
    state.constraint === 'refund_onweb' ||
    (decision.action === 'refuse' && state.constraint === 'cannot_refuse')
  ) {
    throw new OmsError(
      'unsupported',
      `taobao refund ${refundId} is marked ${state.constraint}: decide it in the seller console`,
      { platform: 'taobao', retryable: false },
    );
  }
  const options = { shopId, ...(signal === undefined ? {} : { signal }) };
  const versioned = {
    refund_id: refundId,
    refund_version: state.version,
    ...(state.phase === undefined ? {} : { refund_phase: state.phase }),
  };
  switch (decision.action) {
    case 'approve_refund':
    case 'confirm_return_received': {
      const method = 'taobao.rp.refunds.agree';
      const info = [
        refundId,
        String(state.fen),
        state.version,
        ...(state.phase === undefined ? [] : [state.phase]),
      ];
      const root = await client.call(method, { refund_infos: info.join('|') }, options);
      const results = isTaobaoObject(root['results']) ? root['results']['refund_mapping_result'] : undefined;
      const mine = Array.isArray(results)
        ? results.find((result) => isTaobaoObject(result) && text(result['refund_id']) === refundId)
        : undefined;
      const succeeded =
        (isTaobaoObject(mine) && (mine['succ'] === true || mine['succ'] === 'true')) ||
        (mine === undefined && (root['succ'] === true || root['msg_code'] === 'OP_SUCC'));
      if (!succeeded) {
        const message = text(isTaobaoObject(mine) ? mine['message'] : undefined) ?? text(root['message']);
        throw rejected(method, message ?? `answered ${text(root['msg_code']) ?? 'no success'}`, root);
      }
      return;
    }
    case 'approve_return': {
      const method = 'taobao.rp.returngoods.agree';
      const address = addressId === undefined ? undefined : settings.returnAddresses?.[addressId];
      const root = await client.call(
        method,
        {
          ...versioned,
          remark: settings.returnRemark ?? '同意退货',
          ...(addressId === undefined ? {} : { seller_address_id: addressId }),
          ...(address === undefined
            ? {}
            : {
                name: address.name,
                address: address.address,
                post: address.post,
                tel: address.tel,
                mobile: address.mobile,
              }),
        },
        options,
      );
      checkSuccess(method, root);
      return;
    }
    case 'refuse': {
      const method = 'taobao.refund.refuse';
      const root = await client.call(
        method,
        { ...versioned, refuse_message: decision.reason.trim() },
        options,
      );
      checkSuccess(method, root);
      return;
    }
  }
}
