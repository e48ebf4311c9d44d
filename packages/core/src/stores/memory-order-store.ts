import type { OrderQuery, OrderStore, Revisioned } from '../contracts/stores';
import type { Order } from '../schema/order';
import { compareText, requireInstantMs, requirePositiveInteger } from './memory-checks';
import { createRevisionedRows } from './memory-revisioned-rows';

/** Raw access to the in-memory order rows, bypassing the store's logic (for conformance tests). */
export interface MemoryOrderRaw {
  /** The stored order and its revision, copied, or undefined. */
  readOrderRow: (orderId: string) => { order: Order; revision: number } | undefined;
}

/** The in-memory {@link OrderStore}, with raw access to its rows. */
export interface MemoryOrderStore extends OrderStore {
  /** Reads the stored rows directly. */
  readonly raw: MemoryOrderRaw;
}

const defaultLimit = 100;

/**
 * Creates an in-memory {@link OrderStore}: a map of deep copies with compare-and-set writes. Ids
 * sort by UTF-16 code unit; `status: []` matches nothing; `modifiedSince` compares instants.
 */
export function createMemoryOrderStore(): MemoryOrderStore {
  const table = createRevisionedRows<Order>();
  return {
    specificationVersion: 'v1',
    get: (orderId) => table.get(orderId),
    put: (order, expectedRevision) => table.put(order.id, order, expectedRevision),
    list: (query = {}) => listOrders(table.values(), query),
    raw: {
      readOrderRow(orderId) {
        const row = table.rows.get(orderId);
        return row === undefined ? undefined : { order: structuredClone(row.value), revision: row.revision };
      },
    },
  };
}

function listOrders(rows: Revisioned<Order>[], query: OrderQuery): Revisioned<Order>[] {
  const limit = query.limit === undefined ? defaultLimit : requirePositiveInteger(query.limit, ['limit']);
  const since =
    query.modifiedSince === undefined ? undefined : requireInstantMs(query.modifiedSince, ['modifiedSince']);
  const statuses = query.status === undefined ? undefined : new Set(query.status);
  const { after, channel, shopId } = query;
  return rows
    .filter(({ value: order }) => {
      if (channel !== undefined && order.channel !== channel) return false;
      if (shopId !== undefined && order.shopId !== shopId) return false;
      if (statuses !== undefined && !statuses.has(order.status)) return false;
      if (since !== undefined && Date.parse(order.platformModifiedAt) < since) return false;
      return after === undefined || compareText(order.id, after) > 0;
    })
    .sort((a, b) => compareText(a.value.id, b.value.id))
    .slice(0, limit);
}
