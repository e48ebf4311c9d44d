import type { AfterSaleStatus, AfterSaleType } from '@omskit/core';

/**
 * Status of a refund application (`jingdong.pop.afs.soa.refundapply.queryPageList`, `status` int)
 * to the unified after-sale state. UNVERIFIED: the reference only says the field is an int; these
 * meanings are assumptions no source in the reference confirms. Override them with
 * `mapJdAfterSale`'s `statuses` option.
 */
export const jdRefundApplyStatuses: Readonly<Record<string, AfterSaleStatus>> = {
  '0': 'requested',
  '1': 'approved',
  '2': 'refused',
  '3': 'refunded',
  '4': 'refused',
  '5': 'approved',
  '6': 'refunded',
  '7': 'approved',
  '8': 'refused',
  '9': 'refunded',
  '10': 'approved',
  '11': 'closed',
};

/**
 * Status of a service order (`jingdong.asc.*`, `status` int). Only 13 (completed) is in the
 * reference; hosts add the rest through the `statuses` option.
 */
export const jdServiceStatuses: Readonly<Record<string, AfterSaleStatus>> = {
  '13': 'closed',
};

/** What the buyer expects from a service order (`customerExpect`); UNVERIFIED, overridable. */
export const jdServiceExpectations: Readonly<Record<string, AfterSaleType>> = {
  '10': 'return_refund',
  '20': 'exchange',
  '30': 'repair',
};
