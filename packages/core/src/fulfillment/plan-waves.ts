import type { DomainEnv } from '../contracts/common';
import type { IsoInstant } from '../schema/time';
import { type PickPath, planPickPath } from './pick-path';
import type { PickTask } from './pick-task';
import type { WarehouseLayout } from './warehouse-layout';

/** How waves are cut. */
export interface WavePlanOptions {
  /** Most orders in one wave (default 20): a picker's cart. */
  readonly maxOrdersPerWave?: number;
  /** Most tasks in one wave (default 80); an order's tasks in a zone are never split across waves. */
  readonly maxTasksPerWave?: number;
  /** The layout of a warehouse zone; when given, each wave gets its pick path. */
  readonly layoutOf?: (warehouseId: string, zone: string) => WarehouseLayout | undefined;
}

/** A wave: tasks of one warehouse, one zone and one carrier cut-off, picked together. */
export interface PickWave {
  readonly id: string;
  readonly warehouseId: string;
  readonly zone: string;
  /** The cut-off the wave works to; undefined for tasks without one. */
  readonly cutoffAt?: IsoInstant;
  readonly orderIds: string[];
  /** Tasks in walking order when a layout was given, else grouped by order. */
  readonly tasks: PickTask[];
  readonly path?: PickPath<PickTask>;
}

const groupKey = (task: PickTask) =>
  JSON.stringify([task.warehouseId, task.cutoffAt ?? '', task.location.zone]);

/**
 * Groups tasks into waves by warehouse, carrier cut-off and zone, earliest cut-off first (tasks
 * without one last), then cuts each group into waves of at most `maxOrdersPerWave` orders and
 * `maxTasksPerWave` tasks, keeping an order's tasks together (an order with more tasks than the
 * limit gets a wave of its own). Wave ids come from `env.ids` (prefix `wave`). Pure.
 */
export function planWaves(
  tasks: readonly PickTask[],
  env: DomainEnv,
  options: WavePlanOptions = {},
): PickWave[] {
  const maxOrders = options.maxOrdersPerWave ?? 20;
  const maxTasks = options.maxTasksPerWave ?? 80;
  const groups = new Map<string, PickTask[]>();
  for (const task of tasks) {
    const key = groupKey(task);
    groups.set(key, [...(groups.get(key) ?? []), task]);
  }
  const ordered = [...groups.values()].sort((a, b) => {
    const [x, y] = [a[0] as PickTask, b[0] as PickTask];
    const cutoff = (task: PickTask) =>
      task.cutoffAt === undefined ? Number.POSITIVE_INFINITY : Date.parse(task.cutoffAt);
    return (
      cutoff(x) - cutoff(y) ||
      x.warehouseId.localeCompare(y.warehouseId) ||
      x.location.zone.localeCompare(y.location.zone)
    );
  });
  const waves: PickWave[] = [];
  for (const group of ordered) {
    const byOrder = new Map<string, PickTask[]>();
    for (const task of group) byOrder.set(task.orderId, [...(byOrder.get(task.orderId) ?? []), task]);
    let batch: PickTask[][] = [];
    const flush = () => {
      if (batch.length === 0) return;
      waves.push(makeWave(batch, env, options));
      batch = [];
    };
    for (const orderTasks of byOrder.values()) {
      const size = batch.reduce((sum, one) => sum + one.length, 0);
      if (batch.length >= maxOrders || size + orderTasks.length > maxTasks) flush();
      batch.push(orderTasks);
    }
    flush();
  }
  return waves;
}

function makeWave(batch: readonly PickTask[][], env: DomainEnv, options: WavePlanOptions): PickWave {
  const tasks = batch.flat();
  const first = tasks[0] as PickTask;
  const layout = options.layoutOf?.(first.warehouseId, first.location.zone);
  const path = layout === undefined ? undefined : planPickPath(tasks, layout);
  return {
    id: env.ids.next('wave'),
    warehouseId: first.warehouseId,
    zone: first.location.zone,
    ...(first.cutoffAt === undefined ? {} : { cutoffAt: first.cutoffAt }),
    orderIds: batch.map((orderTasks) => (orderTasks[0] as PickTask).orderId),
    tasks: path === undefined ? tasks : path.items,
    ...(path === undefined ? {} : { path }),
  };
}
