import type { Order } from '../schema';
import { type FulfilmentLine, fulfilmentLinesOf } from './fulfilment-line';

/** An order's open units split into what can ship now and what waits for a presale date. */
export interface PresaleSplit {
  /** Units that may ship now. */
  readonly ready: readonly FulfilmentLine[];
  /** Units that wait for their presale date. */
  readonly presale: readonly FulfilmentLine[];
}

/**
 * Splits an order's open units into ready and presale lines (presale as
 * {@link fulfilmentLinesOf} decides it: the line's flag, or the order's when no line is
 * flagged). Either side may be empty. Pure.
 */
export function splitPresaleLines(order: Order): PresaleSplit {
  const lines = fulfilmentLinesOf(order);
  return { ready: lines.filter((line) => !line.presale), presale: lines.filter((line) => line.presale) };
}
