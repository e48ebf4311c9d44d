import { z } from 'zod';
import { idSchema, instantSchema } from './common';
import { moneySchema } from './money';

/**
 * Unified carrier codes (the codes omskit uses between adapters); each channel adapter maps
 * them to its platform's codes. Hosts may use other strings for carriers not listed.
 */
export const knownCarrierCodes = [
  'SF',
  'ZTO',
  'YTO',
  'STO',
  'YUNDA',
  'JTSD',
  'EMS',
  'POSTB',
  'JD',
  'DBL',
  'BEST',
  'ZJS',
] as const;

/** A carrier's unified code (`SF`, `ZTO`, ...). */
export const carrierCodeSchema = z.string().min(1);

/** The physical size and weight of a parcel. */
export const parcelDimensionsSchema = z.object({
  weightGrams: z.number().nonnegative(),
  lengthCm: z.number().nonnegative().optional(),
  widthCm: z.number().nonnegative().optional(),
  heightCm: z.number().nonnegative().optional(),
});

/** Parcel weight and size. */
export type ParcelDimensions = z.infer<typeof parcelDimensionsSchema>;

/** Which units of which order line travel in a parcel. */
export const shipmentLineSchema = z.object({
  lineId: idSchema,
  quantity: z.number().int().positive(),
});

/** A line reference with a quantity. */
export type ShipmentLine = z.infer<typeof shipmentLineSchema>;

/** Where a shipment stands. */
export const shipmentStatusSchema = z.enum([
  'created',
  'packed',
  'shipped',
  'in_transit',
  'delivered',
  'failed_delivery',
  'returned',
  'exception',
  'cancelled',
]);

/** A shipment status. */
export type ShipmentStatus = z.infer<typeof shipmentStatusSchema>;

/** One parcel of an order: the carrier, the waybill and the lines inside. */
export const shipmentSchema = z.object({
  id: idSchema,
  orderId: idSchema,
  warehouseId: z.string().optional(),
  carrierCode: carrierCodeSchema,
  trackingNumber: z.string().min(1),
  lines: z.array(shipmentLineSchema).min(1),
  status: shipmentStatusSchema,
  parcel: parcelDimensionsSchema.optional(),
  shippingCost: moneySchema.optional(),
  createdAt: instantSchema,
  shippedAt: instantSchema.optional(),
  deliveredAt: instantSchema.optional(),
});

/** A unified shipment (one parcel). */
export type Shipment = z.infer<typeof shipmentSchema>;
