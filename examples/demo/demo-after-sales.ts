/**
 * The demo's after-sales: omskit's after-sales desk pulls the Taobao shop's refunds every hour,
 * auto-approves small ones, and the demo plays the people around it: buyers ship returns back,
 * the warehouse receives and inspects them (resellable units go back into the pool), finance
 * pays, the refund is settled into the order and the case closes. Larger requests wait for the
 * seller, who approves them the next hour. Each approval and each confirmed return parcel goes
 * to Taobao through the adapter (taobao.rp.returngoods.agree, taobao.rp.refunds.agree); the buyer
 * then ships on the platform and the desk follows the refund there.
 */

import type { ChannelAdapter } from '@omskit/core';
import {
  type AfterSale,
  type AfterSaleCase,
  type AfterSaleEvent,
  type Clock,
  defaultAfterSalePolicy,
  type IdGenerator,
  type OmsStores,
} from '@omskit/core';
import {
  type AfterSalesDesk,
  createAfterSalesDesk,
  type EffectHandler,
  type ShopRegistration,
} from '@omskit/core/runtime';

/** The demo's after-sales figures. */
export interface DemoAfterSalesFigures {
  requested: number;
  autoApproved: number;
  approvedBySeller: number;
  closed: number;
  restockedUnits: number;
  refundedFen: number;
  /** Platform decisions parked for the seller console (a platform without a decision API). */
  decisionsForConsole: number;
}

/** The after-sales part of the demo. */
export interface DemoAfterSales {
  readonly desk: AfterSalesDesk;
  /** Outbox handlers: the desk's own plus the demo's buyer, warehouse and finance. */
  readonly effects: Readonly<Record<string, EffectHandler>>;
  /**
   * Remembers an order whose buyer asked for a refund or return, and the warehouse each line's
   * stock came from: a returned line goes back there, to the pool row it left.
   */
  track(orderId: string, warehouseByLine?: ReadonlyMap<string, string>): void;
  /** One hour of after-sales work: pull, then move every open case one step. */
  hour(): Promise<void>;
  figures(): DemoAfterSalesFigures;
}

/** Builds the demo's after-sales desk over the runtime's stores. */
export function createDemoAfterSales(options: {
  stores: OmsStores;
  channels: readonly ChannelAdapter[];
  shops: readonly ShopRegistration[];
  clock: Clock;
  ids: IdGenerator;
  /**
   * The buyer sends a return parcel on the platform (where the platform takes the seller's
   * decisions, the approval moved the refund there); false when the platform is not waiting.
   */
  sendReturn?: (afterSale: AfterSale, trackingNumber: string) => boolean;
}): DemoAfterSales {
  const figures: DemoAfterSalesFigures = {
    requested: 0,
    autoApproved: 0,
    approvedBySeller: 0,
    closed: 0,
    restockedUnits: 0,
    refundedFen: 0,
    decisionsForConsole: 0,
  };
  const done = async () => ({ ok: true });
  const desk = createAfterSalesDesk({
    ...options,
    workerId: 'demo-worker',
    // Auto-approve refunds and returns up to 300 yuan; above, the seller decides.
    policy: {
      ...defaultAfterSalePolicy,
      autoApproveMaxFen: 30_000,
      autoApproveTypes: ['refund_only_unshipped', 'return_refund', 'price_protection'],
    },
    handlers: { 'buyer.notify': done, 'warehouse.expect-return': done, 'finance.refund-ticket': done },
  });
  const orders = new Map<string, ReadonlyMap<string, string>>();
  const fallbackWarehouse = 'SZ-苏州';
  const seen = new Set<string>();

  /** The next events for a case, as the people around omskit would report them this hour. */
  /** Whether the platform takes the seller's return decisions (then it moves, and the desk follows). */
  const platformDecides = (afterSale: AfterSale) =>
    options.channels
      .find((adapter) => adapter.channel === afterSale.channel)
      ?.capabilities.afterSaleDecisions.includes('approve_return') === true;
  const nextEvents = (
    afterSaleCase: AfterSaleCase,
    warehouseByLine: ReadonlyMap<string, string>,
  ): AfterSaleEvent[] => {
    const { afterSale } = afterSaleCase;
    const tracking = `RT${afterSale.platformAfterSaleId}`;
    const first = afterSale.lines[0]?.lineId;
    const warehouseId = (first === undefined ? undefined : warehouseByLine.get(first)) ?? fallbackWarehouse;
    const lines = afterSale.lines.map((line) => ({ lineId: line.lineId, quantity: line.quantity }));
    switch (afterSale.status) {
      case 'auto_checked':
        return [{ type: 'approve', by: 'seller', reason: 'checked by the shop owner' }];
      case 'approved':
        if (afterSale.type !== 'return_refund') return [{ type: 'issue_refund' }];
        // The platform moves to awaiting the parcel once the approval reaches it; the desk follows.
        if (platformDecides(afterSale)) return [];
        return [
          { type: 'await_return', returnAddressId: 'SZ-returns' },
          { type: 'ship_return', trackingNumber: tracking },
        ];
      case 'awaiting_return':
        // The buyer ships on the platform, and the desk's next pull sees the tracking number.
        if (options.sendReturn?.(afterSale, tracking) === true) return [];
        return [{ type: 'ship_return', trackingNumber: tracking }];
      case 'return_in_transit':
        return [{ type: 'receive', warehouseId, lines }];
      case 'received':
        return [
          {
            type: 'inspect',
            warehouseId,
            lines: afterSale.lines.map((line) => ({
              lineId: line.lineId,
              sku: skuOf(line.lineId),
              resellable: line.quantity,
              damaged: 0,
            })),
          },
          { type: 'issue_refund' },
        ];
      case 'refund_pending':
        return [{ type: 'confirm_refund', paymentId: `alipay-${afterSale.platformAfterSaleId}` }];
      default:
        return [];
    }
  };
  const skus = new Map<string, string>();
  const skuOf = (lineId: string) => skus.get(lineId) ?? lineId;

  return {
    desk,
    effects: desk.effects,
    track: (orderId, warehouseByLine = new Map()) => orders.set(orderId, warehouseByLine),
    async hour() {
      for (const report of await desk.sync()) {
        if (report.status === 'failed') {
          throw new Error(`after-sales of ${report.channel}/${report.shopId}: ${report.error?.message}`);
        }
      }
      for (const [orderId, warehouseByLine] of orders) {
        const order = (await options.stores.orders.get(orderId))?.value;
        for (const line of order?.lines ?? []) skus.set(line.lineId, line.sellerSku);
        const rows = (await options.stores.afterSaleCases?.listByOrder(orderId)) ?? [];
        for (const { value } of rows) {
          const id = value.afterSale.id;
          if (!seen.has(id)) {
            seen.add(id);
            figures.requested += 1;
            if (value.decisions.some((decision) => decision.by === 'auto' && decision.verdict === 'approve'))
              figures.autoApproved += 1;
          }
          for (const event of nextEvents(value, warehouseByLine)) {
            if (event.type === 'approve') figures.approvedBySeller += 1;
            if (event.type === 'inspect')
              figures.restockedUnits += event.lines.reduce((sum, l) => sum + l.resellable, 0);
            await desk.apply(id, event);
          }
          const now = (await options.stores.afterSaleCases?.get(id))?.value;
          if (now?.afterSale.status === 'refunded' && now.settledAt === undefined) {
            await desk.settle(id);
            await desk.apply(id, { type: 'close' });
            figures.closed += 1;
            figures.refundedFen += now.afterSale.refundAmount.amount;
          }
        }
      }
    },
    figures: () => ({ ...figures }),
  };
}
