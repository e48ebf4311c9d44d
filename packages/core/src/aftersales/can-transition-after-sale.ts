import type { AfterSaleStatus, AfterSaleType } from '../schema/after-sale';
import type { AfterSaleEventType } from './after-sale-event';
import { type AfterSaleTarget, afterSaleTransitions } from './after-sale-transitions';

/** Where `event` leads an after-sale of `type` in `status`, with its effects; undefined when not allowed. */
export function afterSaleTarget(
  type: AfterSaleType,
  status: AfterSaleStatus,
  event: AfterSaleEventType,
): AfterSaleTarget | undefined {
  return afterSaleTransitions[type][status]?.[event];
}

/** True when the table allows `event` for an after-sale of `type` in `status`. Does nothing else. */
export function canTransitionAfterSale(
  afterSale: { readonly type: AfterSaleType; readonly status: AfterSaleStatus },
  event: AfterSaleEventType | { readonly type: AfterSaleEventType },
): boolean {
  const eventType = typeof event === 'string' ? event : event.type;
  return afterSaleTarget(afterSale.type, afterSale.status, eventType) !== undefined;
}

/** The events the table allows for an after-sale of `type` in `status`, in table order. */
export function allowedAfterSaleEvents(type: AfterSaleType, status: AfterSaleStatus): AfterSaleEventType[] {
  return Object.keys(afterSaleTransitions[type][status] ?? {}) as AfterSaleEventType[];
}
