import type { DomainEnv } from '../contracts/common';
import type { IsoInstant } from '../schema/time';
import { type BinLocation, parseBinCode } from './bin-location';

/** One line to pick, as routing and reservation left it. */
export interface PickRequest {
  readonly orderId: string;
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly warehouseId: string;
  /** The bin holding the SKU (`A-03-12-2`). */
  readonly binCode: string;
  /** The reservation the units come from. */
  readonly reservationId?: string;
  readonly carrierCode?: string;
  /** The carrier's last collection time for this parcel (cut-off). */
  readonly cutoffAt?: IsoInstant;
}

/** A pick task: one SKU from one bin for one order line, with a unique id. */
export interface PickTask extends PickRequest {
  readonly id: string;
  readonly location: BinLocation;
}

/** Tasks made, and requests that could not become tasks with the reason. */
export interface CreatePickTasksResult {
  readonly tasks: PickTask[];
  readonly rejected: {
    readonly request: PickRequest;
    readonly reason: 'invalid_bin_code' | 'invalid_quantity';
  }[];
}

/**
 * Turns pick requests into tasks, each with an id from `env.ids` (prefix `pick`) and its bin's
 * parsed location. Requests with an unreadable bin code or a quantity that is not a positive
 * integer are returned as rejected, in input order.
 */
export function createPickTasks(requests: readonly PickRequest[], env: DomainEnv): CreatePickTasksResult {
  const tasks: PickTask[] = [];
  const rejected: CreatePickTasksResult['rejected'][number][] = [];
  for (const request of requests) {
    if (!Number.isSafeInteger(request.quantity) || request.quantity < 1) {
      rejected.push({ request, reason: 'invalid_quantity' });
      continue;
    }
    const parsed = parseBinCode(request.binCode);
    if (!parsed.ok) {
      rejected.push({ request, reason: 'invalid_bin_code' });
      continue;
    }
    tasks.push({ ...request, id: env.ids.next('pick'), location: parsed.location });
  }
  return { tasks, rejected };
}
