import { z } from 'zod';
import { carrierKpiSchema } from '../shipping/carrier-score';
import { rateCardSchema } from '../shipping/rate-card';
import { ruleSetSchema } from './rule-set';

const id = z.string().min(1);
const fen = z.number().int().nonnegative();

/** A warehouse as routing sees it. */
export const routingWarehouseSchema = z.strictObject({
  id,
  /** GB/T 2260 code of its province (or city, district). */
  provinceCode: z.string().regex(/^\d{6}$/),
  name: z.string().optional(),
  /** What it can handle (`cold_chain`, `battery`, `oversize`). */
  capabilities: z.array(z.string()).default([]),
  /** Carrier codes it has contracts with. */
  carriers: z.array(z.string()).default([]),
  /** Parcels it can ship per day (for reports). */
  dailyCapacity: z.number().int().nonnegative().optional(),
  /** Parcels it can still ship today; unlimited when absent. A hard constraint. */
  remainingCapacity: z.number().int().nonnegative().optional(),
  /** Set for a supplier's own warehouse: it ships only that supplier's SKUs (drop-ship). */
  supplierId: z.string().optional(),
  /** Hours from routing to hand-over to the carrier; default 12. */
  handlingHours: z.number().nonnegative().default(12),
});

/** A routing warehouse, defaults applied. */
export type RoutingWarehouse = z.output<typeof routingWarehouseSchema>;

/** Units of a SKU available in a warehouse (a snapshot of the inventory pool). */
export const stockRowSchema = z.strictObject({
  sku: id,
  warehouseId: id,
  available: z.number().int().nonnegative(),
});

/** A stock row. */
export type StockRow = z.output<typeof stockRowSchema>;

/** A SKU as routing sees it: weight, volume, tags and owner. */
export const routingSkuSchema = z.strictObject({
  sku: id,
  unitWeightGrams: z.number().nonnegative(),
  /** Volume of one unit in cm³. */
  volumeCm3: z.number().nonnegative().default(0),
  /** Catalogue tags (`cold_chain`, `battery`, `oversize`, `gift`). */
  tags: z.array(z.string()).default([]),
  /** The supplier that owns and ships it, for drop-ship. */
  ownerSupplierId: z.string().optional(),
});

/** A catalogue entry. */
export type RoutingSku = z.output<typeof routingSkuSchema>;

/**
 * The costs a plan is charged beyond carrier prices, in fen: each parcel beyond the first
 * (packing, handling), a parcel that misses the promised ship-by time or delivery time, and a
 * line left unserved (what the batch weighs serving one more line against).
 */
export const routingCostsSchema = z.strictObject({
  extraParcelFen: fen.default(0),
  lateShipPenaltyFen: fen.default(0),
  lateDeliveryPenaltyFen: fen.default(0),
  unfulfilledLinePenaltyFen: fen.default(1_000_000),
});

/** Cost settings. */
export type RoutingCosts = z.output<typeof routingCostsSchema>;

/**
 * Everything routing reads, as plain serialisable data: the rule set, the warehouse network,
 * a stock snapshot, the catalogue, rate cards, optional carrier KPIs, costs and the time.
 */
export const routingContextSchema = z.strictObject({
  ruleSet: ruleSetSchema,
  warehouses: z.array(routingWarehouseSchema).min(1),
  stock: z.array(stockRowSchema),
  skus: z.array(routingSkuSchema),
  rateCards: z.array(rateCardSchema).min(1),
  carrierKpis: z.record(z.string(), carrierKpiSchema).default({}),
  costs: routingCostsSchema.default({
    extraParcelFen: 0,
    lateShipPenaltyFen: 0,
    lateDeliveryPenaltyFen: 0,
    unfulfilledLinePenaltyFen: 1_000_000,
  }),
  /** SKU tags that require the same warehouse capability. */
  capabilityTags: z.array(z.string()).max(30).default(['cold_chain', 'battery', 'oversize']),
  /** The time routing runs at (ISO 8601 UTC), for ship-by checks. */
  now: z.iso.datetime({ offset: false }).optional(),
});

/** A routing context as hosts write it (defaults optional). */
export type RoutingContext = z.input<typeof routingContextSchema>;

/** A validated routing context, defaults applied. */
export type ParsedRoutingContext = z.output<typeof routingContextSchema>;

/**
 * The order facts routing reads. A unified `Order` satisfies it; ERP hosts can pass just these.
 * `deliverWithinDays` is the delivery promise, when the channel made one.
 */
export interface RoutableOrder {
  readonly id: string;
  readonly channel: string;
  readonly shopId: string;
  readonly receiver: {
    readonly province: string;
    readonly provinceCode?: string | undefined;
    readonly city?: string | undefined;
    readonly cityCode?: string | undefined;
    readonly district?: string | undefined;
    readonly districtCode?: string | undefined;
  };
  readonly lines: readonly {
    readonly lineId: string;
    readonly sellerSku: string;
    readonly quantity: number;
  }[];
  readonly totals?: { readonly paid: { readonly amount: number } } | undefined;
  readonly presale?: boolean | undefined;
  readonly cod?: boolean | undefined;
  readonly shipBy?: string | undefined;
  readonly tags?: readonly string[] | undefined;
  readonly deliverWithinDays?: number | undefined;
}
