import { z } from 'zod';
import { addressSchema } from './address';
import { afterSaleSchema } from './after-sale';
import { orderEventSchema } from './events';
import { inventoryItemSchema, reservationSchema } from './inventory';
import { moneySchema } from './money';
import { orderSchema } from './order';
import { shipmentSchema } from './shipment';

const exported = {
  Money: moneySchema,
  Address: addressSchema,
  Order: orderSchema,
  Shipment: shipmentSchema,
  AfterSale: afterSaleSchema,
  InventoryItem: inventoryItemSchema,
  Reservation: reservationSchema,
  OrderEvent: orderEventSchema,
} as const;

/** Names of the unified schemas available as JSON Schema. */
export type UnifiedSchemaName = keyof typeof exported;

/**
 * The unified schema as JSON Schema (draft 2020-12), for hosts that are not TypeScript.
 * `io: 'input'` describes what may be sent in (defaults optional); `'output'` what omskit returns.
 */
export function unifiedJsonSchema(
  name: UnifiedSchemaName,
  io: 'input' | 'output' = 'output',
): Record<string, unknown> {
  return z.toJSONSchema(exported[name], { io, unrepresentable: 'any' }) as Record<string, unknown>;
}

/** Every unified schema as JSON Schema, keyed by name. */
export function allUnifiedJsonSchemas(
  io: 'input' | 'output' = 'output',
): Record<UnifiedSchemaName, Record<string, unknown>> {
  const out = {} as Record<UnifiedSchemaName, Record<string, unknown>>;
  for (const name of Object.keys(exported) as UnifiedSchemaName[]) out[name] = unifiedJsonSchema(name, io);
  return out;
}
