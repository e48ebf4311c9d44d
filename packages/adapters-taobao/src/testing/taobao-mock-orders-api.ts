import { formatShanghaiWallTime, shanghaiWallTimeToIso } from '@omskit/core';
import { renderTaobaoTrade, type TaobaoMockTrade } from './taobao-mock-data';
import { topError } from './taobao-mock-envelope';
import { bigId, type TaobaoMockJson } from './taobao-mock-json';
import type { TaobaoMockShop, TaobaoMockState } from './taobao-mock-state';

/** What a mock method handler gets. */
export interface TaobaoMockCall {
  readonly state: TaobaoMockState;
  readonly shop: TaobaoMockShop;
  readonly params: URLSearchParams;
  readonly maxPageNo: number | undefined;
}

/** A required parameter, or TOP's code 40. */
export function param(call: Pick<TaobaoMockCall, 'params'>, name: string): string {
  const value = call.params.get(name);
  if (value === null || value === '')
    throw topError(40, 'Missing required arguments', `missing-parameter:${name}`);
  return value;
}

/** A wall-time parameter as epoch ms, or TOP's code 41. */
export function timeParam(call: Pick<TaobaoMockCall, 'params'>, name: string): number {
  const text = param(call, name);
  try {
    return Date.parse(shanghaiWallTimeToIso(text));
  } catch {
    throw topError(
      41,
      'Invalid arguments',
      `isv.invalid-parameter:${name}`,
      `${name} is not yyyy-MM-dd HH:mm:ss`,
    );
  }
}

function intParam(call: TaobaoMockCall, name: string, fallback: number, min: number, max: number): number {
  const text = call.params.get(name);
  if (text === null || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw topError(41, 'Invalid arguments', `isv.invalid-parameter:${name}`, `${name} must be ${min}-${max}`);
  }
  return value;
}

/** Touches a trade: a new modified time (whole seconds, as TOP keeps them) and a visible change. */
export function touchTrade(state: TaobaoMockState, trade: TaobaoMockTrade, memo?: string): void {
  trade.modifiedMs = Math.floor(state.nowMs / 1000) * 1000;
  if (memo !== undefined) trade.sellerMemo = memo;
}

const newestFirst = (a: TaobaoMockTrade, b: TaobaoMockTrade) =>
  b.modifiedMs - a.modifiedMs || (BigInt(b.tid) > BigInt(a.tid) ? 1 : -1);

/** `taobao.trades.sold.increment.get`: modified-time window (both ends inclusive), newest first. */
export function tradesSoldIncrementGet(call: TaobaoMockCall): TaobaoMockJson {
  const start = timeParam(call, 'start_modified');
  const end = timeParam(call, 'end_modified');
  if (end < start || end - start > 24 * 60 * 60 * 1000) {
    throw topError(
      41,
      'Invalid arguments',
      'isv.invalid-parameter',
      'start_modified..end_modified must span at most one day',
    );
  }
  const pageSize = intParam(call, 'page_size', 40, 1, 100);
  const pageNo = intParam(call, 'page_no', 1, 1, call.maxPageNo ?? 1_000_000);
  const matching = [...call.shop.trades.values()]
    .filter((trade) => trade.modifiedMs >= start && trade.modifiedMs <= end)
    .sort(newestFirst);
  const page = matching.slice((pageNo - 1) * pageSize, pageNo * pageSize);
  if (call.shop.pagingTrap > 0) {
    // The platform's hazard: orders change while a client pages, leaving the window.
    const served = new Set(page.map((trade) => trade.tid));
    const victims = matching.filter((trade) => !served.has(trade.tid)).slice(0, call.shop.pagingTrap);
    for (const trade of victims) touchTrade(call.state, trade, '改备注：分批发货');
    call.shop.pagingTrap = 0;
  }
  return {
    trades_sold_increment_get_response: {
      total_results: matching.length,
      has_next: pageNo * pageSize < matching.length,
      trades: {
        trade: page.map((trade) => ({
          tid: bigId(trade.tid),
          status: trade.status,
          modified: formatShanghaiWallTime(trade.modifiedMs),
        })),
      },
    },
  };
}

/** `taobao.trade.fullinfo.get`. */
export function tradeFullinfoGet(call: TaobaoMockCall): TaobaoMockJson {
  const tid = param(call, 'tid');
  const trade = call.shop.trades.get(tid);
  if (trade === undefined)
    throw topError(15, 'Remote service error', 'isv.trade-not-exist', `trade ${tid} does not exist`);
  return { trade_fullinfo_get_response: { trade: renderTaobaoTrade(trade) } };
}

/** The carriers the mock's `taobao.logistics.companies.get` lists. */
export const taobaoMockCompanies: readonly { id: number; code: string; name: string }[] = [
  { id: 505, code: 'SF', name: '顺丰速运' },
  { id: 500, code: 'ZTO', name: '中通快递' },
  { id: 101, code: 'YTO', name: '圆通速递' },
  { id: 100, code: 'STO', name: '申通快递' },
  { id: 102, code: 'YUNDA', name: '韵达快递' },
  { id: 2, code: 'EMS', name: 'EMS' },
  { id: 3, code: 'POSTB', name: '邮政快递包裹' },
  { id: 1, code: 'POST', name: '中国邮政' },
  { id: 5, code: 'ZJS', name: '宅急送' },
  { id: 7, code: 'HTKY', name: '极兔速递' },
  { id: 8, code: 'JD', name: '京东快递' },
  { id: 9, code: 'DBKD', name: '德邦快递' },
];

/** `taobao.logistics.companies.get`. */
export function logisticsCompaniesGet(): TaobaoMockJson {
  return {
    logistics_companies_get_response: {
      logistics_companies: {
        logistics_company: taobaoMockCompanies.map((company) => ({
          ...company,
          reg_mail_no: '^[A-Za-z0-9]{8,20}$',
        })),
      },
    },
  };
}

/** `taobao.logistics.offline.send`, split shipments (`is_split`, `sub_tid`) included. */
export function logisticsOfflineSend(call: TaobaoMockCall): TaobaoMockJson {
  const tid = param(call, 'tid');
  const outSid = param(call, 'out_sid');
  const companyCode = param(call, 'company_code');
  const trade = call.shop.trades.get(tid);
  if (trade === undefined)
    throw topError(15, 'Remote service error', 'isv.trade-not-exist', `trade ${tid} does not exist`);
  if (!taobaoMockCompanies.some((company) => company.code === companyCode)) {
    throw topError(
      15,
      'Remote service error',
      'isv.logistics-company-not-exist',
      `unknown company ${companyCode}`,
    );
  }
  if (trade.status !== 'WAIT_SELLER_SEND_GOODS' && trade.status !== 'SELLER_CONSIGNED_PART') {
    throw topError(
      15,
      'Remote service error',
      'isv.logistics-offline-service-error',
      `trade is ${trade.status}`,
    );
  }
  const split = call.params.get('is_split') === '1' || call.params.get('is_split') === 'true';
  const subTids = split ? param(call, 'sub_tid').split(',') : trade.lines.map((line) => line.oid);
  for (const oid of subTids) {
    const line = trade.lines.find((candidate) => candidate.oid === oid);
    if (line === undefined)
      throw topError(15, 'Remote service error', 'isv.invalid-parameter:sub_tid', `no sub-order ${oid}`);
    line.status = 'WAIT_BUYER_CONFIRM_GOODS';
    line.invoiceNo = outSid;
    line.companyCode = companyCode;
  }
  const allShipped = trade.lines.every((line) => line.status === 'WAIT_BUYER_CONFIRM_GOODS');
  trade.status = allShipped ? 'WAIT_BUYER_CONFIRM_GOODS' : 'SELLER_CONSIGNED_PART';
  trade.consignMs = call.state.nowMs;
  touchTrade(call.state, trade);
  call.shop.shipped.set(tid, [...(call.shop.shipped.get(tid) ?? []), outSid]);
  return { logistics_offline_send_response: { shipping: { is_success: true } } };
}
