import type { AfterSaleCase } from '../aftersales/after-sale-case';
import { applySettledRefunds } from '../aftersales/apply-settled-refunds';
import { canTransitionAfterSale } from '../aftersales/can-transition-after-sale';
import { transitionAfterSale } from '../aftersales/transition-after-sale';
import { OmsError } from '../errors/oms-error';
import type { Order } from '../schema/order';
import {
  concurrentWriters,
  type DeskContext,
  type DeskEffect,
  maxCasAttempts,
} from './after-sales-desk-context';
import type { EffectHandler } from './oms-types';

/** Outbox kind that writes a paid refund into the order's lines and closes the case. */
export const afterSaleSettleEffectKind = 'after-sale.settle';

/** Payload of an `after-sale.settle` effect. */
export interface AfterSaleSettlePayload {
  readonly afterSaleId: string;
  readonly orderId: string;
}

/** The settle effect a case needs: one once its refund is paid and until it is settled. */
export function settlementEffect(afterSaleCase: AfterSaleCase): DeskEffect | undefined {
  const { afterSale, refundPayment, settledAt } = afterSaleCase;
  if (refundPayment === undefined || settledAt !== undefined) return undefined;
  const payload: AfterSaleSettlePayload = { afterSaleId: afterSale.id, orderId: afterSale.orderId };
  return { key: `aftersale:${afterSale.id}:settle`, kind: afterSaleSettleEffectKind, payload };
}

function refusal(result: Extract<ReturnType<typeof applySettledRefunds>, { ok: false }>): OmsError {
  return new OmsError('invalid_transition', result.message, { path: ['lines', result.lineId] });
}

/**
 * Writes the order's settled refunds into its lines, recomputed from every settled case of the
 * order (so a second run, after a crash or a retry, changes nothing), compare-and-set with retries.
 */
async function writeOrder(context: DeskContext, orderId: string): Promise<Order> {
  for (let attempt = 0; attempt < maxCasAttempts; attempt += 1) {
    const stored = await context.stores.orders.get(orderId);
    if (stored === undefined) throw new OmsError('not_found', `no order ${orderId}`);
    const cases = (await context.cases.listByOrder(orderId)).map((row) => row.value);
    const applied = applySettledRefunds(stored.value, cases);
    if (!applied.ok) throw refusal(applied);
    if (!applied.changed) return stored.value;
    if ((await context.stores.orders.put(applied.order, stored.revision)).ok) return applied.order;
  }
  throw concurrentWriters(`order ${orderId}`);
}

/**
 * Settles a case: checks that its paid refund fits the order together with the cases settled
 * before it, marks it settled, then writes the refunds into the order's lines. Idempotent: a case
 * settled already only has the order brought up to date.
 *
 * @throws OmsError `invalid_transition` (with the path of the line) when no refund was paid or it
 * does not fit the order; `not_found` for a missing case or order; `conflict` (retryable) when
 * concurrent writers kept winning.
 */
export async function settleCase(
  context: DeskContext,
  afterSaleId: string,
): Promise<{ order: Order; afterSaleCase: AfterSaleCase }> {
  const afterSaleCase = await context.update(afterSaleId, async (stored) => {
    const current = stored.value;
    if (current.settledAt !== undefined) return { result: current };
    if (current.refundPayment === undefined)
      throw new OmsError('invalid_transition', `${afterSaleId} has no paid refund to settle`, {
        path: ['refundPayment'],
      });
    const order = await context.orderOf(current.afterSale.orderId);
    if (order === undefined) throw new OmsError('not_found', `no order ${current.afterSale.orderId}`);
    const settledAt = new Date(context.clock.now()).toISOString();
    const next: AfterSaleCase = { ...current, settledAt };
    const others = (await context.cases.listByOrder(order.id))
      .map((row) => row.value)
      .filter((other) => other.afterSale.id !== afterSaleId);
    const fits = applySettledRefunds(order, [...others, next]);
    if (!fits.ok) throw refusal(fits);
    return { next, result: next };
  });
  const order = await writeOrder(context, afterSaleCase.afterSale.orderId);
  return { order, afterSaleCase };
}

/** Closes a settled case that is `refunded` (by `auto`); false when there is nothing to close. */
async function closeSettled(context: DeskContext, afterSaleId: string): Promise<boolean> {
  const effects = await context.update(afterSaleId, async (stored) => {
    const current = stored.value;
    if (
      current.settledAt === undefined ||
      current.afterSale.status !== 'refunded' ||
      !canTransitionAfterSale(current.afterSale, 'close')
    )
      return { result: undefined };
    const closed = transitionAfterSale(
      current,
      { type: 'close', by: 'auto', reason: 'refund settled into the order' },
      context.env,
    );
    if (!closed.ok) throw new OmsError('invalid_transition', closed.message);
    return { next: closed.afterSaleCase, result: closed.effects };
  });
  if (effects === undefined) return false;
  await context.enqueue(effects);
  return true;
}

/**
 * The handler of `after-sale.settle`: settles the case (see {@link settleCase}) and, unless the
 * desk was told not to, closes it. Safe to run again.
 */
export function settleEffectHandler(context: DeskContext): EffectHandler {
  return async (raw) => {
    const { afterSaleId } = raw as AfterSaleSettlePayload;
    const { afterSaleCase } = await settleCase(context, afterSaleId);
    const closed =
      context.options.closeWhenSettled === false ? false : await closeSettled(context, afterSaleId);
    return { settledAt: afterSaleCase.settledAt, closed };
  };
}
