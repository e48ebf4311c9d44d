import type { TrackingCodeTable } from '../shared/tracking-code-table';

/**
 * J&T trace `scanType`s and their unified states. The reference names the field but lists no
 * values; these Chinese scan names are the usual 通达系 ones and are all UNVERIFIED for J&T:
 * override them with `scanTypeOverrides`.
 */
export const jtScanTypes: TrackingCodeTable = {
  快件揽收: { status: 'collected', meaning: '快件揽收', verified: false },
  收件: { status: 'collected', meaning: '收件', verified: false },
  发件扫描: { status: 'in_transit', meaning: '发件扫描', verified: false },
  到件扫描: { status: 'in_transit', meaning: '到件扫描', verified: false },
  中转: { status: 'in_transit', meaning: '中转', verified: false },
  出仓扫描: { status: 'out_for_delivery', meaning: '出仓扫描 (派件)', verified: false },
  派件扫描: { status: 'out_for_delivery', meaning: '派件扫描', verified: false },
  入库扫描: { status: 'arrived_at_station', meaning: '入库扫描 (驿站/快递柜)', verified: false },
  代理点收入扫描: { status: 'arrived_at_station', meaning: '代理点收入', verified: false },
  快件签收: { status: 'delivered', meaning: '快件签收', verified: false },
  签收: { status: 'delivered', meaning: '签收', verified: false },
  问题件扫描: { status: 'exception', meaning: '问题件', verified: false },
  退件: { status: 'returned', meaning: '退件', verified: false },
  退件签收: { status: 'returned', meaning: '退件签收', verified: false },
};
