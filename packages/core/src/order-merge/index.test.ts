import { describe, expect, it } from 'vitest';
import * as orderMerge from './index';

describe('order-merge entry', () => {
  it('exports the public API and nothing internal', () => {
    expect(Object.keys(orderMerge).sort()).toEqual([
      'addressHash',
      'canMergeOrders',
      'defaultMergeWindowMs',
      'fulfilmentLinesOf',
      'hasReceiverToken',
      'mergeOrders',
      'mergeRefusalCodes',
      'receiverKey',
      'splitByWeightLimit',
      'splitLinesByAssignment',
      'splitOrderByAssignment',
      'splitPresaleLines',
    ]);
  });
});
