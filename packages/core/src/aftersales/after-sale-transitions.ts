import type { AfterSaleStatus, AfterSaleType } from '../schema/after-sale';
import type { AfterSaleEventType } from './after-sale-event';

/**
 * What a transition asks the outside world to do, named in the table and turned into
 * `{ key, kind, payload }` effects by `buildAfterSaleEffects`.
 */
export const afterSaleEffectIntents = [
  'decide-approve-refund',
  'decide-approve-return',
  'decide-refuse',
  'decide-confirm-receipt',
  'notify-approved',
  'notify-refused',
  'notify-return-instructions',
  'notify-refund-paid',
  'notify-replacement-shipped',
  'expect-return',
  'cancel-expected-return',
  'ship-replacement',
  'ship-after-sale',
  'intercept',
  'release',
  'restock',
  'write-off',
  'refund-ticket',
] as const;

/** An effect intent named in the table. */
export type AfterSaleEffectIntent = (typeof afterSaleEffectIntents)[number];

/** Where an event leads and what it asks for. */
export interface AfterSaleTarget {
  readonly to: AfterSaleStatus;
  readonly effects: readonly AfterSaleEffectIntent[];
}

/** The events allowed in one status. */
export type AfterSaleTransitionRow = Readonly<Partial<Record<AfterSaleEventType, AfterSaleTarget>>>;

/** One machine: a row per status (a missing or empty row is terminal). */
export type AfterSaleMachine = Readonly<Partial<Record<AfterSaleStatus, AfterSaleTransitionRow>>>;

/** The after-sales table: one machine per after-sale type. */
export type AfterSaleTransitionTable = { readonly [Type in AfterSaleType]: AfterSaleMachine };

const go = (to: AfterSaleStatus, ...effects: AfterSaleEffectIntent[]): AfterSaleTarget => ({ to, effects });

const refuse = go('refused', 'decide-refuse', 'notify-refused');
const stopReturn = go('closed', 'cancel-expected-return');
const cancel = go('closed');

/** The front every type shares: check, answer, or the buyer withdraws; a refusal can be reversed. */
function front(approve: AfterSaleTarget): AfterSaleMachine {
  return {
    requested: { check: go('auto_checked'), approve, refuse, cancel },
    auto_checked: { approve, refuse, cancel },
    refused: { approve, close: go('closed') },
    closed: {},
  };
}

const refundTail: AfterSaleMachine = {
  approved: { issue_refund: go('refund_pending', 'refund-ticket'), cancel },
  refund_pending: { confirm_refund: go('refunded', 'notify-refund-paid') },
  refunded: { close: go('closed') },
};

const returnLeg = (onInspect: AfterSaleTarget): AfterSaleMachine => ({
  approved: {
    await_return: go('awaiting_return', 'notify-return-instructions', 'expect-return'),
    cancel,
  },
  awaiting_return: {
    ship_return: go('return_in_transit'),
    receive: go('received'),
    cancel: stopReturn,
    close: stopReturn,
  },
  return_in_transit: { receive: go('received') },
  received: { inspect: onInspect },
});

const approveRefund = go('approved', 'decide-approve-refund', 'notify-approved');
const approveReturn = go('approved', 'decide-approve-return', 'notify-approved');
const restockInspect = go('inspected', 'restock', 'write-off', 'decide-confirm-receipt');
const shipped = go('exchange_shipped', 'ship-after-sale', 'notify-replacement-shipped');

/**
 * The after-sales transition table. `exchange_shipped` means "the replacement left" for every
 * type that sends something back to the buyer (exchange, reship, repair).
 *
 * | type | path after the shared front (requested -check-> auto_checked -approve-> approved) |
 * | --- | --- |
 * | refund_only_unshipped | approved (release stock) -issue_refund-> refund_pending -confirm_refund-> refunded -close-> closed |
 * | refund_only_shipped, price_protection | approved -issue_refund-> refund_pending -confirm_refund-> refunded -close-> closed |
 * | return_refund | approved -await_return-> awaiting_return -ship_return-> return_in_transit -receive-> received -inspect-> inspected (restock, write off, confirm receipt) -issue_refund-> refund_pending -> refunded -> closed; inspected -refuse-> refused |
 * | exchange | as return_refund to inspected (which asks the warehouse for the replacement) -ship_replacement-> exchange_shipped -close-> closed; inspected -issue_refund-> refund (exchange turned refund) |
 * | repair | as return_refund to inspected (no restock: the unit is the buyer's) -ship_replacement-> exchange_shipped -close-> closed |
 * | reship | approved (asks the warehouse to ship) -ship_replacement-> exchange_shipped -close-> closed |
 * | intercept | approved (asks the carrier to intercept) -await_return-> awaiting_return -receive-> received -inspect-> inspected -issue_refund-> refund_pending -> refunded -> closed; awaiting_return -refuse-> refused (intercept failed) |
 *
 * Everywhere: requested and auto_checked -refuse-> refused -close-> closed, refused -approve-> approved
 * (the seller reconsiders), and the buyer may `cancel` until the goods are on their way back.
 * `awaiting_return -close-> closed` ends a return the buyer never sent; leaving `awaiting_return`
 * without the goods tells the warehouse to stop expecting them.
 */
export const afterSaleTransitions: AfterSaleTransitionTable = {
  refund_only_unshipped: {
    ...front(go('approved', 'decide-approve-refund', 'release', 'notify-approved')),
    ...refundTail,
  },
  refund_only_shipped: { ...front(approveRefund), ...refundTail },
  price_protection: { ...front(approveRefund), ...refundTail },
  return_refund: {
    ...front(approveReturn),
    ...returnLeg(restockInspect),
    inspected: { issue_refund: go('refund_pending', 'refund-ticket'), refuse },
    refund_pending: refundTail.refund_pending,
    refunded: refundTail.refunded,
  },
  exchange: {
    ...front(approveReturn),
    ...returnLeg(go('inspected', 'restock', 'write-off', 'decide-confirm-receipt', 'ship-replacement')),
    inspected: { ship_replacement: shipped, issue_refund: go('refund_pending', 'refund-ticket'), refuse },
    refund_pending: refundTail.refund_pending,
    refunded: refundTail.refunded,
    exchange_shipped: { close: go('closed') },
  },
  repair: {
    ...front(approveReturn),
    ...returnLeg(go('inspected', 'decide-confirm-receipt')),
    inspected: { ship_replacement: shipped, refuse },
    exchange_shipped: { close: go('closed') },
  },
  reship: {
    ...front(go('approved', 'ship-replacement', 'notify-approved')),
    approved: { ship_replacement: shipped, cancel },
    exchange_shipped: { close: go('closed') },
  },
  intercept: {
    ...front(go('approved', 'intercept', 'notify-approved')),
    approved: { await_return: go('awaiting_return', 'expect-return'), cancel },
    awaiting_return: {
      receive: go('received'),
      refuse: go('refused', 'decide-refuse', 'notify-refused', 'cancel-expected-return'),
      cancel: stopReturn,
    },
    received: { inspect: go('inspected', 'restock', 'write-off') },
    inspected: { issue_refund: go('refund_pending', 'decide-approve-refund', 'refund-ticket') },
    refund_pending: refundTail.refund_pending,
    refunded: refundTail.refunded,
  },
};
