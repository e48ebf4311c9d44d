import type { TrackingCodeTable } from '../shared/tracking-code-table';

/**
 * SF route `opCode`s listed in the reference and their unified states. 50/54/30/31/36/44/204/80
 * come from real event sequences; the rest are used by integrators without an authoritative
 * table (UNVERIFIED, `verified: false`): override them with `opCodeOverrides`.
 */
export const sfOpCodes: TrackingCodeTable = {
  '50': { status: 'collected', meaning: '顺丰速运 已收取快件', verified: true },
  '54': { status: 'collected', meaning: '收件', verified: true },
  '30': { status: 'in_transit', meaning: '分拣/准备发往', verified: true },
  '36': { status: 'in_transit', meaning: '离开/发车', verified: true },
  '31': { status: 'in_transit', meaning: '到达', verified: true },
  '44': { status: 'arrived_at_station', meaning: '分配派件员 (at the delivery station)', verified: true },
  '204': { status: 'out_for_delivery', meaning: '派送中', verified: true },
  '80': { status: 'delivered', meaning: '签收', verified: true },
  '501': { status: 'in_transit', meaning: '运输中', verified: false },
  '407': { status: 'in_transit', meaning: '运输中', verified: false },
  '8000': { status: 'delivered', meaning: '结单/签收', verified: false },
  '130': { status: 'arrived_at_station', meaning: '到达目的网点', verified: false },
  '123': { status: 'in_transit', meaning: '快件正送往顾客 (meaning unconfirmed)', verified: false },
  '607': { status: 'collected', meaning: '代理收件 (meaning unconfirmed)', verified: false },
  '631': { status: 'returned', meaning: '快件已退回', verified: false },
  '648': { status: 'returned', meaning: '退回 (meaning unconfirmed)', verified: false },
  '99': { status: 'in_transit', meaning: '转寄 (meaning unconfirmed)', verified: false },
  '70': { status: 'failed_delivery', meaning: '派送不成功 (meaning unconfirmed)', verified: false },
  '33': { status: 'exception', meaning: '派件异常/滞留 (meaning unconfirmed)', verified: false },
};
