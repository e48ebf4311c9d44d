import { describe, expect, it } from 'vitest';
import { runCarrierDemo } from './quote-ship-track';

describe('carriers example', () => {
  it('quotes three carriers, ships with the best and follows the parcel to delivery', async () => {
    const lines: string[] = [];
    const result = await runCarrierDemo((line) => lines.push(line));
    expect(new Set(result.quotes.map((quote) => quote.carrierCode))).toEqual(new Set(['SF', 'ZTO', 'JTSD']));
    expect(result.chosen).toBe('JTSD');
    expect(result.events[0]?.status).toBe('collected');
    expect(result.events.at(-1)?.status).toBe('delivered');
    expect(lines.some((line) => line.startsWith('waybill '))).toBe(true);
  });
});
