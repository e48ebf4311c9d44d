import { invalidInput, type ShipmentWriteBack } from '@omskit/core';
import { douyinCarrierCode } from './douyin-carrier-codes';
import type { DouyinCall } from './douyin-client';

/** What shipping needs from the adapter. */
export interface DouyinShipContext {
  readonly call: DouyinCall;
  readonly carrierCodes: Readonly<Record<string, string>>;
}

/**
 * Writes parcels back: one parcel for the whole order through `order.logisticsAdd`, several
 * parcels or parcels naming lines through `order.logisticsAddMultiPack` (`pack_list` entries with
 * `shipped_order_info` per SKU order; those field names come from the generated SDK, UNVERIFIED).
 *
 * @throws OmsError `invalid_input` on `parcels[i].carrierCode` for a carrier Douyin has no code for.
 */
export async function shipDouyinOrder(
  context: DouyinShipContext,
  params: {
    shopId: string;
    platformOrderId: string;
    parcels: readonly ShipmentWriteBack[];
    signal?: AbortSignal;
  },
): Promise<void> {
  if (params.parcels.length === 0) throw invalidInput(['parcels'], 'at least one parcel');
  const packs = params.parcels.map((parcel, index) => {
    const companyCode = douyinCarrierCode(parcel.carrierCode, context.carrierCodes);
    if (companyCode === undefined) {
      throw invalidInput(
        ['parcels', index, 'carrierCode'],
        `no Douyin company_code for ${parcel.carrierCode}`,
      );
    }
    if (parcel.trackingNumber.trim() === '')
      throw invalidInput(['parcels', index, 'trackingNumber'], 'empty');
    return { parcel, companyCode };
  });
  const single = packs.length === 1 && packs[0]?.parcel.lines === undefined ? packs[0] : undefined;
  if (single !== undefined) {
    await context.call(
      'order.logisticsAdd',
      {
        order_id: params.platformOrderId,
        company_code: single.companyCode,
        logistics_code: single.parcel.trackingNumber,
      },
      { shopId: params.shopId, signal: params.signal },
    );
    return;
  }
  await context.call(
    'order.logisticsAddMultiPack',
    {
      order_id: params.platformOrderId,
      pack_list: packs.map(({ parcel, companyCode }) => ({
        company_code: companyCode,
        logistics_code: parcel.trackingNumber,
        ...(parcel.lines === undefined
          ? {}
          : {
              shipped_order_info: parcel.lines.map((line) => ({
                shipped_order_id: line.lineId,
                shipped_num: line.quantity,
              })),
            }),
      })),
    },
    { shopId: params.shopId, signal: params.signal },
  );
}
