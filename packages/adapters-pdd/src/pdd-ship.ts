import type { Clock, ShipmentWriteBack } from '@omskit/core';
import { invalidInput, OmsError } from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';
import type { PddCallContext } from './pdd-call';
import { callPdd } from './pdd-call';
import type { PddLogisticsCompany } from './pdd-carrier-codes';
import { defaultPddLogisticsIds, findPddLogisticsId } from './pdd-carrier-codes';
import { isJsonObject } from './pdd-read';

/** Reads `logistics_companies_get_response.logistics_companies` tolerantly (ids as numbers or strings). */
export function readPddLogisticsCompanies(root: { readonly [key: string]: unknown }): PddLogisticsCompany[] {
  const list = root['logistics_companies'];
  if (!Array.isArray(list)) return [];
  const companies: PddLogisticsCompany[] = [];
  for (const entry of list) {
    if (!isJsonObject(entry)) continue;
    const id = Number(entry['id']);
    const name = entry['logistics_company'];
    if (!Number.isSafeInteger(id) || typeof name !== 'string') continue;
    const code = entry['code'];
    // The doc example has no `available`; absent is taken as usable.
    const available = entry['available'] === undefined || Number(entry['available']) === 1;
    companies.push({ id, name, ...(typeof code === 'string' && code !== '' ? { code } : {}), available });
  }
  return companies;
}

/** Resolves unified carrier codes to PDD `logistics_id`, caching the company list. */
export interface PddLogisticsResolver {
  resolve(carrierCode: string, signal?: AbortSignal): Promise<number | undefined>;
}

/** A resolver: host overrides first, then the cached company list, then the built-in defaults. */
export function createPddLogisticsResolver(
  context: PddCallContext,
  options: { overrides: Readonly<Record<string, number>>; ttlMs: number; clock: Clock },
): PddLogisticsResolver {
  let cache: { at: number; companies: PddLogisticsCompany[] } | undefined;
  return {
    async resolve(carrierCode, signal) {
      const code = carrierCode.toUpperCase();
      const override = lookupOwn(options.overrides, code);
      if (override !== undefined) return override;
      if (cache === undefined || options.clock.now() - cache.at > options.ttlMs) {
        const root = await callPdd(context, {
          type: 'pdd.logistics.companies.get',
          params: {},
          responseKey: 'logistics_companies_get_response',
          ...(signal === undefined ? {} : { signal }),
        });
        cache = { at: options.clock.now(), companies: readPddLogisticsCompanies(root) };
      }
      return findPddLogisticsId(code, cache.companies) ?? lookupOwn(defaultPddLogisticsIds, code);
    },
  };
}

/**
 * `ship` over `pdd.logistics.online.send`: one tracking number per order (PDD has no split
 * shipment in this API), first delivery (`redelivery_type` 1).
 */
export async function shipPddOrder(
  context: PddCallContext,
  resolver: PddLogisticsResolver,
  params: {
    shopId: string;
    platformOrderId: string;
    parcels: readonly ShipmentWriteBack[];
    signal?: AbortSignal;
  },
): Promise<void> {
  const [parcel, ...rest] = params.parcels;
  if (parcel === undefined) throw invalidInput(['parcels'], 'at least one parcel is needed');
  if (rest.length > 0)
    throw new OmsError('unsupported', 'pdd: one tracking number per order', { platform: 'pdd' });
  if (parcel.trackingNumber.trim() === '') throw invalidInput(['parcels', 0, 'trackingNumber'], 'empty');
  const logisticsId = await resolver.resolve(parcel.carrierCode, params.signal);
  if (logisticsId === undefined) {
    throw invalidInput(['parcels', 0, 'carrierCode'], `no PDD logistics_id for ${parcel.carrierCode}`);
  }
  const root = await callPdd(context, {
    type: 'pdd.logistics.online.send',
    shopId: params.shopId,
    responseKey: 'logistics_online_send_response',
    params: {
      order_sn: params.platformOrderId,
      logistics_id: logisticsId,
      tracking_number: parcel.trackingNumber,
      redelivery_type: 1,
    },
    ...(params.signal === undefined ? {} : { signal: params.signal }),
  });
  const success = root['is_success'];
  if (success !== true && success !== 1 && success !== '1' && success !== 'true') {
    throw new OmsError('platform_rejected', 'pdd: logistics.online.send did not succeed', {
      platform: 'pdd',
    });
  }
}
