import type { ProvinceCode } from './province-rows';
import type { RegionZoneId } from './region-zones';

/**
 * The four kinds of provincial-level division: 省 (`province`), 直辖市 (`municipality`),
 * 自治区 (`autonomous_region`) and 特别行政区 (`sar`).
 */
export type ProvinceKind = 'province' | 'municipality' | 'autonomous_region' | 'sar';

/** One of China's 34 provincial-level divisions, with the facts routing and shipping read. */
export interface Province {
  /** GB/T 2260 code (`'440000'`). */
  readonly code: ProvinceCode;
  /** Full official name (`'广东省'`, `'广西壮族自治区'`, `'香港特别行政区'`). */
  readonly name: string;
  /** Short name as written in addresses and rate cards (`'广东'`, `'广西'`, `'香港'`). */
  readonly shortName: string;
  /** English name (`'Guangdong'`, `'Inner Mongolia'`, `'Tibet'`, `'Hong Kong'`). */
  readonly englishName: string;
  /** Toneless pinyin (`'Guangdong'`, `'Nei Menggu'`, `'Xizang'`, `'Xianggang'`); `'Shaanxi'` for 陕西. */
  readonly pinyin: string;
  /** 省, 直辖市, 自治区 or 特别行政区. */
  readonly kind: ProvinceKind;
  /** The region zone (华北, 华东, ..., 港澳台) it belongs to; exactly one. */
  readonly zone: RegionZoneId;
  /**
   * Whether carriers commonly treat it as remote (偏远) and surcharge parcels to it, by the
   * default list {@link defaultRemoteProvinceCodes}. Rate cards may use another list.
   */
  readonly remote: boolean;
  /** Provincial divisions it shares a land border with, in code order; empty for 海南 and 台湾. */
  readonly adjacentCodes: readonly ProvinceCode[];
}
