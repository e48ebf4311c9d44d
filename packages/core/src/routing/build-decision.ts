import { shippingZones } from '../region/shipping-zone-between';
import type { ParcelEvaluation } from './evaluate-parcel';
import { evaluateParcel, newParcelEvaluation } from './evaluate-parcel';
import { explainCandidates, explainCarriers, explainSplit } from './explain-plan';
import type { OrderAnalysis } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';
import type {
  ParcelLine,
  RoutedParcel,
  RoutingDecision,
  RoutingExplanation,
  RoutingStatus,
  UnfulfillableLine,
  UnfulfillableReason,
} from './routing-decision';
import type { OrderPlan } from './solve-plan';
import type { StockView } from './stock-view';
import { availableMask } from './stock-view';
import { unservedReason } from './unserved-reason';

const scratch: ParcelEvaluation = newParcelEvaluation();

function parcelTerms(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  c: number,
  mask: number,
): ParcelEvaluation {
  evaluateParcel(prepared, analysis, c, mask, scratch);
  return scratch;
}

/**
 * Turns a plan into a {@link RoutingDecision} with its explanation. `view` is the stock and
 * capacity the order could draw on (before its own parcels). Pure.
 */
export function buildDecision(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  plan: OrderPlan,
  view: StockView,
): RoutingDecision {
  const order = analysis.order;
  const parcels: RoutedParcel[] = [];
  let totalCost = 0;
  for (let p = 0; p < plan.parcelCandidates.length; p++) {
    const c = plan.parcelCandidates[p] ?? 0;
    const mask = plan.parcelMasks[p] ?? 0;
    const candidate = analysis.candidates[c];
    if (candidate === undefined) continue;
    const terms = parcelTerms(prepared, analysis, c, mask);
    const lines: ParcelLine[] = [];
    let transferred = false;
    for (let l = 0; l < analysis.lineCount; l++) {
      const line = order.lines[l];
      if ((mask & (1 << l)) === 0 || line === undefined) continue;
      const source = plan.lineSources[l] ?? candidate.shipIndex;
      if (source === candidate.shipIndex) {
        lines.push({ lineId: line.lineId, sku: line.sellerSku, quantity: line.quantity });
      } else {
        transferred = true;
        const stockWarehouseId = prepared.warehouses[source]?.id ?? '';
        lines.push({ lineId: line.lineId, sku: line.sellerSku, quantity: line.quantity, stockWarehouseId });
      }
    }
    const misses: ('ship_by' | 'delivery')[] = [];
    if ((terms.misses & 1) !== 0) misses.push('ship_by');
    if ((terms.misses & 2) !== 0) misses.push('delivery');
    const warehouseId = prepared.warehouses[candidate.shipIndex]?.id ?? '';
    const parcel: { -readonly [K in keyof RoutedParcel]: RoutedParcel[K] } = {
      warehouseId,
      carrierCode: prepared.cards[terms.carrier]?.carrierCode ?? '',
      lines,
      zone: shippingZones[terms.zone] ?? 'national',
      chargeableWeightGrams: terms.chargeable,
      cost: terms.cost,
      penalty: terms.penalty,
      promisedDays: terms.days,
      misses,
    };
    if (transferred) {
      parcel.stockWarehouseId = prepared.warehouses[candidate.stockIndex]?.id ?? '';
    }
    parcels.push(parcel);
    totalCost += terms.cost;
  }
  if (parcels.length > 1) totalCost += analysis.extraParcel * (parcels.length - 1);

  const available = analysis.candidates.map((_, c) => availableMask(prepared, analysis, c, view));
  const unfulfillable: UnfulfillableLine[] = [];
  for (let l = 0; l < analysis.lineCount; l++) {
    const line = order.lines[l];
    if ((plan.unserved & (1 << l)) === 0 || line === undefined) continue;
    const reason: UnfulfillableReason =
      analysis.rule.hold !== undefined
        ? {
            code: 'held_for_review',
            ruleId: analysis.rule.id ?? 'fallback',
            detail: analysis.rule.hold.reason,
          }
        : unservedReason(prepared, analysis, l, available, view);
    unfulfillable.push({ lineId: line.lineId, sku: line.sellerSku, quantity: line.quantity, reason });
  }
  const status: RoutingStatus =
    analysis.rule.hold !== undefined
      ? 'hold'
      : parcels.length === 0
        ? 'unfulfillable'
        : unfulfillable.length > 0
          ? 'partially_routed'
          : 'routed';
  const split = parcels.length > 1 ? explainSplit(prepared, analysis, plan, available, totalCost) : undefined;
  const explanation: { -readonly [K in keyof RoutingExplanation]: RoutingExplanation[K] } = {
    ruleSetVersion: prepared.ruleSet.version,
    strategy: prepared.ruleSet.strategy,
    candidates: explainCandidates(prepared, analysis, plan, available, view, totalCost),
    carriers: explainCarriers(prepared, analysis, plan),
  };
  if (analysis.rule.id !== undefined) explanation.ruleId = analysis.rule.id;
  if (analysis.facts.provinceCode !== undefined)
    explanation.destinationProvinceCode = analysis.facts.provinceCode;
  if (split !== undefined) explanation.split = split;
  return { orderId: order.id, status, parcels, unfulfillable, totalCost, explanation };
}
