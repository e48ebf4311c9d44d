import { z } from 'zod';
import { addressSchema } from './address';
import { channelSchema, idSchema, instantSchema, platformDataSchema } from './common';
import { moneySchema } from './money';

/**
 * The unified order lifecycle. Platform statuses map onto these; the transition table in the
 * `order` module says which moves are allowed.
 *
 * - `pending_payment`: placed, not paid.
 * - `deposit_paid`: presale deposit paid, final payment outstanding.
 * - `paid`: paid, nothing shipped yet (the state in which fulfilment works).
 * - `partially_shipped`: some lines or parcels shipped.
 * - `shipped`: everything shipped.
 * - `delivered`: the buyer signed for it (or the carrier reported delivery).
 * - `completed`: the buyer confirmed or the platform finished the trade.
 * - `cancelled`: closed before payment (by the buyer, the seller or the platform).
 * - `closed`: closed after payment, typically because everything was refunded.
 */
export const orderStatusSchema = z.enum([
  'pending_payment',
  'deposit_paid',
  'paid',
  'partially_shipped',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'closed',
]);

/** A unified order status. */
export type OrderStatus = z.infer<typeof orderStatusSchema>;

/** Where a line stands with refunds. */
export const lineRefundStatusSchema = z.enum(['none', 'in_progress', 'refused', 'refunded', 'closed']);

/** A line's refund state. */
export type LineRefundStatus = z.infer<typeof lineRefundStatusSchema>;

/** One line of an order: one SKU with its quantity and money. */
export const orderLineSchema = z.object({
  /** Unique within the order: the platform's line id, or `<platformOrderId>-<n>` where it has none. */
  lineId: idSchema,
  /** The platform's product id. */
  productId: z.string().optional(),
  /** The platform's SKU id. */
  skuId: z.string().optional(),
  /**
   * The seller's own SKU code (`outer_sku_id`, 商家编码): the key into the inventory pool.
   * Empty when the seller never set one (a mapping warning says so).
   */
  sellerSku: z.string(),
  /** Product title as sold. */
  title: z.string(),
  /** SKU properties as text (`颜色:红;尺码:M`). */
  skuProperties: z.string().optional(),
  /** Units ordered. */
  quantity: z.number().int().positive(),
  /** List price per unit. */
  unitPrice: moneySchema,
  /** unitPrice x quantity before discounts. */
  amount: moneySchema,
  /** Discounts apportioned to this line (positive = reduction). */
  discount: moneySchema,
  /** What the buyer paid for this line after apportioned discounts (excluding shipping). */
  paid: moneySchema,
  /** Units already shipped. */
  shippedQuantity: z.number().int().nonnegative().default(0),
  /** Units refunded (or returned and refunded). */
  refundedQuantity: z.number().int().nonnegative().default(0),
  /** Money refunded for this line. */
  refundedAmount: moneySchema.optional(),
  /** Refund state of this line as the platform reports it. */
  refundStatus: lineRefundStatusSchema.default('none'),
  /** True for presale lines that may not ship before the presale date. */
  presale: z.boolean().default(false),
  /** Weight of one unit in grams, when the platform or the host knows it. */
  unitWeightGrams: z.number().nonnegative().optional(),
  /** The platform's line status verbatim, when lines have their own. */
  platformStatus: z.string().optional(),
});

/** A unified order line. */
export type OrderLine = z.infer<typeof orderLineSchema>;

/** The money summary of an order; every field in the same currency. */
export const orderTotalsSchema = z.object({
  /** Sum of line amounts before discounts. */
  goods: moneySchema,
  /** Shipping fee charged to the buyer. */
  shipping: moneySchema,
  /** Total discount (positive = reduction). */
  discount: moneySchema,
  /** What the buyer paid (goods - discount + shipping). */
  paid: moneySchema,
});

/** Order money totals. */
export type OrderTotals = z.infer<typeof orderTotalsSchema>;

/** A unified order, the same shape whichever platform it came from. */
export const orderSchema = z.object({
  /** omskit's id: `<channel>:<shopId>:<platformOrderId>` (see `orderKey`). */
  id: idSchema,
  /** The channel (`taobao`, `jd`, `pdd`, `douyin`, ...). */
  channel: channelSchema,
  /** The shop within the channel, as the host registered it. */
  shopId: idSchema,
  /** The platform's order id (`tid`, `orderId`, `order_sn`, shop `order_id`). */
  platformOrderId: idSchema,
  /** Unified lifecycle status. */
  status: orderStatusSchema,
  /** The platform's status verbatim (`WAIT_SELLER_SEND_GOODS`). */
  platformStatus: z.string(),
  /** When the buyer placed it. */
  createdAt: instantSchema,
  /** When it was paid (final payment for presale). */
  paidAt: instantSchema.optional(),
  /** When the platform says it shipped. */
  shippedAt: instantSchema.optional(),
  /** When it was finished or closed. */
  endedAt: instantSchema.optional(),
  /** The platform's last-modified time: the version used for monotonic upserts. */
  platformModifiedAt: instantSchema,
  /** The latest time by which the seller promised to ship, when known. */
  shipBy: instantSchema.optional(),
  /** An opaque buyer token (open uid, masked nick); never the buyer's real identity. */
  buyerToken: z.string().optional(),
  /** The receiver (masked PII plus tokens). */
  receiver: addressSchema,
  /** The lines. */
  lines: z.array(orderLineSchema).min(1),
  /** Money totals. */
  totals: orderTotalsSchema,
  /** 买家留言. */
  buyerMessage: z.string().optional(),
  /** 卖家备注. */
  sellerMemo: z.string().optional(),
  /** Seller flag colour number as the platform numbers it. */
  sellerFlag: z.number().int().optional(),
  /** Presale order (some lines wait for a presale date). */
  presale: z.boolean().default(false),
  /** Cash on delivery. */
  cod: z.boolean().default(false),
  /**
   * The platform forbids shipping for now (Taobao `PAID_FORBID_CONSIGN`, group buys not yet
   * formed). Holds read this flag.
   */
  shipBlocked: z.boolean().default(false),
  /** Free-form tags from the platform or the host (`vip`, `gift`). */
  tags: z.array(z.string()).default([]),
  /** Platform-only fields, keyed by platform. */
  platformData: platformDataSchema.default({}),
});

/** A unified order. */
export type Order = z.infer<typeof orderSchema>;

/** The omskit id of an order from its channel, shop and platform id. */
export function orderKey(channel: string, shopId: string, platformOrderId: string): string {
  return `${channel}:${shopId}:${platformOrderId}`;
}
