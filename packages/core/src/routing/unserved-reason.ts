import type { OrderAnalysis } from './order-analysis';
import type { PreparedRouting } from './prepare-routing';
import type { UnfulfillableReason } from './routing-decision';
import type { StockView } from './stock-view';

/** Whether candidate `c` has a carrier for line `l` on its own (priced in the parcel table). */
function hasCarrier(analysis: OrderAnalysis, c: number, l: number): boolean {
  const table = analysis.table;
  if (table === undefined) return true;
  return Number.isFinite(table.cost[c * table.masks + (1 << l)] ?? Number.POSITIVE_INFINITY);
}

/**
 * Why line `l` of an analysed order is not in any parcel, checked in the order a person would:
 * destination, catalogue, candidates, capability, carriers, stock, capacity. Pure.
 */
export function unservedReason(
  prepared: PreparedRouting,
  analysis: OrderAnalysis,
  l: number,
  available: readonly number[],
  view: StockView,
): UnfulfillableReason {
  const sku = analysis.lineSku[l] ?? -1;
  const skuId = analysis.facts.skus[l] ?? '';
  const quantity = analysis.lineQuantity[l] ?? 0;
  if (analysis.province < 0) {
    return {
      code: 'unknown_destination',
      detail: `cannot place province ${JSON.stringify(analysis.order.receiver.province)}`,
    };
  }
  if (sku < 0) return { code: 'unknown_sku', detail: `${skuId} is not in the catalogue` };
  if (analysis.candidates.length === 0) {
    return {
      code: 'no_candidate_warehouse',
      detail: `rule ${analysis.rule.id ?? 'fallback'} leaves no warehouse`,
    };
  }
  const bit = 1 << l;
  const capable: number[] = [];
  for (let c = 0; c < analysis.candidates.length; c++)
    if (((analysis.staticMask[c] ?? 0) & bit) !== 0) capable.push(c);
  if (capable.length === 0) {
    const tags = prepared.context.capabilityTags;
    const skuCaps = prepared.skuCaps[sku] ?? 0;
    for (const [bitIndex, tag] of tags.entries()) {
      if ((skuCaps & (1 << bitIndex)) === 0) continue;
      const someHave = analysis.candidates.some(
        (candidate) => ((prepared.warehouseCaps[candidate.shipIndex] ?? 0) & (1 << bitIndex)) !== 0,
      );
      if (!someHave) {
        return {
          code: 'no_capable_warehouse',
          capability: tag,
          detail: `no candidate warehouse handles ${tag} for ${skuId}`,
        };
      }
    }
    const owner = prepared.skus[sku]?.ownerSupplierId;
    return {
      code: 'no_candidate_warehouse',
      detail:
        owner === undefined
          ? `no candidate warehouse may ship ${skuId}`
          : `${skuId} is owned by supplier ${owner}, whose warehouse is not a candidate`,
    };
  }
  const carried = capable.filter((c) => hasCarrier(analysis, c, l));
  if (carried.length === 0) {
    return {
      code: 'no_carrier',
      detail: `no contracted carrier takes ${skuId} to ${analysis.facts.provinceCode ?? '?'}`,
    };
  }
  const W = prepared.warehouses.length;
  let bestAvailable = 0;
  let stocked = false;
  let roomy = false;
  for (const c of carried) {
    const candidate = analysis.candidates[c];
    if (candidate === undefined) continue;
    const units = Math.max(
      view.stock[sku * W + candidate.stockIndex] ?? 0,
      view.stock[sku * W + candidate.shipIndex] ?? 0,
    );
    bestAvailable = Math.max(bestAvailable, units);
    if (units >= quantity) {
      stocked = true;
      if ((view.capacity[candidate.shipIndex] ?? 0) >= 1) roomy = true;
    }
  }
  const owner = prepared.skus[sku]?.ownerSupplierId;
  if (!stocked && bestAvailable === 0 && owner !== undefined) {
    const ownerListed = analysis.candidates.some(
      (c) => prepared.warehouses[c.shipIndex]?.supplierId === owner,
    );
    if (!ownerListed) {
      return {
        code: 'no_candidate_warehouse',
        detail: `${skuId} is stocked by supplier ${owner}, whose warehouse is not a candidate (drop-ship is off)`,
      };
    }
  }
  if (!stocked) {
    return {
      code: 'insufficient_stock',
      requested: quantity,
      bestAvailable,
      detail: `${quantity} x ${skuId} requested, at most ${bestAvailable} in one candidate warehouse`,
    };
  }
  if (!roomy)
    return { code: 'over_capacity', detail: `every warehouse with stock of ${skuId} is at capacity` };
  if (available.some((mask) => (mask & bit) !== 0) && analysis.duplicateSkus) {
    return {
      code: 'insufficient_stock',
      requested: quantity,
      bestAvailable,
      detail: `${skuId} appears on several lines and no warehouse holds them all`,
    };
  }
  return { code: 'too_costly', detail: `shipping ${skuId} costs more than the unfulfilled-line penalty` };
}
