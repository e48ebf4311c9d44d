import { z } from 'zod';
import { channelSchema, idSchema, instantSchema, platformDataSchema } from './common';
import { moneySchema } from './money';

/** The kinds of after-sale omskit handles. */
export const afterSaleTypeSchema = z.enum([
  /** Refund only, before the parcel left (仅退款, 未发货). */
  'refund_only_unshipped',
  /** Refund only, after shipment (仅退款, 已发货). */
  'refund_only_shipped',
  /** Return the goods, then refund (退货退款). */
  'return_refund',
  /** Exchange for another unit (换货). */
  'exchange',
  /** Send missing items again (补寄). */
  'reship',
  /** Repair (维修). */
  'repair',
  /** Price protection: refund a price difference (价保). */
  'price_protection',
  /** Intercept a parcel in transit (拦截). */
  'intercept',
]);

/** An after-sale type. */
export type AfterSaleType = z.infer<typeof afterSaleTypeSchema>;

/** The unified after-sale states; the after-sales transition table moves between them. */
export const afterSaleStatusSchema = z.enum([
  'requested',
  'auto_checked',
  'approved',
  'refused',
  'awaiting_return',
  'return_in_transit',
  'received',
  'inspected',
  'refund_pending',
  'refunded',
  'exchange_shipped',
  'closed',
]);

/** An after-sale status. */
export type AfterSaleStatus = z.infer<typeof afterSaleStatusSchema>;

/** Which units of which line an after-sale covers, and the money asked for them. */
export const afterSaleLineSchema = z.object({
  /** The order line; see `skuId` when the platform does not name the line. */
  lineId: idSchema,
  quantity: z.number().int().nonnegative(),
  refundAmount: moneySchema,
  /**
   * The platform's SKU id, when the platform names the SKU rather than the order line (PDD's
   * refunds): the after-sales desk then finds the order line with this `skuId`.
   */
  skuId: z.string().optional(),
});

/** A line of an after-sale. */
export type AfterSaleLine = z.infer<typeof afterSaleLineSchema>;

/** A unified after-sale (refund, return, exchange, ...). */
export const afterSaleSchema = z.object({
  /** omskit's id: `<channel>:<shopId>:as:<platformAfterSaleId>`. */
  id: idSchema,
  channel: channelSchema,
  shopId: idSchema,
  /** The platform's refund / after-sale id. */
  platformAfterSaleId: idSchema,
  /** omskit id of the order it belongs to. */
  orderId: idSchema,
  /** The platform's order id. */
  platformOrderId: idSchema,
  type: afterSaleTypeSchema,
  status: afterSaleStatusSchema,
  /** The platform's status verbatim. */
  platformStatus: z.string(),
  /** The lines and amounts asked for. */
  lines: z.array(afterSaleLineSchema),
  /** Total refund asked for (goods plus any shipping refund). */
  refundAmount: moneySchema,
  /** The buyer's reason, as text. */
  reason: z.string().optional(),
  /** Whether the buyer says the goods were received. */
  goodsReceived: z.boolean().optional(),
  /** Tracking number of the buyer's return parcel. */
  returnTrackingNumber: z.string().optional(),
  createdAt: instantSchema,
  platformModifiedAt: instantSchema,
  /** When the platform will decide by itself if the seller does not answer. */
  respondBy: instantSchema.optional(),
  platformData: platformDataSchema.default({}),
});

/** A unified after-sale. */
export type AfterSale = z.infer<typeof afterSaleSchema>;

/** The omskit id of an after-sale. */
export function afterSaleKey(channel: string, shopId: string, platformAfterSaleId: string): string {
  return `${channel}:${shopId}:as:${platformAfterSaleId}`;
}
