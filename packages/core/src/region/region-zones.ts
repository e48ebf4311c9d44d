import type { ProvinceCode } from './province-rows';
import { listProvinces } from './provinces';

/**
 * Stable ids of the eight region zones: 华北 `north`, 东北 `northeast`, 华东 `east`, 华中
 * `central`, 华南 `south`, 西南 `southwest`, 西北 `northwest`, 港澳台 `hmt`.
 */
export type RegionZoneId =
  | 'north'
  | 'northeast'
  | 'east'
  | 'central'
  | 'south'
  | 'southwest'
  | 'northwest'
  | 'hmt';

/** A region zone (大区) and the provincial divisions in it. */
export interface RegionZone {
  /** Stable English key, safe to store (`'east'`). */
  readonly id: RegionZoneId;
  /** Chinese label (`'华东'`). */
  readonly name: string;
  /** English label (`'East China'`). */
  readonly englishName: string;
  /** Codes of its provincial divisions, in code order. */
  readonly provinceCodes: readonly ProvinceCode[];
}

/** Every region zone id, in the conventional order 华北, 东北, 华东, 华中, 华南, 西南, 西北, 港澳台. */
export const regionZoneIds: readonly RegionZoneId[] = Object.freeze([
  'north',
  'northeast',
  'east',
  'central',
  'south',
  'southwest',
  'northwest',
  'hmt',
]);

const labels: Record<RegionZoneId, readonly [name: string, englishName: string]> = {
  north: ['华北', 'North China'],
  northeast: ['东北', 'Northeast China'],
  east: ['华东', 'East China'],
  central: ['华中', 'Central China'],
  south: ['华南', 'South China'],
  southwest: ['西南', 'Southwest China'],
  northwest: ['西北', 'Northwest China'],
  hmt: ['港澳台', 'Hong Kong, Macau and Taiwan'],
};

function buildZone(id: RegionZoneId): RegionZone {
  const [name, englishName] = labels[id];
  const provinceCodes = Object.freeze(
    listProvinces()
      .filter((province) => province.zone === id)
      .map((province) => province.code),
  );
  return Object.freeze({ id, name, englishName, provinceCodes });
}

/** The region zones by id, each with its labels and member provinces. */
export const regionZones: Readonly<Record<RegionZoneId, RegionZone>> = Object.freeze({
  north: buildZone('north'),
  northeast: buildZone('northeast'),
  east: buildZone('east'),
  central: buildZone('central'),
  south: buildZone('south'),
  southwest: buildZone('southwest'),
  northwest: buildZone('northwest'),
  hmt: buildZone('hmt'),
});

/** The region zones in the order of {@link regionZoneIds}. */
export function listRegionZones(): readonly RegionZone[] {
  return regionZoneIds.map((id) => regionZones[id]);
}
