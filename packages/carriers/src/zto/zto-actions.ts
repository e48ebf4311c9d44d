import type { TrackingCodeTable } from '../shared/tracking-code-table';

/**
 * ZTO trace `action`s seen in real sandbox pushes and their unified states. The actions are
 * VERIFIED as values; the mapping reads their texts (INBOUND = 代收 by a station or locker,
 * HANDOVERSCAN_SIGNED = 投递到店, DEPARTURE_SIGNED = 凭取货码签收).
 */
export const ztoActions: TrackingCodeTable = {
  GOT: { status: 'collected', meaning: '揽收', verified: true },
  DEPARTURE: { status: 'in_transit', meaning: '发件', verified: true },
  ARRIVAL: { status: 'in_transit', meaning: '到件', verified: true },
  DISPATCH: { status: 'out_for_delivery', meaning: '派件', verified: true },
  INBOUND: { status: 'arrived_at_station', meaning: '驿站/快递柜代收', verified: true },
  HANDOVERSCAN_SIGNED: { status: 'delivered', meaning: '投递到店签收', verified: true },
  DEPARTURE_SIGNED: { status: 'delivered', meaning: '凭取货码签收', verified: true },
  SIGNED: { status: 'delivered', meaning: '签收', verified: true },
};
