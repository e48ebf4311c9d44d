import type { AfterSaleCase, AfterSaleDecisionRecord } from './after-sale-case';
import type { AfterSaleActor, AfterSaleEvent, InspectedLine, ReceivedLine } from './after-sale-event';

/** The event's data was applied to the case, or the reason it could not be. */
export type ApplyEventDataResult =
  | { readonly ok: true; readonly afterSaleCase: AfterSaleCase }
  | { readonly ok: false; readonly path: readonly (string | number)[]; readonly message: string };

function decisionOf(
  verdict: 'approve' | 'refuse',
  by: AfterSaleActor,
  reason: string,
  at: string,
): AfterSaleDecisionRecord {
  // A person's or the platform's answer is recorded like a rule's, under the actor's name.
  return { at, by, verdict, rule: by, reason };
}

const isCount = (value: number): boolean => Number.isSafeInteger(value) && value >= 0;

function addReceipts(
  afterSaleCase: AfterSaleCase,
  lines: readonly ReceivedLine[],
): ApplyEventDataResult | ReceivedLine[] {
  const totals = new Map(afterSaleCase.received.map((line) => [line.lineId, line.quantity]));
  for (const [index, line] of lines.entries()) {
    const asked = afterSaleCase.afterSale.lines.find((candidate) => candidate.lineId === line.lineId);
    if (asked === undefined)
      return {
        ok: false,
        path: ['lines', index, 'lineId'],
        message: `line ${line.lineId} is not in the after-sale`,
      };
    if (!isCount(line.quantity) || line.quantity === 0)
      return {
        ok: false,
        path: ['lines', index, 'quantity'],
        message: 'quantity must be a positive integer',
      };
    const total = (totals.get(line.lineId) ?? 0) + line.quantity;
    // More units back than the buyer asked to return would restock goods that were never sold.
    if (total > asked.quantity)
      return {
        ok: false,
        path: ['lines', index, 'quantity'],
        message: `received ${total} of line ${line.lineId}, more than the ${asked.quantity} asked for`,
      };
    totals.set(line.lineId, total);
  }
  return [...totals].map(([lineId, quantity]) => ({ lineId, quantity }));
}

function checkInspection(
  afterSaleCase: AfterSaleCase,
  lines: readonly InspectedLine[],
): ApplyEventDataResult | undefined {
  const received = new Map(afterSaleCase.received.map((line) => [line.lineId, line.quantity]));
  const seen = new Set<string>();
  for (const [index, line] of lines.entries()) {
    if (!isCount(line.resellable) || !isCount(line.damaged))
      return { ok: false, path: ['lines', index], message: 'resellable and damaged must be integers >= 0' };
    // Every unit received is inspected exactly once, so restocked + written off = received.
    if (line.resellable + line.damaged !== (received.get(line.lineId) ?? 0) || seen.has(line.lineId))
      return {
        ok: false,
        path: ['lines', index],
        message: `line ${line.lineId}: resellable + damaged must equal the ${received.get(line.lineId) ?? 0} received`,
      };
    seen.add(line.lineId);
  }
  const missing = [...received.keys()].find((lineId) => !seen.has(lineId));
  if (missing !== undefined)
    return { ok: false, path: ['lines'], message: `line ${missing} was received but not inspected` };
  return undefined;
}

/**
 * Writes what an event carries into the case (return tracking number, receipts, inspection,
 * refund ticket, payment, replacement parcel) after checking it against what the case already
 * holds. The status is not touched here.
 */
export function applyAfterSaleEventData(
  afterSaleCase: AfterSaleCase,
  event: AfterSaleEvent,
  at: string,
  by: AfterSaleActor,
): ApplyEventDataResult {
  const next = (patch: Partial<AfterSaleCase>): ApplyEventDataResult => ({
    ok: true,
    afterSaleCase: { ...afterSaleCase, ...patch },
  });
  switch (event.type) {
    case 'approve': {
      const decisions = [
        ...afterSaleCase.decisions,
        decisionOf('approve', by, event.reason ?? 'approved', at),
      ];
      return event.returnAddressId === undefined
        ? next({ decisions })
        : next({ decisions, returnAddressId: event.returnAddressId });
    }
    case 'await_return': {
      const patch: { -readonly [K in keyof AfterSaleCase]?: AfterSaleCase[K] } = {};
      if (event.returnAddressId !== undefined) patch.returnAddressId = event.returnAddressId;
      if (event.returnLabel !== undefined) patch.returnLabel = event.returnLabel;
      return next(patch);
    }
    case 'ship_return':
      if (event.trackingNumber.length === 0)
        return { ok: false, path: ['trackingNumber'], message: 'empty tracking number' };
      return next({ afterSale: { ...afterSaleCase.afterSale, returnTrackingNumber: event.trackingNumber } });
    case 'receive': {
      const received = addReceipts(afterSaleCase, event.lines);
      if (!Array.isArray(received)) return received;
      return next({ received, returnWarehouseId: event.warehouseId });
    }
    case 'inspect': {
      const problem = checkInspection(afterSaleCase, event.lines);
      if (problem !== undefined) return problem;
      return next({
        inspected: event.lines.map((line) => ({ ...line })),
        returnWarehouseId: event.warehouseId,
      });
    }
    case 'issue_refund':
      return next({ refundTicketKey: `aftersale:${afterSaleCase.afterSale.id}:refund-ticket` });
    case 'confirm_refund':
      if (event.paymentId.length === 0)
        return { ok: false, path: ['paymentId'], message: 'empty payment id' };
      return next({ refundPayment: { paymentId: event.paymentId, at, by: 'finance' } });
    case 'ship_replacement':
      return next({ replacement: event.parcel });
    case 'check':
      return next({
        decisions: [...afterSaleCase.decisions, { at, by, ...event.verdict }],
      });
    case 'refuse':
      return next({ decisions: [...afterSaleCase.decisions, decisionOf('refuse', by, event.reason, at)] });
    case 'close':
    case 'cancel':
      return next({});
  }
}
