import type { ChannelAdapter, ChannelCapabilities } from '@omskit/core';
import { silentLogger, systemClock } from '@omskit/core';
import { createGatewayClient } from '@omskit/core/gateway';
import { listPddAfterSales } from './pdd-after-sales';
import type { PddCallContext } from './pdd-call';
import { decryptPddReceivers } from './pdd-decrypt';
import { classifyPddError } from './pdd-error';
import { getPddOrder, listPddOrders } from './pdd-orders';
import type { PddAdapterSettings } from './pdd-settings';
import { checkPddSettings, defaultPddListWindowMs, pddGatewayUrl, pddMaxWindowMs } from './pdd-settings';
import { createPddLogisticsResolver, shipPddOrder } from './pdd-ship';

/**
 * Creates the Pinduoduo channel adapter: signed calls to PDD's gateway, incremental order pulls
 * by modified time (cut into PDD's 30-minute ranges, split when too full, paged backwards), getOrder, shipping
 * write-back, after-sales, receiver decryption and the error classifier.
 *
 * @example
 * ```ts
 * const pdd = createPddAdapter({
 *   clientId: process.env.PDD_CLIENT_ID!,
 *   clientSecret: process.env.PDD_CLIENT_SECRET!,
 *   accessToken: (shopId) => tokens.get(shopId),
 *   refreshAccessToken: (shopId) => tokens.refresh(shopId),
 * });
 * ```
 * @throws OmsError `invalid_input` naming the bad setting.
 */
export function createPddAdapter(settings: PddAdapterSettings): ChannelAdapter {
  checkPddSettings(settings);
  const clock = settings.clock ?? systemClock;
  const logger = settings.logger ?? silentLogger;
  const pageSize = settings.pageSize ?? 100;
  const maxPages = settings.maxPages ?? 100;
  const client = createGatewayClient({
    platform: 'pdd',
    baseUrl: settings.baseUrl ?? pddGatewayUrl,
    clock,
    logger,
    ...(settings.fetch === undefined ? {} : { fetch: settings.fetch }),
    ...(settings.rateLimit === undefined ? {} : { rateLimit: settings.rateLimit }),
    ...(settings.retry === undefined ? {} : { retry: settings.retry }),
    ...(settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs }),
    classifyError: (response) => classifyPddError(response.json, response.status),
  });
  const context: PddCallContext = {
    client,
    clock,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    accessToken: settings.accessToken,
    refreshAccessToken: settings.refreshAccessToken,
  };
  const paging = {
    pageSize,
    maxPages,
    maxWindowMs: settings.maxWindowMs ?? defaultPddListWindowMs,
    maxRangeSeconds: pddMaxWindowMs / 1000,
    endInclusive: settings.endUpdatedAtInclusive ?? true,
  };
  const mapping = settings.isCiphertext === undefined ? {} : { isCiphertext: settings.isCiphertext };
  const resolver = createPddLogisticsResolver(context, {
    overrides: settings.logisticsIds ?? {},
    ttlMs: settings.logisticsCompaniesTtlMs ?? 24 * 60 * 60 * 1000,
    clock,
  });
  const capabilities: ChannelCapabilities = {
    maxOrderWindowMs: paging.maxWindowMs,
    maxOrdersPerWindow: pageSize * maxPages,
    fetchesDetailsPerOrder: false,
    splitShipment: false,
    afterSales: true,
    afterSaleDecisions: [],
    push: false,
    messagePull: false,
    decryptReceiver: true,
  };
  return {
    specificationVersion: 'v1',
    channel: 'pdd',
    capabilities,
    listOrders: (params) => listPddOrders(context, paging, mapping, params),
    getOrder: (params) => getPddOrder(context, mapping, params),
    ship: (params) => shipPddOrder(context, resolver, params),
    listAfterSales: (params) => listPddAfterSales(context, paging, params),
    decryptReceivers: (params) => decryptPddReceivers(context, params),
    classifyError: (body, httpStatus) => classifyPddError(body, httpStatus),
  };
}
