import type { Order } from '../schema';
import { type FulfilmentLine, fulfilmentLinesOf, lineKeyOf, withQuantity } from './fulfilment-line';

/** Units of one line that routing sent to a warehouse. */
export interface AssignedLine {
  /** The line id. */
  readonly lineId: string;
  /** The source order; needed only when line ids repeat across a merge group's orders. */
  readonly sourceOrderId?: string;
  /** Units (a positive integer). */
  readonly quantity: number;
}

/** Routing's answer as the split needs it: which units ship from which warehouse. */
export interface WarehouseAssignment {
  readonly parts: readonly { readonly warehouseId: string; readonly lines: readonly AssignedLine[] }[];
}

/** The units one warehouse ships. */
export interface WarehousePart {
  readonly warehouseId: string;
  readonly lines: readonly FulfilmentLine[];
}

/**
 * A problem with an assignment, with where it is (`parts[partIndex].lines[lineIndex]`):
 * `unknown_line` (no such open line), `ambiguous_line` (the line id exists in several source
 * orders and no `sourceOrderId` says which), `invalid_quantity` (not a positive integer), and
 * `over_assigned` (more units assigned than the line has open, reported once per line).
 */
export type AssignmentIssue =
  | {
      readonly code: 'unknown_line' | 'ambiguous_line' | 'invalid_quantity';
      readonly partIndex: number;
      readonly lineIndex: number;
      readonly lineId: string;
    }
  | {
      readonly code: 'over_assigned';
      readonly sourceOrderId: string;
      readonly lineId: string;
      readonly assigned: number;
      readonly open: number;
    };

/**
 * The result of a split by assignment: the warehouse parts plus the units routing left
 * unassigned (out of stock everywhere, say). Parts and `unassigned` together hold exactly the
 * input units, no more and no fewer.
 */
export type SplitByAssignmentResult =
  | {
      readonly ok: true;
      readonly parts: readonly WarehousePart[];
      readonly unassigned: readonly FulfilmentLine[];
    }
  | { readonly ok: false; readonly issues: readonly AssignmentIssue[] };

function findLine(lines: readonly FulfilmentLine[], ref: AssignedLine): FulfilmentLine[] {
  return lines.filter(
    (line) =>
      line.lineId === ref.lineId &&
      (ref.sourceOrderId === undefined || line.sourceOrderId === ref.sourceOrderId),
  );
}

/**
 * Splits fulfilment lines (one order's, or a merge group's) into warehouse parts by routing's
 * assignment. Every problem is collected, not just the first. Parts keep the assignment's order;
 * parts with no units are dropped. Pure.
 */
export function splitLinesByAssignment(
  lines: readonly FulfilmentLine[],
  assignment: WarehouseAssignment,
): SplitByAssignmentResult {
  const issues: AssignmentIssue[] = [];
  const assigned = new Map<string, number>();
  const parts: WarehousePart[] = [];
  for (const [partIndex, part] of assignment.parts.entries()) {
    const partLines: FulfilmentLine[] = [];
    for (const [lineIndex, ref] of part.lines.entries()) {
      const where = { partIndex, lineIndex, lineId: ref.lineId };
      if (!Number.isSafeInteger(ref.quantity) || ref.quantity <= 0) {
        issues.push({ code: 'invalid_quantity', ...where });
        continue;
      }
      const matches = findLine(lines, ref);
      const line = matches[0];
      if (line === undefined) issues.push({ code: 'unknown_line', ...where });
      else if (matches.length > 1) issues.push({ code: 'ambiguous_line', ...where });
      else {
        const key = lineKeyOf(line);
        assigned.set(key, (assigned.get(key) ?? 0) + ref.quantity);
        partLines.push(withQuantity(line, ref.quantity));
      }
    }
    if (partLines.length > 0) parts.push({ warehouseId: part.warehouseId, lines: partLines });
  }
  const unassigned: FulfilmentLine[] = [];
  for (const line of lines) {
    const used = assigned.get(lineKeyOf(line)) ?? 0;
    if (used > line.quantity) {
      issues.push({
        code: 'over_assigned',
        sourceOrderId: line.sourceOrderId,
        lineId: line.lineId,
        assigned: used,
        open: line.quantity,
      });
    } else if (used < line.quantity) {
      unassigned.push(withQuantity(line, line.quantity - used));
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, parts, unassigned };
}

/**
 * Splits an order's open units (see {@link fulfilmentLinesOf}) into warehouse parts by routing's
 * assignment. See {@link splitLinesByAssignment}.
 */
export function splitOrderByAssignment(
  order: Order,
  assignment: WarehouseAssignment,
): SplitByAssignmentResult {
  return splitLinesByAssignment(fulfilmentLinesOf(order), assignment);
}
