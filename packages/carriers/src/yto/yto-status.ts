import type { TrackingCodeTable } from '../shared/tracking-code-table';

/**
 * YTO `infoContent` statuses (PEER, copied from YTO's doc into YtoTrackObj) and their unified
 * states. `ACCEPT` and `ORDER_BOOKING` precede collection, which the unified model has no state
 * for: they are listed (no warning) but map to `unknown`.
 */
export const ytoStatuses: TrackingCodeTable = {
  ACCEPT: { status: 'unknown', meaning: '接单 (before collection)', verified: false },
  ORDER_BOOKING: { status: 'unknown', meaning: '预约 (before collection)', verified: false },
  GOT: { status: 'collected', meaning: '已揽收', verified: false },
  NOT_SEND: { status: 'exception', meaning: '揽收失败', verified: false },
  ARRIVAL: { status: 'in_transit', meaning: '已收入', verified: false },
  DEPARTURE: { status: 'in_transit', meaning: '已发出', verified: false },
  SENT_SCAN: { status: 'out_for_delivery', meaning: '派件', verified: false },
  INBOUND: { status: 'arrived_at_station', meaning: '自提柜入柜', verified: false },
  SIGNED: { status: 'delivered', meaning: '签收成功', verified: false },
  FAILED: { status: 'failed_delivery', meaning: '签收失败', verified: false },
  TMS_RETURN: { status: 'returned', meaning: '退回', verified: false },
  FORWARDING: { status: 'in_transit', meaning: '转寄', verified: false },
  AIRSEND: { status: 'in_transit', meaning: '航空发货', verified: false },
  AIRPICK: { status: 'in_transit', meaning: '航空提货', verified: false },
};
