/** A JSON value the mock renders; ids above 2^53 are {@link TaobaoMockBigId}s and come out as bare numbers. */
export type TaobaoMockJson =
  | string
  | number
  | boolean
  | null
  | TaobaoMockBigId
  | readonly TaobaoMockJson[]
  | { readonly [key: string]: TaobaoMockJson | undefined };

/** A decimal id written into JSON as a number literal, exact whatever its size (as TOP does). */
export class TaobaoMockBigId {
  constructor(readonly digits: string) {}
  toJSON(): string {
    return `#BIGID#${this.digits}`;
  }
}

/** A numeric id field as TOP writes it: a JSON number, even beyond 2^53. */
export function bigId(digits: string): TaobaoMockBigId {
  return new TaobaoMockBigId(digits);
}

/** Serialises like `JSON.stringify`, writing {@link TaobaoMockBigId}s as raw number literals. */
export function renderTaobaoJson(value: TaobaoMockJson): string {
  return JSON.stringify(value).replace(/"#BIGID#(\d+)"/g, '$1');
}

/** Integer fen as TOP's yuan text (`20007` -> `"200.07"`). */
export function yuanText(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A small deterministic PRNG (mulberry32), so a seed gives the same shop every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
