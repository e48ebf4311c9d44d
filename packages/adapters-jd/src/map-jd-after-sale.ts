import {
  type AfterSale,
  type AfterSaleStatus,
  type AfterSaleType,
  afterSaleKey,
  afterSaleSchema,
  type MappingWarning,
  type Money,
  moneyFromFen,
  orderKey,
} from '@omskit/core';
import { lookupOwn } from '@omskit/core/gateway';
import {
  fail,
  type JdObject,
  type JdReadContext,
  optionalJdTime,
  optionalText,
  requireId,
  requireObject,
} from './jd-read';
import { optionalYuan } from './jd-read-money';
import { jdRefundApplyStatuses, jdServiceExpectations, jdServiceStatuses } from './map-jd-after-sale-status';

/** Options of {@link mapJdAfterSale}. */
export interface MapJdAfterSaleOptions {
  shopId: string;
  /** Status int to unified state, merged over the defaults of the record's kind (UNVERIFIED). */
  statuses?: Readonly<Record<string, AfterSaleStatus>>;
  /**
   * Unit of the amount field: a peer divides refund-application `applyRefundSum` by 100 (fen);
   * service orders' `refoundAmount` is read as yuan. Both UNVERIFIED; set it when you know.
   */
  amountUnit?: 'fen' | 'yuan';
}

function readAmount(
  context: JdReadContext,
  raw: Readonly<Record<string, unknown>>,
  key: string,
  unit: 'fen' | 'yuan',
): Money {
  if (unit === 'yuan')
    return optionalYuan(context, raw, key, []) ?? fail(context, [key], 'required amount is missing');
  const text = optionalText(context, raw, key, []);
  if (text === undefined || !/^-?\d{1,15}$/.test(text))
    fail(context, [key], 'expected an integer amount in fen');
  return moneyFromFen(Number(text));
}

/**
 * A JD time that is either a wall time (`yyyy-MM-dd HH:mm:ss`, Beijing) or epoch milliseconds
 * (a number or a string of digits, as service orders from `jingdong.asc.query.list` carry them
 * per peers; UNVERIFIED), as an ISO instant.
 */
function optionalJdInstant(context: JdReadContext, record: JdObject, key: string): string | undefined {
  const value = record[key];
  const digits = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : undefined;
  if (digits !== undefined && /^\d{12,14}$/.test(digits)) return new Date(Number(digits)).toISOString();
  return optionalJdTime(context, record, key, []);
}

/**
 * The refund asked for. A refund application has `applyRefundSum`; a service order `refoundAmount`
 * (sic). Service orders listed by `jingdong.asc.query.list` carry neither, only what the buyer
 * paid for the SKU (`actualPayPrice`, yuan): that is taken as the claim, with a warning.
 */
function readRefundAmount(
  context: JdReadContext,
  record: JdObject,
  service: boolean,
  unit: 'fen' | 'yuan' | undefined,
): Money {
  if (!service) return readAmount(context, record, 'applyRefundSum', unit ?? 'fen');
  if (record['refoundAmount'] === undefined && record['actualPayPrice'] !== undefined) {
    context.warnings.push({
      path: ['actualPayPrice'],
      message: 'no refund amount in the service order; what the buyer paid for the SKU is taken as the claim',
    });
    return readAmount(context, record, 'actualPayPrice', 'yuan');
  }
  return readAmount(context, record, 'refoundAmount', unit ?? 'yuan');
}

/**
 * A service order names a SKU, not an order line: one line pointing at it by `skuId` (the desk
 * matches it to the order's line with that SKU). The record carries no quantity that the
 * reference knows of, so one unit is assumed, with a warning. Refund applications have no lines.
 */
function serviceLines(
  context: JdReadContext,
  record: JdObject,
  service: boolean,
  platformOrderId: string,
  refundAmount: Money,
): AfterSale['lines'] {
  if (!service || record['skuId'] === undefined || record['skuId'] === null) return [];
  const skuId = requireId(context, record, 'skuId', []);
  context.warnings.push({
    path: ['skuId'],
    message: 'the service order gives no quantity; one unit assumed',
  });
  return [{ lineId: `${platformOrderId}-sku-${skuId}`, skuId, quantity: 1, refundAmount }];
}

/**
 * Maps one JD after-sale record to the unified AfterSale: a refund application (退款审核单, has
 * `applyRefundSum`) as a refund before shipment, or a service order (售后服务单, has `serviceId`)
 * by its `customerExpect`. Pure; the status meanings are UNVERIFIED and overridable.
 *
 * @throws OmsError `invalid_input` with the `path` of the bad field and the `rawPayload`.
 */
export function mapJdAfterSale(
  raw: unknown,
  options: MapJdAfterSaleOptions,
): { afterSale: AfterSale; warnings: MappingWarning[] } {
  const context: JdReadContext = { raw, warnings: [] };
  const record = requireObject(context, raw, []);
  const service = record['serviceId'] !== undefined && record['serviceId'] !== null;
  const idKey = service ? 'serviceId' : 'id';
  const platformAfterSaleId = requireId(context, record, idKey, []);
  const platformOrderId = requireId(context, record, 'orderId', []);
  // Service orders from `jingdong.asc.query.list` carry `serviceStatus` instead of `status`.
  const statusKey =
    service && record['status'] === undefined && record['serviceStatus'] !== undefined
      ? 'serviceStatus'
      : 'status';
  const platformStatus =
    optionalText(context, record, statusKey, []) ?? fail(context, [statusKey], 'required');
  const statuses = { ...(service ? jdServiceStatuses : jdRefundApplyStatuses), ...options.statuses };
  const status =
    lookupOwn(statuses, platformStatus) ?? fail(context, [statusKey], `unknown status ${platformStatus}`);
  let type: AfterSaleType = 'refund_only_unshipped';
  if (service) {
    const expect = optionalText(context, record, 'customerExpect', []) ?? '';
    type =
      lookupOwn(jdServiceExpectations, expect) ??
      fail(context, ['customerExpect'], `unknown expectation ${expect}`);
  }
  const refundAmount = readRefundAmount(context, record, service, options.amountUnit);
  const createdAt =
    optionalJdInstant(context, record, 'applyTime') ??
    fail(context, ['applyTime'], 'required time is missing');
  const touched = ['checkTime', 'updateDate', 'modifiedTime', 'updateTime', 'approveTime', 'processTime']
    .map((key) => optionalJdInstant(context, record, key))
    .filter((value): value is string => value !== undefined);
  const platformModifiedAt = [createdAt, ...touched].sort().at(-1) ?? createdAt;
  const reason = optionalText(context, record, service ? 'questionDesc' : 'reason', []);
  const jd: Record<string, unknown> = { kind: service ? 'service' : 'refund-apply' };
  for (const key of ['afsRefundId', 'skuId', 'wareId', 'buyerId', 'checkUserName', 'customerExpect']) {
    const value = record[key];
    if (value !== undefined && value !== null) jd[key] = value;
  }
  const candidate: AfterSale = {
    id: afterSaleKey('jd', options.shopId, platformAfterSaleId),
    channel: 'jd',
    shopId: options.shopId,
    platformAfterSaleId,
    orderId: orderKey('jd', options.shopId, platformOrderId),
    platformOrderId,
    type,
    status,
    platformStatus,
    lines: serviceLines(context, record, service, platformOrderId, refundAmount),
    refundAmount,
    ...(reason ? { reason } : {}),
    createdAt,
    platformModifiedAt,
    platformData: { jd },
  };
  const checked = afterSaleSchema.safeParse(candidate);
  if (!checked.success) fail(context, [], checked.error.issues[0]?.message ?? 'invalid after-sale');
  return { afterSale: checked.data, warnings: context.warnings };
}
