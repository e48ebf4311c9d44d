import { shippingZones } from '../region/shipping-zone-between';
import { carrierScore } from '../shipping/carrier-score';
import type { CompiledCandidate } from './compile-rules';
import type { ParcelEvaluation } from './evaluate-parcel';
import { evaluateParcel, newParcelEvaluation } from './evaluate-parcel';
import { zoneDistance } from './lane-table';
import type { OrderAnalysis } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';
import type { RoutingWarehouse } from './routing-context';
import type {
  CandidateExplanation,
  CandidateRejection,
  CarrierExplanation,
  CarrierRejectionCode,
  SplitReason,
} from './routing-decision';
import type { OrderPlan } from './solve-plan';
import type { StockView } from './stock-view';

const scratch: ParcelEvaluation = newParcelEvaluation();
const higherScore = Object.freeze({ code: 'higher_score' as const, detail: 'another carrier scored better' });

function wholeOrderCost(analysis: OrderAnalysis, c: number): number | undefined {
  const table = analysis.table;
  if (table === undefined) return undefined;
  const cost = table.cost[c * table.masks + (table.masks - 1)] ?? Number.POSITIVE_INFINITY;
  return Number.isFinite(cost) ? cost : undefined;
}

function hasAnyCarrier(prepared: PreparedRouting, analysis: OrderAnalysis, ship: number): boolean {
  const K = prepared.cards.length;
  const W = prepared.warehouses.length;
  for (let k = 0; k < K; k++) {
    if (prepared.contracted[ship * K + k] === 0 || analysis.rule.carrierAllowed[k] === 0) continue;
    if (prepared.lanes.served[(analysis.province * W + ship) * K + k] === 1) return true;
  }
  return false;
}

function zoneRank(prepared: PreparedRouting, analysis: OrderAnalysis, ship: number): number {
  const zone =
    shippingZones[prepared.lanes.plainZone[analysis.province * prepared.warehouses.length + ship] ?? 5];
  return zoneDistance[zone ?? 'national'];
}

/**
 * Explains each candidate warehouse (and each warehouse the rule left out): whether it ships a
 * parcel, what shipping the whole order from it would cost, and every reason against it.
 */
export function explainCandidates(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  plan: OrderPlan,
  available: readonly number[],
  view: StockView,
  totalCost: number,
): CandidateExplanation[] {
  const W = prepared.warehouses.length;
  const full = analysis.lineCount >= 31 ? -1 : (1 << analysis.lineCount) - 1;
  const ruleName = analysis.rule.id === undefined ? 'the fallback' : `rule ${analysis.rule.id}`;
  const firstChosen = analysis.candidates[plan.parcelCandidates[0] ?? -1];
  const explained: CandidateExplanation[] = [];
  const listed = new Uint8Array(W);
  if (analysis.rule.hold !== undefined || analysis.province < 0) return explained;
  for (let c = 0; c < analysis.candidates.length; c++) {
    const candidate = analysis.candidates[c] as CompiledCandidate;
    listed[candidate.shipIndex] = 1;
    const warehouse = prepared.warehouses[candidate.shipIndex];
    const source = prepared.warehouses[candidate.stockIndex];
    const accepted = plan.parcelCandidates.includes(c);
    const rejections: CandidateRejection[] = [];
    if ((view.capacity[candidate.shipIndex] ?? 0) < 1) {
      rejections.push({ code: 'over_capacity', detail: `${warehouse?.id} has no capacity left today` });
    }
    if (!hasAnyCarrier(prepared, analysis, candidate.shipIndex)) {
      rejections.push({
        code: 'carrier_not_contracted',
        detail: `no contracted and allowed carrier serves ${analysis.facts.provinceCode} from ${warehouse?.id}`,
      });
    }
    const caps = prepared.warehouseCaps[candidate.shipIndex] ?? 0;
    for (let l = 0; l < analysis.lineCount; l++) {
      const sku = analysis.lineSku[l] ?? -1;
      const skuId = analysis.facts.skus[l] ?? '';
      if (sku < 0) continue;
      const missing = (prepared.skuCaps[sku] ?? 0) & ~caps;
      if (missing !== 0) {
        const tag = prepared.context.capabilityTags[31 - Math.clz32(missing & -missing)] ?? '?';
        rejections.push({ code: 'lacks_capability', sku: skuId, detail: `${warehouse?.id} lacks ${tag}` });
        continue;
      }
      if (((analysis.staticMask[c] ?? 0) & (1 << l)) === 0) {
        rejections.push({
          code: 'not_owner',
          sku: skuId,
          detail: `${warehouse?.id} does not ship ${skuId} (drop-ship owner rule)`,
        });
        continue;
      }
      const units = view.stock[sku * W + candidate.shipIndex] ?? 0;
      const transferable =
        candidate.stockIndex === candidate.shipIndex ? 0 : (view.stock[sku * W + candidate.stockIndex] ?? 0);
      const quantity = analysis.lineQuantity[l] ?? 0;
      if (units < quantity && transferable < quantity) {
        const at =
          candidate.stockIndex === candidate.shipIndex ? warehouse?.id : `${source?.id} or ${warehouse?.id}`;
        rejections.push({
          code: 'no_stock',
          sku: skuId,
          detail: `${Math.max(units, transferable)} of ${quantity} x ${skuId} available at ${at}`,
        });
      }
    }
    const cost = wholeOrderCost(analysis, c);
    if (!accepted && rejections.length === 0 && cost !== undefined && available[c] === full) {
      const strategy = prepared.ruleSet.strategy;
      const costDelta = cost - totalCost;
      if (strategy === 'priority' && firstChosen !== undefined && candidate.rank > firstChosen.rank) {
        rejections.push({
          code: 'lower_priority',
          detail: `rank ${candidate.rank} after rank ${firstChosen.rank}`,
          costDelta,
        });
      } else if (
        strategy === 'nearest' &&
        firstChosen !== undefined &&
        zoneRank(prepared, analysis, candidate.shipIndex) >
          zoneRank(prepared, analysis, firstChosen.shipIndex)
      ) {
        rejections.push({ code: 'farther', detail: `${warehouse?.id} is in a farther zone`, costDelta });
      } else {
        rejections.push({ code: 'more_expensive', detail: `costs ${costDelta} fen more`, costDelta });
      }
    }
    const entry: { -readonly [K in keyof CandidateExplanation]: CandidateExplanation[K] } = {
      warehouseId: warehouse?.id ?? '',
      rank: candidate.rank,
      accepted,
      rejections,
    };
    if (candidate.stockIndex !== candidate.shipIndex) entry.stockWarehouseId = source?.id ?? '';
    if (cost !== undefined) entry.cost = cost;
    explained.push(entry);
  }
  for (let w = 0; w < prepared.warehouses.length; w++) {
    const warehouse = prepared.warehouses[w] as RoutingWarehouse;
    if (listed[w] === 1) continue;
    const detail =
      analysis.rule.excluded[w] === 1
        ? `excluded by ${ruleName}`
        : warehouse.supplierId !== undefined
          ? `supplier warehouse; ${ruleName} does not drop-ship`
          : `not a candidate of ${ruleName}`;
    explained.push({
      warehouseId: warehouse.id,
      rank: -1,
      accepted: false,
      rejections: [{ code: 'excluded_by_rule', detail }],
    });
  }
  return explained;
}

/** Explains the carriers considered for each parcel of the plan. */
export function explainCarriers(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  plan: OrderPlan,
): CarrierExplanation[] {
  const explained: CarrierExplanation[] = [];
  const K = prepared.cards.length;
  const W = prepared.warehouses.length;
  for (let p = 0; p < plan.parcelCandidates.length; p++) {
    const c = plan.parcelCandidates[p] ?? 0;
    const mask = plan.parcelMasks[p] ?? 0;
    const candidate = analysis.candidates[c];
    if (candidate === undefined) continue;
    const ship = candidate.shipIndex;
    const warehouseId = prepared.warehouses[ship]?.id ?? '';
    const weights = prepared.ruleSet.carrierWeights;
    let chosen = -1;
    if (weights.days !== 0 || weights.kpi !== 0) {
      evaluateParcel(prepared, analysis, c, mask, scratch);
      chosen = scratch.carrier;
    }
    const offers: { k: number; cost: number; days: number }[] = [];
    const refusals: { k: number; code: CarrierRejectionCode; detail: string }[] = [];
    for (let k = 0; k < K; k++) {
      const code = prepared.cards[k]?.carrierCode ?? '';
      if (prepared.contracted[ship * K + k] === 0) {
        refusals.push({ k, code: 'not_contracted', detail: `${warehouseId} has no contract with ${code}` });
      } else if (analysis.rule.carrierAllowed[k] === 0) {
        refusals.push({ k, code: 'excluded_by_rule', detail: `${code} is not allowed by the rule` });
      } else if (prepared.lanes.served[(analysis.province * W + ship) * K + k] === 0) {
        refusals.push({
          k,
          code: 'no_lane',
          detail: `${code} has no price to ${analysis.facts.provinceCode}`,
        });
      } else if (evaluateParcel(prepared, analysis, c, mask, scratch, k)) {
        offers.push({ k, cost: scratch.cost, days: scratch.days });
      } else {
        const refusesTag = analysis.facts.skus.some(
          (_, l) => (mask & (1 << l)) !== 0 && prepared.skuRefused[(analysis.lineSku[l] ?? 0) * K + k] === 1,
        );
        refusals.push(
          refusesTag
            ? { k, code: 'refuses_tag', detail: `${code} refuses an item in the parcel` }
            : { k, code: 'over_max_weight', detail: `the parcel is over ${code}'s weight limit` },
        );
      }
    }
    let minCost = Number.POSITIVE_INFINITY;
    let minDays = Number.POSITIVE_INFINITY;
    for (const offer of offers) {
      // With price-only weights the first cheapest offer wins, as in evaluateParcel.
      if (offer.cost < minCost && weights.days === 0 && weights.kpi === 0) chosen = offer.k;
      minCost = Math.min(minCost, offer.cost);
      minDays = Math.min(minDays, offer.days);
    }
    for (const offer of offers) {
      const score = carrierScore(
        {
          carrierCode: '',
          costFen: offer.cost,
          promisedDays: offer.days,
          quality: prepared.carrierQuality[offer.k] ?? 0,
        },
        prepared.ruleSet.carrierWeights,
        minCost,
        minDays,
      );
      const accepted = offer.k === chosen;
      const entry: { -readonly [K in keyof CarrierExplanation]: CarrierExplanation[K] } = {
        warehouseId,
        carrierCode: prepared.cards[offer.k]?.carrierCode ?? '',
        accepted,
        cost: offer.cost,
        promisedDays: offer.days,
        score: Math.round(score * 1000) / 1000,
      };
      if (!accepted) entry.rejection = higherScore;
      explained.push(entry);
    }
    for (const refusal of refusals) {
      explained.push({
        warehouseId,
        carrierCode: prepared.cards[refusal.k]?.carrierCode ?? '',
        accepted: false,
        rejection: { code: refusal.code, detail: refusal.detail },
      });
    }
  }
  return explained;
}

/** Why a plan with several parcels was split. */
export function explainSplit(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  plan: OrderPlan,
  available: readonly number[],
  totalCost: number,
): { reason: SplitReason; detail: string } {
  const full = (1 << analysis.lineCount) - 1;
  const dropShip = plan.parcelCandidates.some(
    (c) => prepared.warehouses[analysis.candidates[c]?.shipIndex ?? 0]?.supplierId !== undefined,
  );
  if (dropShip) return { reason: 'drop_ship', detail: 'supplier-owned SKUs ship from their supplier' };
  for (const [c, mask] of available.entries()) {
    const cost = wholeOrderCost(analysis, c);
    if (mask === full && cost !== undefined) {
      const id = prepared.warehouses[analysis.candidates[c]?.shipIndex ?? 0]?.id;
      return {
        reason: 'cheaper_split',
        detail: `one parcel from ${id} would cost ${cost}, the split costs ${totalCost}`,
      };
    }
  }
  if (!analysis.staticMask.some((mask) => mask === full)) {
    return { reason: 'capability_mismatch', detail: 'no candidate warehouse may ship every line' };
  }
  return { reason: 'stock_spread', detail: 'no candidate warehouse has stock of every line' };
}
