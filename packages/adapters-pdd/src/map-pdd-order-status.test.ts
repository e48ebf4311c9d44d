import type { OrderStatus } from '@omskit/core';
import { describe, expect, it } from 'vitest';
import {
  mapPddLineRefundStatus,
  mapPddOrderStatus,
  pddConfirmStatuses,
  pddGroupStatuses,
  pddOrderStatuses,
  pddRefundStatuses,
} from './map-pdd-order-status';

// Every combination of the four status fields the reference lists, with its expected mapping.
function expected(
  orderStatus: number,
  refundStatus: number,
  confirmStatus: number,
  groupStatus: number,
): [OrderStatus, boolean] {
  if (confirmStatus === 2 || groupStatus === 2) return ['closed', true];
  if (refundStatus === 4) return ['closed', true];
  if (orderStatus === 1) return ['paid', confirmStatus === 0 || groupStatus === 0];
  return [orderStatus === 2 ? 'shipped' : 'delivered', false];
}

describe('mapPddOrderStatus', () => {
  for (const orderStatus of pddOrderStatuses) {
    for (const refundStatus of pddRefundStatuses) {
      for (const confirmStatus of pddConfirmStatuses) {
        for (const groupStatus of pddGroupStatuses) {
          it(`order ${orderStatus} x refund ${refundStatus} x confirm ${confirmStatus} x group ${groupStatus}`, () => {
            const [status, shipBlocked] = expected(orderStatus, refundStatus, confirmStatus, groupStatus);
            expect(
              mapPddOrderStatus({ orderStatus, refundStatus, confirmStatus, groupStatus, paid: true }),
            ).toEqual({ ok: true, status, shipBlocked });
          });
        }
      }
    }
  }

  it('cancels an order cancelled before payment', () => {
    expect(
      mapPddOrderStatus({ orderStatus: 1, refundStatus: 1, confirmStatus: 2, paid: false }),
    ).toMatchObject({
      status: 'cancelled',
    });
  });

  it('accepts orders without refund and confirm status', () => {
    expect(
      mapPddOrderStatus({ orderStatus: 2, refundStatus: undefined, confirmStatus: undefined, paid: true }),
    ).toMatchObject({
      status: 'shipped',
    });
  });

  it.each([
    [{ orderStatus: 0 }, 'order_status'],
    [{ orderStatus: 5 }, 'order_status'],
    [{ refundStatus: 5 }, 'refund_status'],
    [{ confirmStatus: 3 }, 'confirm_status'],
    [{ groupStatus: 7 }, 'group_status'],
  ] as const)('names the unknown field of %j', (patch, field) => {
    expect(
      mapPddOrderStatus({ orderStatus: 1, refundStatus: 1, confirmStatus: 1, paid: true, ...patch }),
    ).toEqual({ ok: false, field });
  });

  it.each([
    [1, 'none'],
    [2, 'in_progress'],
    [3, 'in_progress'],
    [4, 'refunded'],
    [undefined, 'none'],
  ] as const)('line refund status of refund_status %s is %s', (refundStatus, lineStatus) => {
    expect(mapPddLineRefundStatus(refundStatus)).toBe(lineStatus);
  });
});
