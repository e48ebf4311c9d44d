import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { orderStatusSchema } from './order';

/** The domain events an order change can emit (noun-verb). */
export const orderEventTypeSchema = z.enum([
  'order-created',
  'order-deposit-paid',
  'order-paid',
  'order-partially-shipped',
  'order-shipped',
  'order-delivered',
  'order-completed',
  'order-cancelled',
  'order-closed',
  'order-address-changed',
  'order-lines-changed',
  'order-refund-requested',
  'order-refund-settled',
  'order-memo-changed',
  'order-ship-block-changed',
  'order-updated',
]);

/** A domain event type. */
export type OrderEventType = z.infer<typeof orderEventTypeSchema>;

/** A domain event: something that happened to an order, as data. */
export const orderEventSchema = z.object({
  /** Unique event id. */
  id: idSchema,
  type: orderEventTypeSchema,
  orderId: idSchema,
  /** When omskit observed it. */
  at: instantSchema,
  /** Status before and after, when the status changed. */
  fromStatus: orderStatusSchema.optional(),
  toStatus: orderStatusSchema.optional(),
  /** Line ids concerned, when the event is about lines. */
  lineIds: z.array(z.string()).optional(),
});

/** An order domain event. */
export type OrderEvent = z.infer<typeof orderEventSchema>;
