import type { ChannelAdapter, ChannelMessage } from '../contracts/channel-adapter';
import { quarantinePayload } from './quarantine-payload';
import type { RuntimeDeps } from './runtime-deps';
import { storeOrderAndRunPipeline } from './store-order';

/** Outbox kind for after-sale messages, run by a host (or the after-sales module) handler. */
export const afterSaleMessageEffectKind = 'channel.after-sale-changed';
/** Outbox kind for messages of topics omskit does not know; parked for a person unless handled. */
export const unknownMessageEffectKind = 'channel.unknown-message';

/**
 * Remembers recently applied message ids so a redelivered message does not trigger another
 * fetch. Correctness does not rest on it: upserts are idempotent and monotonic, so a duplicate
 * that slips past (another process, an evicted id) changes nothing.
 */
export class RecentMessageIds {
  private readonly seen = new Map<string, true>();
  constructor(private readonly capacity = 50_000) {}
  has(id: string): boolean {
    return this.seen.has(id);
  }
  add(id: string): void {
    this.seen.set(id, true);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.keys().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
  }
}

/**
 * Applies verified messages from a push or a message queue: order changes go through the same
 * upsert as polling (fetching the full order when the message is partial), so push and poll
 * never fight and out-of-order messages resolve by modified time. After-sale and unknown
 * messages are stored in the outbox, never dropped. Returns how many were duplicates.
 */
export async function applyChannelMessages(
  deps: RuntimeDeps,
  adapter: ChannelAdapter,
  messages: readonly ChannelMessage[],
  recent: RecentMessageIds,
  signal?: AbortSignal,
): Promise<number> {
  let duplicates = 0;
  for (const message of messages) {
    const dedupeKey = `${adapter.channel}:${message.messageId}`;
    if (recent.has(dedupeKey)) {
      duplicates += 1;
      continue;
    }
    await applyMessage(deps, adapter, message, signal);
    recent.add(dedupeKey);
  }
  return duplicates;
}

async function applyMessage(
  deps: RuntimeDeps,
  adapter: ChannelAdapter,
  message: ChannelMessage,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (
    message.kind === 'order-changed' &&
    message.platformOrderId !== undefined &&
    message.shopId !== undefined
  ) {
    const item =
      message.order !== undefined
        ? { ok: true as const, order: message.order, warnings: [] }
        : await adapter.getOrder({
            shopId: message.shopId,
            platformOrderId: message.platformOrderId,
            ...(signal === undefined ? {} : { signal }),
          });
    if (!item.ok) {
      await quarantinePayload(deps, `push:${adapter.channel}`, message.platformOrderId, item.error, item.raw);
      return;
    }
    await storeOrderAndRunPipeline(deps, item.order);
    return;
  }
  const kind = message.kind === 'after-sale-changed' ? afterSaleMessageEffectKind : unknownMessageEffectKind;
  await deps.stores.outbox.enqueue(
    {
      key: `message:${adapter.channel}:${message.messageId}`,
      kind,
      payload: {
        channel: adapter.channel,
        messageId: message.messageId,
        topic: message.topic,
        shopId: message.shopId,
        platformOrderId: message.platformOrderId,
        platformAfterSaleId: message.platformAfterSaleId,
        raw: message.raw,
      },
    },
    deps.clock.now(),
  );
}
