// A minimal in-memory channel adapter for runtime tests (synthetic data, made here). The real
// adapters' mock platforms exercise HTTP; this one isolates the runtime's own logic.
import type {
  ChannelAdapter,
  ChannelMessage,
  ChannelOrderItem,
  ShipmentWriteBack,
} from '../../contracts/channel-adapter';
import { OmsError } from '../../errors/oms-error';
import type { Order } from '../../schema/order';
import { orderKey } from '../../schema/order';
import { buildTestOrder } from '../../testing/test-records';

export interface FakeChannel {
  adapter: ChannelAdapter;
  /** Creates or replaces an order with the given modified time. */
  put(shopId: string, platformOrderId: string, modifiedAt: string, overrides?: Partial<Order>): Order;
  /** Makes the next list call for an order return an unmappable payload. */
  breakOrder(platformOrderId: string): void;
  /** The next `count` list calls throw this error. */
  failNext(count: number, error: OmsError): void;
  /** Shipments written back, by platform order id. */
  shipped: Map<string, ShipmentWriteBack[]>;
  /** The next `count` ship calls throw this error. */
  failShip(count: number, error: OmsError): void;
  listCalls: number;
  getCalls: number;
}

export function createFakeChannel(options: { pageSize?: number; maxWindowMs?: number } = {}): FakeChannel {
  const pageSize = options.pageSize ?? 3;
  const orders = new Map<string, Order>();
  const broken = new Set<string>();
  const shipped = new Map<string, ShipmentWriteBack[]>();
  let listFailures: { count: number; error: OmsError } = { count: 0, error: new OmsError('network', 'x') };
  let shipFailures: { count: number; error: OmsError } = { count: 0, error: new OmsError('network', 'x') };

  const item = (order: Order): ChannelOrderItem =>
    broken.has(order.platformOrderId)
      ? {
          ok: false,
          platformOrderId: order.platformOrderId,
          error: new OmsError('invalid_input', 'payment: not a yuan amount', { path: ['payment'] }),
          raw: { tid: order.platformOrderId, payment: '1.234' },
        }
      : { ok: true, order, warnings: [] };

  const fake: FakeChannel = {
    shipped,
    listCalls: 0,
    getCalls: 0,
    put(shopId, platformOrderId, modifiedAt, overrides = {}) {
      const order = buildTestOrder({
        id: orderKey('fake', shopId, platformOrderId),
        channel: 'fake',
        shopId,
        platformOrderId,
        platformModifiedAt: modifiedAt,
        ...overrides,
      });
      orders.set(`${shopId}/${platformOrderId}`, order);
      return order;
    },
    breakOrder(platformOrderId) {
      broken.add(platformOrderId);
    },
    failNext(count, error) {
      listFailures = { count, error };
    },
    failShip(count, error) {
      shipFailures = { count, error };
    },
    adapter: {
      specificationVersion: 'v1',
      channel: 'fake',
      capabilities: {
        maxOrderWindowMs: options.maxWindowMs ?? 30 * 60 * 1000,
        maxOrdersPerWindow: 10_000,
        fetchesDetailsPerOrder: false,
        splitShipment: true,
        afterSales: false,
        afterSaleDecisions: [],
        push: true,
        messagePull: false,
        decryptReceiver: false,
      },
      async listOrders({ shopId, window, pageToken }) {
        fake.listCalls += 1;
        if (listFailures.count > 0) {
          listFailures.count -= 1;
          throw listFailures.error;
        }
        const from = Date.parse(window.from);
        const to = Date.parse(window.to);
        const inWindow = [...orders.values()]
          .filter((order) => order.shopId === shopId)
          .filter((order) => {
            const modified = Date.parse(order.platformModifiedAt);
            return modified >= from && modified < to;
          })
          .sort((a, b) => a.platformOrderId.localeCompare(b.platformOrderId));
        const offset = pageToken === undefined ? 0 : Number(pageToken);
        const slice = inWindow.slice(offset, offset + pageSize);
        const next = offset + pageSize < inWindow.length ? String(offset + pageSize) : undefined;
        return { items: slice.map(item), nextPageToken: next, total: inWindow.length };
      },
      async getOrder({ shopId, platformOrderId }) {
        fake.getCalls += 1;
        const order = orders.get(`${shopId}/${platformOrderId}`);
        if (order === undefined) throw new OmsError('not_found', `order ${platformOrderId} not found`);
        return item(order);
      },
      async ship({ platformOrderId, parcels }) {
        if (shipFailures.count > 0) {
          shipFailures.count -= 1;
          throw shipFailures.error;
        }
        shipped.set(platformOrderId, [...(shipped.get(platformOrderId) ?? []), ...parcels]);
      },
      async parsePush(request) {
        if (request.headers['x-sign'] !== 'ok') throw new OmsError('invalid_signature', 'bad push signature');
        const body = JSON.parse(request.body) as {
          id: string;
          topic: string;
          shopId: string;
          orderId: string;
        }[];
        const messages: ChannelMessage[] = body.map((entry) => ({
          messageId: entry.id,
          topic: entry.topic,
          kind:
            entry.topic === 'order'
              ? 'order-changed'
              : entry.topic === 'refund'
                ? 'after-sale-changed'
                : 'unknown',
          shopId: entry.shopId,
          platformOrderId: entry.orderId,
          raw: entry,
        }));
        return { messages, reply: { status: 200, body: '{"code":0}' } };
      },
      classifyError: () => undefined,
    },
  };
  return fake;
}
