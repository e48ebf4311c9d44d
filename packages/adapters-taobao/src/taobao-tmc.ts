import { type ChannelMessage, invalidInput, type Logger, OmsError, silentLogger } from '@omskit/core';
import { parseJsonExact } from '@omskit/core/gateway';
import type { TaobaoClient } from './taobao-client';
import {
  failAt,
  isTaobaoObject,
  optionalText,
  readContext,
  readId,
  readTime,
  requiredText,
  requireObject,
  type TaobaoObject,
} from './taobao-read';

function kindOf(topic: string): ChannelMessage['kind'] {
  if (topic.startsWith('taobao_trade_')) return 'order-changed';
  if (topic.startsWith('taobao_refund_')) return 'after-sale-changed';
  return 'unknown';
}

/**
 * Maps one TMC message (an element of `taobao.tmc.messages.consume`'s `messages`) to a channel
 * message: trade topics are `order-changed`, refund topics `after-sale-changed`, others
 * `unknown` (reported, never dropped). `shopId` is the seller's TOP `user_id`. Pure.
 *
 * @throws OmsError `invalid_input` naming the bad field (`id`, `topic`, `content`).
 */
export function mapTaobaoTmcMessage(raw: unknown): ChannelMessage {
  const context = readContext(raw);
  const message = requireObject(context, raw, []);
  const messageId = readId(context, message, 'id', [], true);
  const topic = requiredText(context, message, 'topic', []);
  const contentText = optionalText(context, message, 'content', []);
  let content: TaobaoObject = {};
  if (contentText !== undefined) {
    let parsed: unknown;
    try {
      parsed = parseJsonExact(contentText);
    } catch (error) {
      return failAt(context, ['content'], 'not JSON', error);
    }
    content = requireObject(context, parsed, ['content']);
  }
  const contentContext = readContext(raw);
  const shopId = readId(context, message, 'user_id', [], false);
  const kind = kindOf(topic);
  const platformOrderId = readId(contentContext, content, 'tid', ['content'], false);
  const platformAfterSaleId = readId(contentContext, content, 'refund_id', ['content'], false);
  const modifiedAt = readTime(contentContext, content, 'modified', ['content'], false);
  return {
    messageId,
    topic,
    kind,
    ...(shopId === undefined ? {} : { shopId }),
    ...(platformOrderId === undefined ? {} : { platformOrderId }),
    ...(platformAfterSaleId === undefined ? {} : { platformAfterSaleId }),
    ...(modifiedAt === undefined ? {} : { modifiedAt }),
    raw: { ...message, content },
  };
}

function messagesOf(root: TaobaoObject): readonly unknown[] {
  const value = root.messages;
  if (Array.isArray(value)) return value;
  // Non-simplified JSON wraps the list in one singular-named key (`tmc_message`; UNVERIFIED name).
  if (isTaobaoObject(value)) {
    for (const inner of Object.values(value)) if (Array.isArray(inner)) return inner;
  }
  return [];
}

/** Pulls queued TMC messages over HTTP (`taobao.tmc.messages.consume`). */
export async function pullTaobaoMessages(
  client: TaobaoClient,
  options: { groupName: string; quantity: number; logger?: Logger; signal?: AbortSignal },
): Promise<readonly ChannelMessage[]> {
  const logger = options.logger ?? silentLogger;
  const root = await client.call(
    'taobao.tmc.messages.consume',
    { group_name: options.groupName, quantity: options.quantity },
    options.signal === undefined ? {} : { signal: options.signal },
  );
  const messages: ChannelMessage[] = [];
  for (const raw of messagesOf(root)) {
    try {
      messages.push(mapTaobaoTmcMessage(raw));
    } catch (error) {
      if (!OmsError.is(error)) throw error;
      // A message that names its id is still reported (as unknown) so it can be confirmed.
      const id = isTaobaoObject(raw) ? raw.id : undefined;
      logger.warn('taobao: a TMC message did not parse', { path: error.path });
      if (typeof id === 'number' || typeof id === 'string') {
        messages.push({ messageId: String(id), topic: '', kind: 'unknown', raw });
      }
    }
  }
  return messages;
}

/** Confirms TMC messages (`taobao.tmc.messages.confirm`, at most 200 ids a call). */
export async function confirmTaobaoMessages(
  client: TaobaoClient,
  options: { groupName: string; messageIds: readonly string[]; signal?: AbortSignal },
): Promise<void> {
  for (const [index, id] of options.messageIds.entries()) {
    if (!/^\d+$/.test(id)) throw invalidInput(['messageIds', index], 'TMC message ids are decimal');
  }
  for (let start = 0; start < options.messageIds.length; start += 200) {
    await client.call(
      'taobao.tmc.messages.confirm',
      {
        group_name: options.groupName,
        s_message_ids: options.messageIds.slice(start, start + 200).join(','),
      },
      options.signal === undefined ? {} : { signal: options.signal },
    );
  }
}
