import { normalizeProvince } from '../region/normalize-province';
import { shippingZones } from '../region/shipping-zone-between';
import type { OrderFacts } from './compile-condition';
import type { CompiledCandidate, CompiledRule } from './compile-rules';
import type { ParcelEvaluation } from './evaluate-parcel';
import { evaluateMeasuredParcel, newParcelEvaluation } from './evaluate-parcel';
import { zoneDistance } from './lane-table';
import type { PreparedRouting } from './prepare-routing';
import type { RoutableOrder } from './routing-context';

/** Orders with more lines than this are planned greedily instead of exactly. */
export const maxExactLines = 8;

/** Strategy weights: parcels dominate rank or distance, which dominate cost (all in fen). */
const parcelWeight = 1e10;
const rankWeight = 1e7;
const strictUnservedWeight = 1e13;

/**
 * The landed cost of every (candidate, subset of lines) parcel: index `candidate * masks +
 * subset`, Infinity where no carrier takes it. The other terms of a chosen parcel are
 * recomputed when the decision is built.
 */
export interface ParcelTable {
  readonly masks: number;
  readonly cost: Float64Array;
}

/** What routing knows about one order before looking at stock: the stock-independent part. */
export interface OrderAnalysis {
  readonly order: RoutableOrder;
  readonly facts: OrderFacts;
  readonly rule: CompiledRule;
  /** Index into the lane table's provinces; -1 when the destination is unknown. */
  readonly province: number;
  readonly lineCount: number;
  /** SKU index per line; -1 for SKUs missing from the catalogue. */
  readonly lineSku: readonly number[];
  readonly lineQuantity: readonly number[];
  readonly lineWeight: readonly number[];
  readonly lineVolume: readonly number[];
  /** True when two lines share a SKU (stock checks then sum them). */
  readonly duplicateSkus: boolean;
  readonly hoursToShipBy: number | undefined;
  readonly deliverWithinDays: number | undefined;
  readonly candidates: readonly CompiledCandidate[];
  /** Per candidate: lines it may ship by capability, ownership and carriers, ignoring stock. */
  readonly staticMask: readonly number[];
  /** Per candidate: what the strategy adds to each of its parcels before cost. */
  readonly offset: readonly number[];
  /** What leaving one line unserved weighs in the objective. */
  readonly unservedWeight: number;
  readonly extraParcel: number;
  /** Present when the order has at most {@link maxExactLines} lines. */
  readonly table: ParcelTable | undefined;
}

function destinationCode(order: RoutableOrder): string | undefined {
  const code = order.receiver.provinceCode;
  if (code !== undefined && /^\d{6}$/.test(code)) return `${code.slice(0, 2)}0000`;
  const match = normalizeProvince(order.receiver.province);
  return match.ok ? match.code : undefined;
}

const scratch: ParcelEvaluation = newParcelEvaluation();

/**
 * Analyses an order against a prepared context: its facts, the matching rule, its candidates,
 * what each candidate may ship regardless of stock, and the price of every parcel it could
 * form. Pure.
 */
export function analyseOrder(prepared: PreparedRouting, order: RoutableOrder): OrderAnalysis {
  const n = order.lines.length;
  const provinceCode = destinationCode(order);
  const lineSku = new Array<number>(n).fill(0);
  const lineQuantity = new Array<number>(n).fill(0);
  const lineWeight = new Array<number>(n).fill(0);
  const lineVolume = new Array<number>(n).fill(0);
  const skus: string[] = [];
  const skuTags: (readonly string[])[] = [];
  let weight = 0;
  let volume = 0;
  let duplicateSkus = false;
  for (let l = 0; l < n; l++) {
    const line = order.lines[l];
    if (line === undefined) continue;
    const index = prepared.skuIndex.get(line.sellerSku) ?? -1;
    const sku = prepared.skus[index];
    lineSku[l] = index;
    lineQuantity[l] = line.quantity;
    lineWeight[l] = (sku?.unitWeightGrams ?? 0) * line.quantity;
    lineVolume[l] = (sku?.volumeCm3 ?? 0) * line.quantity;
    weight += lineWeight[l] ?? 0;
    volume += lineVolume[l] ?? 0;
    if (index >= 0 && skus.includes(line.sellerSku)) duplicateSkus = true;
    skus.push(line.sellerSku);
    skuTags.push(sku?.tags ?? []);
  }
  const shipByMs = order.shipBy === undefined ? Number.NaN : Date.parse(order.shipBy);
  const hoursToShipBy =
    prepared.nowMs === undefined || Number.isNaN(shipByMs)
      ? undefined
      : (shipByMs - prepared.nowMs) / 3_600_000;
  const facts: OrderFacts = {
    provinceCode,
    cityCode: order.receiver.cityCode,
    city: order.receiver.city ?? '',
    districtCode: order.receiver.districtCode,
    district: order.receiver.district ?? '',
    channel: order.channel,
    shopId: order.shopId,
    skus,
    skuTags,
    buyerTags: order.tags ?? [],
    amountFen: order.totals?.paid.amount ?? 0,
    weightGrams: weight,
    volumeCm3: volume,
    presale: order.presale ?? false,
    cod: order.cod ?? false,
    hoursToShipBy,
  };
  let rule = prepared.fallback;
  for (const candidateRule of prepared.rules) {
    if (candidateRule.matches(facts)) {
      rule = candidateRule;
      break;
    }
  }
  const province = provinceCode === undefined ? -1 : (prepared.lanes.provinceIndex.get(provinceCode) ?? -1);
  const candidates = rule.hold === undefined ? rule.candidates : [];
  const W = prepared.warehouses.length;
  const strategy = prepared.ruleSet.strategy;
  const staticMask = new Array<number>(candidates.length).fill(0);
  const offset = new Array<number>(candidates.length).fill(0);
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c] as CompiledCandidate;
    const warehouse = prepared.warehouses[candidate.shipIndex];
    const caps = prepared.warehouseCaps[candidate.shipIndex] ?? 0;
    let mask = 0;
    for (let l = 0; l < n; l++) {
      const s = lineSku[l] ?? -1;
      if (s < 0 || province < 0) continue;
      if (((prepared.skuCaps[s] ?? 0) & ~caps) !== 0) continue;
      const owner = prepared.skus[s]?.ownerSupplierId;
      const supplier = warehouse?.supplierId;
      if (supplier !== undefined && owner !== supplier) continue;
      if (
        supplier === undefined &&
        rule.dropShip &&
        owner !== undefined &&
        ownerHasWarehouse(prepared, rule, owner)
      ) {
        continue;
      }
      mask |= 1 << l;
    }
    staticMask[c] = mask;
    const zone =
      shippingZones[prepared.lanes.plainZone[Math.max(province, 0) * W + candidate.shipIndex] ?? 5];
    offset[c] =
      strategy === 'lowest_cost'
        ? 0
        : strategy === 'fewest_parcels'
          ? parcelWeight
          : strategy === 'priority'
            ? parcelWeight + rankWeight * candidate.rank
            : parcelWeight + rankWeight * zoneDistance[zone ?? 'national'];
  }
  const analysis: OrderAnalysis = {
    order,
    facts,
    rule,
    province,
    lineCount: n,
    lineSku,
    lineQuantity,
    lineWeight,
    lineVolume,
    duplicateSkus,
    hoursToShipBy,
    deliverWithinDays: order.deliverWithinDays,
    candidates,
    staticMask,
    offset,
    unservedWeight:
      strategy === 'lowest_cost' ? prepared.context.costs.unfulfilledLinePenaltyFen : strictUnservedWeight,
    extraParcel: prepared.context.costs.extraParcelFen,
    table: undefined,
  };
  return n > maxExactLines ? analysis : { ...analysis, table: buildTable(prepared, analysis) };
}

function ownerHasWarehouse(prepared: PreparedRouting, rule: CompiledRule, owner: string): boolean {
  return rule.candidates.some((candidate) => prepared.warehouses[candidate.shipIndex]?.supplierId === owner);
}

let maskWeight = new Float64Array(1 << maxExactLines);
let maskVolume = new Float64Array(1 << maxExactLines);
let maskRefused = new Int32Array(1 << maxExactLines);

function buildTable(prepared: PreparedRouting, analysis: OrderAnalysis): ParcelTable {
  const masks = 1 << analysis.lineCount;
  const K = prepared.cards.length;
  if (maskWeight.length < masks) {
    maskWeight = new Float64Array(masks);
    maskVolume = new Float64Array(masks);
    maskRefused = new Int32Array(masks);
  }
  maskWeight[0] = 0;
  maskVolume[0] = 0;
  maskRefused[0] = 0;
  for (let s = 1; s < masks; s++) {
    const l = 31 - Math.clz32(s & -s);
    const rest = s & (s - 1);
    const sku = analysis.lineSku[l] ?? -1;
    let refused = 0;
    for (let k = 0; k < K && sku >= 0; k++) if (prepared.skuRefused[sku * K + k] === 1) refused |= 1 << k;
    maskWeight[s] = (maskWeight[rest] ?? 0) + (analysis.lineWeight[l] ?? 0);
    maskVolume[s] = (maskVolume[rest] ?? 0) + (analysis.lineVolume[l] ?? 0);
    maskRefused[s] = (maskRefused[rest] ?? 0) | refused;
  }
  const cost = new Float64Array(analysis.candidates.length * masks).fill(Number.POSITIVE_INFINITY);
  for (let c = 0; c < analysis.candidates.length; c++) {
    const allowed = analysis.staticMask[c] ?? 0;
    // Every non-empty subset of the lines this candidate may ship.
    for (let s = allowed; s > 0; s = (s - 1) & allowed) {
      const weight = maskWeight[s] ?? 0;
      const volume = maskVolume[s] ?? 0;
      if (evaluateMeasuredParcel(prepared, analysis, c, weight, volume, maskRefused[s] ?? 0, scratch)) {
        cost[c * masks + s] = scratch.cost;
      }
    }
  }
  return { masks, cost };
}
