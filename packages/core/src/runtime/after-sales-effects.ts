import type {
  ChannelDecideAfterSalePayload,
  InventoryReleasePayload,
  InventoryReturnPayload,
} from '../aftersales/after-sale-effect';
import { afterSaleEffectKinds } from '../aftersales/after-sale-effect';
import { restockAdjustment } from '../aftersales/restock-adjustment';
import type { ChannelAdapter } from '../contracts/channel-adapter';
import type { Clock } from '../contracts/common';
import type { OmsStores } from '../contracts/stores';
import { OmsError } from '../errors/oms-error';
import type { EffectHandler } from './oms-types';

/** Parks an effect that needs a host handler, saying which kind and what to register. */
const needsHost =
  (kind: string): EffectHandler =>
  async () => {
    throw new OmsError(
      'unsupported',
      `${kind}: omskit cannot do this itself; register a handler for it (createAfterSalesDesk({ handlers }))`,
    );
  };

/**
 * The built-in handlers of the after-sale effects:
 * - `channel.decide-after-sale`: the adapter's `decideAfterSale` when the platform takes that
 *   decision through its API (`capabilities.afterSaleDecisions`); otherwise parked with
 *   `unsupported` so a person makes the decision in the platform's seller console.
 * - `inventory.restock`: an `adjust` with reason `return_restock`, idempotent by the effect's key.
 * - `inventory.write-off`: damaged units never re-entered stock; recorded as the result.
 * - `inventory.release`: releases the order's open reservations of the refunded lines.
 * - everything else (buyer notices, the warehouse, the carrier, finance, replacement tracking):
 *   parked with `unsupported` until the host registers a handler.
 */
export function afterSaleEffectHandlers(
  stores: OmsStores,
  channels: ReadonlyMap<string, ChannelAdapter>,
  clock: Clock,
): Record<string, EffectHandler> {
  const handlers: Record<string, EffectHandler> = {};
  for (const kind of afterSaleEffectKinds) handlers[kind] = needsHost(kind);

  handlers['channel.decide-after-sale'] = async (raw, context) => {
    const payload = raw as ChannelDecideAfterSalePayload;
    const adapter = channels.get(payload.channel);
    if (adapter === undefined) throw new OmsError('not_found', `no adapter for channel ${payload.channel}`);
    const action = payload.decision.action;
    if (adapter.decideAfterSale === undefined || !adapter.capabilities.afterSaleDecisions.includes(action)) {
      throw new OmsError(
        'unsupported',
        `${payload.channel} does not take "${action}" through its API: decide ${payload.platformAfterSaleId} in the seller console`,
        { platform: payload.channel },
      );
    }
    await adapter.decideAfterSale({
      shopId: payload.shopId,
      platformAfterSaleId: payload.platformAfterSaleId,
      decision: payload.decision,
      ...(context.signal === undefined ? {} : { signal: context.signal }),
    });
    return { decided: action };
  };

  handlers['inventory.restock'] = async (raw) => {
    const payload = raw as InventoryReturnPayload;
    const result = await stores.inventory.adjust(restockAdjustment(payload), clock.now());
    if (!result.ok) {
      const code = result.reason === 'not_found' ? 'not_found' : 'conflict';
      const hint = result.reason === 'not_found' ? ' (the pool has no row for it: set its stock first)' : '';
      throw new OmsError(
        code,
        `restock of ${payload.sku} at ${payload.warehouseId} refused: ${result.reason}${hint}`,
      );
    }
    return { restocked: payload.quantity, replayed: result.replayed };
  };

  handlers['inventory.write-off'] = async (raw) => {
    const payload = raw as InventoryReturnPayload;
    return { writtenOff: payload.quantity, sku: payload.sku, warehouseId: payload.warehouseId };
  };

  handlers['inventory.release'] = async (raw, context) => {
    const payload = raw as InventoryReleasePayload;
    const reservations = await stores.inventory.listReservations(payload.orderId);
    let released = 0;
    for (const line of payload.lines) {
      let left = line.quantity;
      for (const reservation of reservations) {
        if (left === 0) break;
        if (reservation.lineId !== line.lineId || reservation.state !== 'open') continue;
        const quantity = Math.min(reservation.quantity, left); // `quantity` is what is still held
        if (quantity <= 0) continue;
        const key = `${context.entry.key}:${reservation.id}`;
        const result = await stores.inventory.release(key, reservation.id, quantity, clock.now());
        if (!result.ok)
          throw new OmsError('conflict', `release of ${reservation.id} refused: ${result.reason}`);
        left -= quantity;
        released += quantity;
      }
    }
    return { released };
  };
  return handlers;
}
