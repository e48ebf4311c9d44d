import { invalidInput, OmsError, type ShipmentWriteBack } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';
import { toTaobaoCompanyCode } from './taobao-carrier-codes';
import type { TaobaoClient } from './taobao-client';
import { isTaobaoObject, readContext, readWrappedList } from './taobao-read';

/** What {@link shipTaobaoOrder} needs from the adapter. */
export interface TaobaoShipDeps {
  readonly client: TaobaoClient;
  readonly carrierCodes: Readonly<Record<string, string>>;
  /** The shop's company codes from `taobao.logistics.companies.get`, or undefined when unknown. */
  readonly companyCodes:
    | ((shopId: string, signal?: AbortSignal) => Promise<ReadonlySet<string> | undefined>)
    | undefined;
}

/**
 * Returns a cached reader of `taobao.logistics.companies.get` (the list is the same for every
 * shop of the app). A shop lacking the permission gives `undefined`, so the static map is used.
 */
export function createTaobaoCompanyCodes(
  client: TaobaoClient,
): (shopId: string, signal?: AbortSignal) => Promise<ReadonlySet<string> | undefined> {
  let cached: Promise<ReadonlySet<string> | undefined> | undefined;
  const load = async (shopId: string, signal?: AbortSignal) => {
    try {
      const root = await client.call(
        'taobao.logistics.companies.get',
        { fields: 'id,code,name,reg_mail_no', order_mode: 'offline' },
        { shopId, ...(signal === undefined ? {} : { signal }) },
      );
      const { items } = readWrappedList(
        readContext(root),
        root,
        'logistics_companies',
        'logistics_company',
        [],
      );
      const codes = new Set<string>();
      for (const item of items)
        if (isTaobaoObject(item) && typeof item.code === 'string') codes.add(item.code);
      return codes;
    } catch (error) {
      if (OmsError.isCode(error, 'permission_denied')) return undefined;
      cached = undefined;
      throw error;
    }
  };
  return (shopId, signal) => {
    cached ??= load(shopId, signal);
    return cached;
  };
}

/**
 * Writes parcels back with `taobao.logistics.offline.send`: one call for a whole-order parcel, or
 * one split call (`is_split=1`, `sub_tid` = the parcel's line ids) per parcel when there are
 * several or a parcel names its lines.
 */
export async function shipTaobaoOrder(
  deps: TaobaoShipDeps,
  params: {
    shopId: string;
    platformOrderId: string;
    parcels: readonly ShipmentWriteBack[];
    signal?: AbortSignal;
  },
): Promise<void> {
  const { shopId, platformOrderId, parcels, signal } = params;
  if (parcels.length === 0) throw invalidInput(['parcels'], 'at least one parcel is required');
  const split = parcels.length > 1 || parcels.some((parcel) => parcel.lines !== undefined);
  const known = deps.companyCodes === undefined ? undefined : await deps.companyCodes(shopId, signal);
  const calls = parcels.map((parcel, index) => {
    // A code the shop's own list carries verbatim is taken as is, even when the static map lacks it.
    const companyCode =
      known?.has(parcel.carrierCode) === true &&
      lookupOwn(deps.carrierCodes, parcel.carrierCode) === undefined
        ? parcel.carrierCode
        : toTaobaoCompanyCode(parcel.carrierCode, deps.carrierCodes);
    if (known !== undefined && !known.has(companyCode)) {
      throw invalidInput(
        ['parcels', index, 'carrierCode'],
        `company_code ${companyCode} is not in the shop's company list`,
      );
    }
    if (parcel.trackingNumber === '') throw invalidInput(['parcels', index, 'trackingNumber'], 'required');
    if (split && (parcel.lines === undefined || parcel.lines.length === 0)) {
      throw invalidInput(['parcels', index, 'lines'], 'a split shipment names the lines of each parcel');
    }
    return {
      tid: platformOrderId,
      out_sid: parcel.trackingNumber,
      company_code: companyCode,
      ...(split ? { is_split: 1, sub_tid: (parcel.lines ?? []).map((line) => line.lineId).join(',') } : {}),
    };
  });
  for (const call of calls) {
    const root = await deps.client.call('taobao.logistics.offline.send', call, {
      shopId,
      ...(signal === undefined ? {} : { signal }),
    });
    const shipping = root.shipping;
    const success =
      isTaobaoObject(shipping) && (shipping.is_success === true || shipping.is_success === 'true');
    if (!success) {
      throw new OmsError(
        'platform_rejected',
        `taobao.logistics.offline.send: not successful for ${platformOrderId}`,
        {
          platform: 'taobao',
        },
      );
    }
  }
}
