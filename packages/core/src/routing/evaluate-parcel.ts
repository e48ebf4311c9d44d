import { carrierScore } from '../shipping/carrier-score';
import { roundChargeableWeight } from '../shipping/chargeable-weight';
import type { OrderAnalysis } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';

/** The best carrier's terms for one parcel (a mutable scratch record, reused by the hot loop). */
export interface ParcelEvaluation {
  carrier: number;
  /** Carrier price + surcharge + transfer cost + penalties, in fen. */
  cost: number;
  penalty: number;
  chargeable: number;
  days: number;
  /** Bit 1: misses ship-by; bit 2: misses the delivery promise. */
  misses: number;
  zone: number;
}

/** A fresh evaluation record. */
export function newParcelEvaluation(): ParcelEvaluation {
  return { carrier: -1, cost: 0, penalty: 0, chargeable: 0, days: 0, misses: 0, zone: 0 };
}

let offerCost = new Float64Array(8);
let offerDays = new Float64Array(8);

/**
 * Prices the lines in `mask` shipped by candidate `candidate` of the analysed order with each
 * usable carrier and keeps the best by the rule set's carrier weights. Returns false when no
 * carrier can take the parcel (no contract or lane, refused tag, over the weight limit).
 */
export function evaluateParcel(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  candidateIndex: number,
  mask: number,
  out: ParcelEvaluation,
  onlyCarrier = -1,
): boolean {
  let weight = 0;
  let volume = 0;
  let refusedBy = 0;
  const K = prepared.cards.length;
  for (let l = 0; l < analysis.lineCount; l++) {
    if ((mask & (1 << l)) === 0) continue;
    weight += analysis.lineWeight[l] ?? 0;
    volume += analysis.lineVolume[l] ?? 0;
    const sku = analysis.lineSku[l] ?? 0;
    for (let k = 0; k < K; k++) if (prepared.skuRefused[sku * K + k] === 1) refusedBy |= 1 << k;
  }
  return evaluateMeasuredParcel(
    prepared,
    analysis,
    candidateIndex,
    weight,
    volume,
    refusedBy,
    out,
    onlyCarrier,
  );
}

/**
 * {@link evaluateParcel} for a parcel already measured: total weight (g), volume (cm³) and a
 * bit mask of the carriers (by prepared index) that refuse something in it.
 */
export function evaluateMeasuredParcel(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  candidateIndex: number,
  weight: number,
  volume: number,
  refusedBy: number,
  out: ParcelEvaluation,
  onlyCarrier = -1,
): boolean {
  const candidate = analysis.candidates[candidateIndex];
  if (candidate === undefined || analysis.province < 0) return false;
  const W = prepared.warehouses.length;
  const K = prepared.cards.length;
  const w = candidate.shipIndex;
  const lanes = prepared.lanes;
  const base = (analysis.province * W + w) * K;
  const handlingHours = prepared.warehouses[w]?.handlingHours ?? 0;
  const missShip =
    analysis.hoursToShipBy !== undefined &&
    handlingHours + candidate.transferDays * 24 > analysis.hoursToShipBy;
  const costs = prepared.context.costs;
  const weights = prepared.ruleSet.carrierWeights;
  const priceOnly = onlyCarrier >= 0 || (weights.days === 0 && weights.kpi === 0);
  if (offerCost.length < K) {
    offerCost = new Float64Array(K);
    offerDays = new Float64Array(K);
  }
  let minCost = Number.POSITIVE_INFINITY;
  let minDays = Number.POSITIVE_INFINITY;
  let best = -1;
  for (let k = 0; k < K; k++) {
    offerCost[k] = Number.NaN;
    if (onlyCarrier >= 0 && k !== onlyCarrier) continue;
    if (prepared.contracted[w * K + k] === 0 || analysis.rule.carrierAllowed[k] === 0) continue;
    const at = base + k;
    if (lanes.served[at] === 0) continue;
    if ((refusedBy & (1 << k)) !== 0) continue;
    const card = prepared.cards[k];
    if (card === undefined) continue;
    const volumetric = volume > 0 ? Math.ceil((volume * 1000) / card.volumetricDivisor) : 0;
    const chargeable = roundChargeableWeight(Math.max(weight, volumetric), card.rounding);
    if (card.maxWeightGrams !== undefined && chargeable > card.maxWeightGrams) continue;
    const firstWeight = lanes.firstWeight[at] ?? 0;
    const steps =
      chargeable > firstWeight ? Math.ceil((chargeable - firstWeight) / (lanes.stepGrams[at] ?? 1)) : 0;
    const price =
      (lanes.firstPrice[at] ?? 0) + steps * (lanes.stepPrice[at] ?? 0) + (lanes.surcharge[at] ?? 0);
    const days = (lanes.days[at] ?? 0) + (prepared.handlingDays[w] ?? 0) + candidate.transferDays;
    const missDelivery = analysis.deliverWithinDays !== undefined && days > analysis.deliverWithinDays;
    const penalty =
      (missShip ? costs.lateShipPenaltyFen : 0) + (missDelivery ? costs.lateDeliveryPenaltyFen : 0);
    const cost = price + candidate.transferCostFen + penalty;
    offerCost[k] = cost;
    offerDays[k] = days;
    if (cost < minCost) minCost = cost;
    if (days < minDays) minDays = days;
    if (priceOnly && (best < 0 || cost < (offerCost[best] ?? 0))) best = k;
    if (best === k || !priceOnly) {
      if (priceOnly) {
        out.carrier = k;
        out.cost = cost;
        out.penalty = penalty;
        out.chargeable = chargeable;
        out.days = days;
        out.misses = (missShip ? 1 : 0) | (missDelivery ? 2 : 0);
        out.zone = lanes.zone[at] ?? 0;
      }
    }
  }
  if (priceOnly) return best >= 0;
  let bestScore = Number.POSITIVE_INFINITY;
  for (let k = 0; k < K; k++) {
    const cost = offerCost[k] ?? Number.NaN;
    if (Number.isNaN(cost)) continue;
    const score = carrierScore(
      {
        carrierCode: '',
        costFen: cost,
        promisedDays: offerDays[k] ?? 0,
        quality: prepared.carrierQuality[k] ?? 0,
      },
      weights,
      minCost,
      minDays,
    );
    if (score < bestScore) {
      bestScore = score;
      best = k;
    }
  }
  if (best < 0) return false;
  // Re-price the winner to fill the record; rare path (non-default weights), so clarity wins.
  return evaluateMeasuredParcel(prepared, analysis, candidateIndex, weight, volume, refusedBy, out, best);
}
