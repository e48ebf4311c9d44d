import type { TrackingCodeTable } from '../shared/tracking-code-table';

const entry = (status: TrackingCodeTable[string]['status'], meaning: string) => ({
  status,
  meaning,
  verified: true,
});

/**
 * Kuaidi100 `state` codes, advanced `statusCode`s (resultv2=4) and state names (resultv2=1, the
 * `status` of each trace) with their unified states (DOC). 已下单/待揽收 precede collection and
 * map to `unknown` (listed, no warning); 已销单 (cancelled) maps to `exception`.
 */
export const kuaidi100States: TrackingCodeTable = {
  '0': entry('in_transit', '在途'),
  '1': entry('collected', '揽收'),
  '2': entry('exception', '疑难'),
  '3': entry('delivered', '签收'),
  '4': entry('returned', '退签'),
  '5': entry('out_for_delivery', '派件'),
  '6': entry('returned', '退回'),
  '7': entry('in_transit', '转投/转单'),
  '8': entry('in_transit', '清关'),
  '10': entry('in_transit', '待清关'),
  '11': entry('in_transit', '清关中'),
  '12': entry('in_transit', '已清关'),
  '13': entry('exception', '清关异常'),
  '14': entry('failed_delivery', '拒签'),
  '101': entry('unknown', '已下单 (before collection)'),
  '102': entry('unknown', '待揽收 (before collection)'),
  '103': entry('collected', '已揽收'),
  '1001': entry('in_transit', '到达派件城市'),
  '1002': entry('in_transit', '干线'),
  '1003': entry('in_transit', '转递'),
  '501': entry('arrived_at_station', '投柜或驿站'),
  '301': entry('delivered', '本人签收'),
  '302': entry('delivered', '派件异常后签收'),
  '303': entry('delivered', '代签'),
  '304': entry('delivered', '投柜或站签收'),
  '401': entry('exception', '已销单'),
  ...Object.fromEntries(
    Array.from({ length: 10 }, (_, index) => [String(201 + index), entry('exception', '疑难')]),
  ),
  在途: entry('in_transit', '在途'),
  揽收: entry('collected', '揽收'),
  疑难: entry('exception', '疑难'),
  签收: entry('delivered', '签收'),
  退签: entry('returned', '退签'),
  派件: entry('out_for_delivery', '派件'),
  退回: entry('returned', '退回'),
  转投: entry('in_transit', '转投'),
  转单: entry('in_transit', '转单'),
  清关: entry('in_transit', '清关'),
  待清关: entry('in_transit', '待清关'),
  清关中: entry('in_transit', '清关中'),
  已清关: entry('in_transit', '已清关'),
  清关异常: entry('exception', '清关异常'),
  拒签: entry('failed_delivery', '拒签'),
};

/**
 * Kuaidi100 company codes (`com`) of omskit's unified carrier codes (DOC crosswalk).
 */
export const kuaidi100CompanyCodes: Readonly<Record<string, string>> = {
  SF: 'shunfeng',
  ZTO: 'zhongtong',
  YTO: 'yuantong',
  STO: 'shentong',
  YUNDA: 'yunda',
  JTSD: 'jtexpress',
  JD: 'jd',
  EMS: 'ems',
  POSTB: 'youzhengguonei',
  BEST: 'huitongkuaidi',
  DBL: 'debangkuaidi',
};
