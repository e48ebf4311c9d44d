import { type AfterSaleSlaAlert, afterSaleSlaAlerts } from '../aftersales/after-sale-deadlines';
import { OmsError } from '../errors/oms-error';
import type { DeskContext } from './after-sales-desk-context';

const page = 500;

/**
 * SLA alerts over every open case (read page by page with `listOpen`) at `nowMs`, with the desk's
 * policy: deadlines within the warning hours or passed, most urgent first.
 *
 * @throws OmsError `unsupported` when the case store has no `listOpen`.
 */
export async function afterSaleDeskAlerts(context: DeskContext, nowMs: number): Promise<AfterSaleSlaAlert[]> {
  const listOpen = context.cases.listOpen?.bind(context.cases);
  if (listOpen === undefined)
    throw new OmsError(
      'unsupported',
      'stores.afterSaleCases.listOpen: this case store cannot list open cases, so SLA alerts cannot be raised',
      { path: ['stores', 'afterSaleCases', 'listOpen'] },
    );
  const alerts: AfterSaleSlaAlert[] = [];
  let after: string | undefined;
  for (;;) {
    const rows = await listOpen(after === undefined ? { limit: page } : { limit: page, after });
    // Alerts page by page, so only the alerts are held, not every open case.
    alerts.push(
      ...afterSaleSlaAlerts(
        rows.map((row) => row.value),
        nowMs,
        context.policy,
      ),
    );
    const last = rows.at(-1);
    if (rows.length < page || last === undefined) break;
    after = last.value.afterSale.id;
  }
  return alerts.sort((a, b) => a.remainingMs - b.remainingMs);
}
