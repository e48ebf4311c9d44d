import type { AfterSaleDecision } from '../contracts/channel-adapter';
import { subtractMoney, sumMoney, zeroMoney } from '../schema/money';
import type { AfterSaleCase } from './after-sale-case';
import type { AfterSaleEffect, AfterSaleRef, BuyerNotice, BuyerNotifyPayload } from './after-sale-effect';
import type { AfterSaleEvent } from './after-sale-event';
import type { AfterSaleEffectIntent } from './after-sale-transitions';

/** The reference fields every payload carries. */
export function afterSaleRef(afterSaleCase: AfterSaleCase): AfterSaleRef {
  const { afterSale } = afterSaleCase;
  return {
    afterSaleId: afterSale.id,
    channel: afterSale.channel,
    shopId: afterSale.shopId,
    platformAfterSaleId: afterSale.platformAfterSaleId,
    orderId: afterSale.orderId,
    platformOrderId: afterSale.platformOrderId,
  };
}

/** The idempotency key of the finance refund ticket of a case: one ticket per after-sale. */
export function refundTicketKey(afterSaleId: string): string {
  return `aftersale:${afterSaleId}:refund-ticket`;
}

const notices: Partial<Record<AfterSaleEffectIntent, BuyerNotice>> = {
  'notify-approved': 'after-sale-approved',
  'notify-refused': 'after-sale-refused',
  'notify-return-instructions': 'return-instructions',
  'notify-refund-paid': 'refund-paid',
  'notify-replacement-shipped': 'replacement-shipped',
};

function decisionOf(
  intent: AfterSaleEffectIntent,
  afterSaleCase: AfterSaleCase,
  reason: string,
): AfterSaleDecision | undefined {
  switch (intent) {
    case 'decide-approve-refund':
      return { action: 'approve_refund' };
    case 'decide-approve-return':
      return afterSaleCase.returnAddressId === undefined
        ? { action: 'approve_return' }
        : { action: 'approve_return', returnAddressId: afterSaleCase.returnAddressId };
    case 'decide-refuse':
      return { action: 'refuse', reason };
    case 'decide-confirm-receipt':
      return { action: 'confirm_return_received' };
    default:
      return undefined;
  }
}

function notifyPayload(
  afterSaleCase: AfterSaleCase,
  notice: BuyerNotice,
  reason: string,
): BuyerNotifyPayload {
  const payload: { -readonly [K in keyof BuyerNotifyPayload]: BuyerNotifyPayload[K] } = {
    ...afterSaleRef(afterSaleCase),
    notice,
  };
  if (notice === 'after-sale-refused') payload.reason = reason;
  if (notice === 'return-instructions') {
    if (afterSaleCase.returnAddressId !== undefined) payload.returnAddressId = afterSaleCase.returnAddressId;
    if (afterSaleCase.returnLabel !== undefined) payload.returnLabel = afterSaleCase.returnLabel;
  }
  if (notice === 'replacement-shipped' && afterSaleCase.replacement !== undefined)
    payload.parcel = afterSaleCase.replacement;
  if (notice === 'refund-paid') payload.refundAmount = afterSaleCase.afterSale.refundAmount;
  return payload;
}

/**
 * Turns the effect intents of a table row into effects, reading the case as it is after the
 * event was applied. `step` is the index of the history entry the transition writes, so keys
 * are stable across replays of the same step. Intents with nothing to do (a restock with no
 * resellable unit) yield no effect.
 */
export function buildAfterSaleEffects(
  afterSaleCase: AfterSaleCase,
  intents: readonly AfterSaleEffectIntent[],
  event: Pick<AfterSaleEvent, 'reason'>,
  step: number,
): AfterSaleEffect[] {
  const { afterSale } = afterSaleCase;
  const ref = afterSaleRef(afterSaleCase);
  const base = `aftersale:${afterSale.id}:${step}`;
  const reason = event.reason ?? '';
  const lines = afterSale.lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity }));
  const warehouseId = afterSaleCase.returnWarehouseId ?? '';
  const effects: AfterSaleEffect[] = [];
  for (const intent of intents) {
    const decision = decisionOf(intent, afterSaleCase, reason);
    const notice = notices[intent];
    if (decision !== undefined) {
      effects.push({
        key: `${base}:channel.decide-after-sale`,
        kind: 'channel.decide-after-sale',
        payload: { ...ref, decision },
      });
    } else if (notice !== undefined) {
      effects.push({
        key: `${base}:buyer.notify:${notice}`,
        kind: 'buyer.notify',
        payload: notifyPayload(afterSaleCase, notice, reason),
      });
    } else if (intent === 'expect-return') {
      const payload =
        afterSale.returnTrackingNumber === undefined
          ? { ...ref, lines }
          : { ...ref, lines, returnTrackingNumber: afterSale.returnTrackingNumber };
      effects.push({ key: `${base}:warehouse.expect-return`, kind: 'warehouse.expect-return', payload });
    } else if (intent === 'cancel-expected-return') {
      effects.push({
        key: `${base}:warehouse.cancel-expected-return`,
        kind: 'warehouse.cancel-expected-return',
        payload: ref,
      });
    } else if (intent === 'ship-replacement') {
      effects.push({
        key: `${base}:warehouse.ship-replacement`,
        kind: 'warehouse.ship-replacement',
        payload: { ...ref, lines },
      });
    } else if (intent === 'ship-after-sale' && afterSaleCase.replacement !== undefined) {
      effects.push({
        key: `${base}:channel.ship-after-sale`,
        kind: 'channel.ship-after-sale',
        payload: { ...ref, parcel: afterSaleCase.replacement },
      });
    } else if (intent === 'intercept') {
      effects.push({ key: `${base}:carrier.intercept`, kind: 'carrier.intercept', payload: ref });
    } else if (intent === 'release') {
      effects.push({
        key: `${base}:inventory.release`,
        kind: 'inventory.release',
        payload: { ...ref, lines },
      });
    } else if (intent === 'restock' || intent === 'write-off') {
      const kind = intent === 'restock' ? 'inventory.restock' : 'inventory.write-off';
      for (const line of afterSaleCase.inspected) {
        const quantity = intent === 'restock' ? line.resellable : line.damaged;
        if (quantity <= 0) continue;
        const key = `${base}:${kind}:${line.lineId}`;
        effects.push({
          key,
          kind,
          payload: { ...ref, key, lineId: line.lineId, sku: line.sku, warehouseId, quantity },
        });
      }
    } else if (intent === 'refund-ticket') {
      const ticketLines = afterSale.lines.map((line) => ({
        lineId: line.lineId,
        quantity: line.quantity,
        amount: line.refundAmount,
      }));
      const currency = afterSale.refundAmount.currency;
      const lineTotal = sumMoney(
        ticketLines.map((line) => line.amount),
        currency,
      );
      const rest = subtractMoney(afterSale.refundAmount, lineTotal);
      const shippingRefund = rest.amount > 0 ? rest : zeroMoney(currency);
      const ticketKey = refundTicketKey(afterSale.id);
      effects.push({
        key: ticketKey,
        kind: 'finance.refund-ticket',
        payload: { ...ref, ticketKey, lines: ticketLines, shippingRefund, total: afterSale.refundAmount },
      });
    }
  }
  return effects;
}
