import type { ShippingZone } from '../region';
import { listProvinces } from '../region/provinces';
import { shippingZoneBetween, shippingZones } from '../region/shipping-zone-between';
import { resolveLane } from '../shipping/quote-parcel';
import type { RateCard } from '../shipping/rate-card';

/**
 * Rate-card terms for every (destination province, warehouse, carrier), flattened into typed
 * arrays so that pricing a parcel in the routing hot loop reads numbers, not objects.
 * Index: `(province * warehouseCount + warehouse) * carrierCount + carrier`.
 */
export interface LaneTable {
  readonly provinceIndex: ReadonlyMap<string, number>;
  readonly served: Uint8Array;
  readonly firstWeight: Float64Array;
  readonly firstPrice: Float64Array;
  readonly stepGrams: Float64Array;
  readonly stepPrice: Float64Array;
  readonly surcharge: Float64Array;
  readonly days: Float64Array;
  /** Index into `shippingZones`. */
  readonly zone: Uint8Array;
  /** Zone of each (province, warehouse), carrier-independent: the default zone rules. */
  readonly plainZone: Uint8Array;
}

/** The rank of each shipping zone by distance, nearest first (for the `nearest` strategy). */
export const zoneDistance: Readonly<Record<ShippingZone, number>> = {
  same_province: 0,
  jiangzhehu: 1,
  adjacent: 2,
  same_region: 3,
  national: 4,
  remote: 5,
};

/** Builds the lane table of `cards` from each warehouse province to every province. */
export function buildLaneTable(originCodes: readonly string[], cards: readonly RateCard[]): LaneTable {
  const provinces = listProvinces();
  const size = provinces.length * originCodes.length * cards.length;
  const table: LaneTable = {
    provinceIndex: new Map(provinces.map((province, index) => [province.code as string, index])),
    served: new Uint8Array(size),
    firstWeight: new Float64Array(size),
    firstPrice: new Float64Array(size),
    stepGrams: new Float64Array(size),
    stepPrice: new Float64Array(size),
    surcharge: new Float64Array(size),
    days: new Float64Array(size),
    zone: new Uint8Array(size),
    plainZone: new Uint8Array(provinces.length * originCodes.length),
  };
  for (const [p, province] of provinces.entries()) {
    for (const [w, origin] of originCodes.entries()) {
      table.plainZone[p * originCodes.length + w] = shippingZones.indexOf(
        shippingZoneBetween(origin, province.code),
      );
      for (const [k, card] of cards.entries()) {
        const lane = resolveLane(card, origin, province.code);
        if (lane === undefined) continue;
        const at = (p * originCodes.length + w) * cards.length + k;
        table.served[at] = 1;
        table.firstWeight[at] = lane.price.firstWeightGrams;
        table.firstPrice[at] = lane.price.firstPriceFen;
        table.stepGrams[at] = lane.price.additionalStepGrams;
        table.stepPrice[at] = lane.price.additionalPriceFen;
        table.surcharge[at] = lane.surchargeFen;
        table.days[at] = lane.price.promisedDays;
        table.zone[at] = shippingZones.indexOf(lane.zone);
      }
    }
  }
  return table;
}
