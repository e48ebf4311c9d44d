import { describe, expect, it } from 'vitest';
import { formatPath, invalidInput, OmsError, omsErrorCodes } from './oms-error';

describe('OmsError', () => {
  it('is recognised by its marker, also across copies of the class', () => {
    const error = new OmsError('rate_limited', 'slow down', { retryAfterMs: 1000, platformCode: '7' });
    expect(OmsError.is(error)).toBe(true);
    expect(OmsError.isCode(error, 'rate_limited')).toBe(true);
    expect(OmsError.isCode(error, 'network')).toBe(false);
    // A structurally separate copy (as from a second installed version) carries the same marker.
    const foreign = Object.assign(Object.create(Error.prototype), { [Symbol.for('omskit.OmsError')]: true });
    expect(OmsError.is(foreign)).toBe(true);
    expect(OmsError.is(new Error('x'))).toBe(false);
    expect(OmsError.is(null)).toBe(false);
    expect(OmsError.is('rate_limited')).toBe(false);
  });

  it('derives retryable from the code unless told otherwise', () => {
    for (const code of omsErrorCodes) {
      expect(new OmsError(code, 'x').retryable).toBe(OmsError.defaultRetryable(code));
    }
    expect(new OmsError('rate_limited', 'x').retryable).toBe(true);
    expect(new OmsError('invalid_input', 'x').retryable).toBe(false);
    expect(new OmsError('platform_rejected', 'x', { retryable: true }).retryable).toBe(true);
  });

  it('keeps the raw payload for quarantine but never serialises it', () => {
    const error = invalidInput(['orders', 0, 'price'], 'not a yuan amount', {
      rawPayload: { receiver_mobile: '13800000000' },
    });
    expect(error.message).toBe('orders[0].price: not a yuan amount');
    expect(error.path).toEqual(['orders', 0, 'price']);
    expect(error.rawPayload).toEqual({ receiver_mobile: '13800000000' });
    expect(JSON.stringify(error)).not.toContain('13800000000');
  });

  it('keeps the cause', () => {
    const cause = new TypeError('fetch failed');
    expect(new OmsError('network', 'request failed', { cause }).cause).toBe(cause);
  });

  it('formats paths', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([0, 'a'])).toBe('[0].a');
    expect(formatPath(['trade', 'orders', 'order', 2, 'oid'])).toBe('trade.orders.order[2].oid');
  });
});
