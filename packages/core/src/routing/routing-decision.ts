import type { ShippingZone } from '../region';
import type { RoutingStrategy } from './rule-set';

/** Units of one order line in a parcel. */
export interface ParcelLine {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
  /** Where the units come from when they are transferred in (调拨) rather than on the shelf. */
  readonly stockWarehouseId?: string;
}

/** A parcel of a routing decision. Money in integer fen. */
export interface RoutedParcel {
  /** The warehouse that ships it. */
  readonly warehouseId: string;
  /** The transfer source (调拨) when some of its lines are transferred in first. */
  readonly stockWarehouseId?: string;
  readonly carrierCode: string;
  readonly lines: readonly ParcelLine[];
  readonly zone: ShippingZone;
  readonly chargeableWeightGrams: number;
  /** Carrier price plus surcharge, transfer cost and penalties, in fen. */
  readonly cost: number;
  /** The part of `cost` that is penalties for missed promises, in fen. */
  readonly penalty: number;
  /** Days from now to delivery: handling, transfer and the carrier's promise. */
  readonly promisedDays: number;
  /** Which promises it misses. */
  readonly misses: readonly ('ship_by' | 'delivery')[];
}

/** Why a line cannot be served, as data. */
export type UnfulfillableReason =
  | { readonly code: 'unknown_sku'; readonly detail: string }
  | { readonly code: 'unknown_destination'; readonly detail: string }
  | { readonly code: 'no_candidate_warehouse'; readonly detail: string }
  | { readonly code: 'no_capable_warehouse'; readonly capability: string; readonly detail: string }
  | {
      readonly code: 'insufficient_stock';
      readonly requested: number;
      /** The most units any capable candidate had. */
      readonly bestAvailable: number;
      readonly detail: string;
    }
  | { readonly code: 'over_capacity'; readonly detail: string }
  | { readonly code: 'no_carrier'; readonly detail: string }
  | { readonly code: 'too_costly'; readonly detail: string }
  | { readonly code: 'held_for_review'; readonly ruleId: string; readonly detail: string };

/** A line that is not in any parcel, with the reason. */
export interface UnfulfillableLine {
  readonly lineId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly reason: UnfulfillableReason;
}

/** Why a candidate warehouse was not used (or not used for everything). */
export type RejectionCode =
  | 'no_stock'
  | 'lacks_capability'
  | 'over_capacity'
  | 'carrier_not_contracted'
  | 'excluded_by_rule'
  | 'not_owner'
  | 'more_expensive'
  | 'lower_priority'
  | 'farther';

/** One reason against a candidate. `costDelta` is in fen, against the chosen plan. */
export interface CandidateRejection {
  readonly code: RejectionCode;
  readonly sku?: string;
  readonly detail: string;
  readonly costDelta?: number;
}

/** A warehouse the decision considered. */
export interface CandidateExplanation {
  readonly warehouseId: string;
  readonly stockWarehouseId?: string;
  /** Position in the rule's candidate list (0 first); -1 when the rule left it out. */
  readonly rank: number;
  /** True when some parcel ships from it. */
  readonly accepted: boolean;
  /** Cost of shipping the whole order from it alone, when it could, in fen. */
  readonly cost?: number;
  readonly rejections: readonly CandidateRejection[];
}

/** Why a carrier was or was not chosen for a parcel. */
export type CarrierRejectionCode =
  | 'not_contracted'
  | 'excluded_by_rule'
  | 'no_lane'
  | 'over_max_weight'
  | 'refuses_tag'
  | 'higher_score';

/** A carrier considered for one parcel. */
export interface CarrierExplanation {
  readonly warehouseId: string;
  readonly carrierCode: string;
  readonly accepted: boolean;
  /** Landed cost with this carrier, in fen. */
  readonly cost?: number;
  readonly promisedDays?: number;
  /** Weighted score (lower wins). */
  readonly score?: number;
  readonly rejection?: { readonly code: CarrierRejectionCode; readonly detail: string };
}

/** Why an order was split into several parcels. */
export type SplitReason = 'drop_ship' | 'capability_mismatch' | 'stock_spread' | 'cheaper_split';

/** The explanation of a decision, as data. */
export interface RoutingExplanation {
  readonly ruleSetVersion: string;
  /** The rule that matched; absent when the fallback applied. */
  readonly ruleId?: string;
  readonly strategy: RoutingStrategy;
  readonly destinationProvinceCode?: string;
  readonly candidates: readonly CandidateExplanation[];
  readonly carriers: readonly CarrierExplanation[];
  readonly split?: { readonly reason: SplitReason; readonly detail: string };
}

/** Where an order stands after routing. */
export type RoutingStatus = 'routed' | 'partially_routed' | 'unfulfillable' | 'hold';

/** The routing decision for one order: plain data. */
export interface RoutingDecision {
  readonly orderId: string;
  readonly status: RoutingStatus;
  readonly parcels: readonly RoutedParcel[];
  readonly unfulfillable: readonly UnfulfillableLine[];
  /** Sum of parcel costs plus the extra-parcel cost of each parcel beyond the first, in fen. */
  readonly totalCost: number;
  readonly explanation: RoutingExplanation;
}
