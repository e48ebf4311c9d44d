/**
 * The plain baseline: each order in arrival order goes to the nearest warehouse (by shipping
 * zone) that can ship all of it; failing that, each line goes to the nearest warehouse that has
 * it. No look-ahead, no cost model beyond the cheapest carrier of the chosen warehouse.
 */
import type { RoutableOrder, RoutingContext } from '@omskit/core';
import { shippingZoneBetween, shippingZones } from '@omskit/core';
import type { Evaluator, Solution, SolutionParcel } from './evaluate-solution';

/** Routes the batch with the nearest-warehouse greedy. */
export function greedyNearest(
  orders: readonly RoutableOrder[],
  context: RoutingContext,
  evaluator: Evaluator,
): Solution {
  const nearestFirst = new Map<string, RoutingContext['warehouses'][number][]>();
  const remaining = new Map<string, number>();
  const capacity = new Map<string, number>();
  const left = (warehouseId: string, sku: string): number =>
    remaining.get(`${warehouseId}|${sku}`) ?? evaluator.available(warehouseId, sku);
  const room = (warehouseId: string): number => capacity.get(warehouseId) ?? evaluator.capacity(warehouseId);
  const solution = new Map<string, SolutionParcel[]>();
  for (const order of orders) {
    const destination = order.receiver.provinceCode ?? '';
    // The warehouses nearest first, worked out once per destination province.
    let byDistance = nearestFirst.get(destination);
    if (byDistance === undefined) {
      byDistance = [...context.warehouses].sort(
        (a, b) =>
          shippingZones.indexOf(shippingZoneBetween(a.provinceCode, destination)) -
          shippingZones.indexOf(shippingZoneBetween(b.provinceCode, destination)),
      );
      nearestFirst.set(destination, byDistance);
    }
    const canShip = (warehouseId: string, line: RoutableOrder['lines'][number]): boolean =>
      evaluator.capabilityOk(warehouseId, line.sellerSku) &&
      left(warehouseId, line.sellerSku) >= line.quantity;
    const whole = byDistance.find(
      (w) =>
        room(w.id) >= 1 &&
        order.lines.every((line) => canShip(w.id, line)) &&
        evaluator.parcelPrice(
          order,
          w.id,
          order.lines.map((line) => line.lineId),
        ) !== undefined,
    );
    const parcels = new Map<string, string[]>();
    if (whole !== undefined)
      parcels.set(
        whole.id,
        order.lines.map((line) => line.lineId),
      );
    else {
      for (const line of order.lines) {
        const site = byDistance.find(
          (w) =>
            (parcels.has(w.id) || room(w.id) >= 1) &&
            canShip(w.id, line) &&
            evaluator.parcelPrice(order, w.id, [line.lineId]) !== undefined,
        );
        if (site === undefined) continue;
        parcels.set(site.id, [...(parcels.get(site.id) ?? []), line.lineId]);
        remaining.set(`${site.id}|${line.sellerSku}`, left(site.id, line.sellerSku) - line.quantity);
        if (parcels.get(site.id)?.length === 1) capacity.set(site.id, room(site.id) - 1);
      }
    }
    if (whole !== undefined) {
      for (const line of order.lines)
        remaining.set(`${whole.id}|${line.sellerSku}`, left(whole.id, line.sellerSku) - line.quantity);
      capacity.set(whole.id, room(whole.id) - 1);
    }
    solution.set(
      order.id,
      [...parcels].map(([warehouseId, lineIds]) => ({ warehouseId, lineIds })),
    );
  }
  return solution;
}
