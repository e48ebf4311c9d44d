import type { MockFaultKind } from '@omskit/core/testing';
import type { TaobaoMockTrade } from './taobao-mock-data';

/** A refund in the mock shop. */
export interface TaobaoMockRefund {
  readonly refundId: string;
  readonly tid: string;
  readonly oid: string;
  status: string;
  readonly refundFen: number;
  readonly num: number;
  readonly hasGoodReturn: boolean;
  readonly createdMs: number;
  /** Epoch ms of the last change; also the refund's `refund_version`. */
  modifiedMs: number;
  /** The buyer's return waybill, once the parcel is sent. */
  sid?: string;
  companyName?: string;
}

/** A TMC message waiting in the mock's queue. */
export interface TaobaoMockMessage {
  readonly id: string;
  readonly topic: string;
  readonly userId: string;
  readonly pubMs: number;
  readonly content: string;
}

/** One shop of the mock platform. */
export interface TaobaoMockShop {
  readonly shopId: string;
  /** The seller's TOP user id (TMC messages carry it). */
  readonly userId: string;
  token: string;
  readonly trades: Map<string, TaobaoMockTrade>;
  readonly refunds: Map<string, TaobaoMockRefund>;
  readonly shipped: Map<string, string[]>;
  /** Orders to modify once the next paging sequence has served its first page. */
  pagingTrap: number;
}

/** The whole mock platform's state. */
export interface TaobaoMockState {
  nowMs: number;
  readonly shops: Map<string, TaobaoMockShop>;
  readonly faults: MockFaultKind[];
  readonly calls: { operation: string; ok: boolean }[];
  readonly messages: TaobaoMockMessage[];
  nextId: bigint;
  nextToken: number;
  /** When each token was issued (platform clock), for `tokenTtlMs`. */
  readonly tokenIssuedAt: Map<string, number>;
  /** Wall-clock times of recent calls, for `maxCallsPerSecond`. */
  recentCalls: number[];
}
