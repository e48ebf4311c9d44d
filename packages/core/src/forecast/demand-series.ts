import { invalidInput } from '../errors/oms-error';

/** Units sold on one calendar day (`yyyy-MM-dd`, the seller's local date). */
export interface DailyDemand {
  date: string;
  quantity: number;
}

/** A gap-free daily series: `values[i]` is the demand of `start + i` days. */
export interface DemandSeries {
  start: string;
  values: number[];
  /** Indexes of promotion days (11.11, 618): kept out of model fitting. */
  promotion: boolean[];
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dayMs = 86_400_000;

/** Epoch-day number of a `yyyy-MM-dd` date. */
export function dayNumber(date: string): number {
  if (!datePattern.test(date))
    throw invalidInput(['date'], `expected yyyy-MM-dd, got ${JSON.stringify(date)}`);
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!Number.isFinite(ms)) throw invalidInput(['date'], `not a date: ${date}`);
  return Math.round(ms / dayMs);
}

/** The `yyyy-MM-dd` of an epoch-day number. */
export function dateOfDay(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/**
 * Builds a gap-free daily series from sales records (several records of a day add up; missing
 * days are zero). Quantities must be finite and non-negative.
 */
export function toDemandSeries(
  history: readonly DailyDemand[],
  promotionDates: readonly string[] = [],
): DemandSeries {
  if (history.length === 0) throw invalidInput(['history'], 'needs at least one day of history');
  const days = history.map((record, index) => {
    if (!Number.isFinite(record.quantity) || record.quantity < 0) {
      throw invalidInput(
        ['history', index, 'quantity'],
        `must be a non-negative number, got ${record.quantity}`,
      );
    }
    return dayNumber(record.date);
  });
  const first = Math.min(...days);
  const last = Math.max(...days);
  const values = new Array<number>(last - first + 1).fill(0);
  history.forEach((record, index) => {
    const offset = (days[index] as number) - first;
    values[offset] = (values[offset] ?? 0) + record.quantity;
  });
  const promotion = values.map(() => false);
  for (const date of promotionDates) {
    const offset = dayNumber(date) - first;
    if (offset >= 0 && offset < promotion.length) promotion[offset] = true;
  }
  return { start: dateOfDay(first), values, promotion };
}
