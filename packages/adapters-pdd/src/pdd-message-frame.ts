import type { ChannelMessage } from '@omskit/core';
import { epochMsToIso, invalidInput, OmsError } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import { fieldError, optionalId, optionalInteger, optionalText, requiredText, scopeOf } from './pdd-read';

/** A frame received from PDD's message service, parsed. */
export type PddMessageFrame =
  /** A business message; ack it with {@link buildPddAckFrame} once handled. */
  | {
      readonly kind: 'message';
      readonly id: string;
      readonly sendTime?: number;
      readonly mallId?: string;
      readonly message: ChannelMessage;
    }
  | { readonly kind: 'heartbeat'; readonly sendTime?: number }
  | { readonly kind: 'ack'; readonly id?: string }
  /** A command type this parser does not know; reported, not dropped. */
  | { readonly kind: 'other'; readonly commandType: string; readonly raw: unknown };

/** The unified kind of a PMC topic: `pdd_trade_*` orders, `pdd_refund_*` after-sales. */
export function pddTopicKind(topic: string): ChannelMessage['kind'] {
  if (topic.startsWith('pdd_trade_')) return 'order-changed';
  if (topic.startsWith('pdd_refund_')) return 'after-sale-changed';
  return 'unknown';
}

/**
 * Parses one text frame of the PMC WebSocket. Ids beyond 2^53 stay exact. The message `content`
 * (a JSON string) is parsed too: `tid` is the order, `refund_id` the after-sale, `modified` (ms)
 * the modified time.
 *
 * @throws OmsError `invalid_input` naming the bad field when the frame is not what PMC sends.
 */
export function parsePddMessageFrame(text: string): PddMessageFrame {
  let raw: unknown;
  try {
    raw = parseJsonExact(text);
  } catch (error) {
    throw invalidInput([], 'frame is not JSON', { rawPayload: text, cause: error });
  }
  const frame = scopeOf(raw, [], raw);
  const commandType = requiredText(frame, 'commandType');
  const sendTime = optionalInteger(frame, 'sendTime');
  const timing = sendTime === undefined ? {} : { sendTime };
  if (commandType === 'HeartBeat') return { kind: 'heartbeat', ...timing };
  if (commandType === 'Ack') {
    const id = optionalId(frame, 'id');
    return id === undefined ? { kind: 'ack' } : { kind: 'ack', id };
  }
  if (commandType !== 'Common') return { kind: 'other', commandType, raw };
  const id = optionalId(frame, 'id');
  if (id === undefined) throw fieldError(frame, 'id', 'required and missing');
  const message = scopeOf(frame.object['message'], ['message'], raw);
  const topic = requiredText(message, 'type');
  const mallId = optionalId(message, 'mallID');
  const contentText = optionalText(message, 'content');
  let contentRaw: unknown = {};
  if (contentText !== undefined) {
    try {
      contentRaw = parseJsonExact(contentText);
    } catch (error) {
      throw fieldError(message, 'content', 'content is not JSON', error);
    }
  }
  const content = scopeOf(contentRaw, ['message', 'content'], raw);
  const orderId = optionalId(content, 'tid') ?? optionalId(content, 'order_sn');
  const afterSaleId = optionalId(content, 'refund_id');
  const modifiedMs = optionalInteger(content, 'modified');
  let modifiedAt: string | undefined;
  if (modifiedMs !== undefined) {
    const date = new Date(modifiedMs);
    if (Number.isNaN(date.getTime())) throw fieldError(content, 'modified', 'not a time in ms');
    modifiedAt = epochMsToIso(modifiedMs);
  }
  const shopId = mallId ?? optionalId(content, 'mall_id');
  const channelMessage: ChannelMessage = {
    messageId: id,
    topic,
    kind: pddTopicKind(topic),
    ...(shopId === undefined ? {} : { shopId }),
    ...(orderId === undefined ? {} : { platformOrderId: orderId }),
    ...(afterSaleId === undefined ? {} : { platformAfterSaleId: afterSaleId }),
    ...(modifiedAt === undefined ? {} : { modifiedAt }),
    raw: contentRaw,
  };
  return {
    kind: 'message',
    id,
    ...timing,
    ...(mallId === undefined ? {} : { mallId }),
    message: channelMessage,
  };
}

const digits = /^\d{1,20}$/;

/**
 * The frame acknowledging a message: `{"commandType":"Ack","id":…,"sendTime":…,"mallID":…}`, with
 * the id written as a bare integer (it exceeds 2^53). The exact field set PMC expects is
 * UNVERIFIED beyond these four.
 */
export function buildPddAckFrame(params: { id: string; sendTimeMs: number; mallId?: string }): string {
  if (!digits.test(params.id)) throw invalidInput(['id'], 'expected the frame id digits');
  if (params.mallId !== undefined && !digits.test(params.mallId))
    throw invalidInput(['mallId'], 'expected digits');
  if (!Number.isSafeInteger(params.sendTimeMs)) throw invalidInput(['sendTimeMs'], 'expected epoch ms');
  const mall = params.mallId === undefined ? '' : `,"mallID":${params.mallId}`;
  return `{"commandType":"Ack","id":${params.id},"sendTime":${params.sendTimeMs}${mall}}`;
}

/** A heartbeat frame (`{"commandType":"HeartBeat","sendTime":…}`); its exact shape is UNVERIFIED. */
export function buildPddHeartbeatFrame(sendTimeMs: number): string {
  if (!Number.isSafeInteger(sendTimeMs)) throw new OmsError('invalid_input', 'sendTimeMs: expected epoch ms');
  return `{"commandType":"HeartBeat","sendTime":${sendTimeMs}}`;
}
