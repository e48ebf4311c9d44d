/**
 * Region: China's 34 provincial-level divisions with their GB/T 2260 codes, names, region zones,
 * remote (偏远) flags and land borders; name normalisation; and the shipping zone between two
 * places that rate cards and routing price by. Pure data and functions, part of `@omskit/core`.
 *
 * @module
 */

export type { ProvinceMatch, ProvinceMissReason } from './normalize-province';
export { normalizeProvince } from './normalize-province';
export type { Province, ProvinceKind } from './province';
export { jiangzhehuCodes, jiangzhehuwanCodes } from './province-groups';
export { areAdjacent, isRemote, zoneOf } from './province-lookups';
export type { ProvinceCode } from './province-rows';
export { isProvinceCode, listProvinces, provinceByCode } from './provinces';
export type { RegionZone, RegionZoneId } from './region-zones';
export { listRegionZones, regionZoneIds, regionZones } from './region-zones';
export { defaultRemoteProvinceCodes } from './remote-provinces';
export type { ShippingZone, ShippingZoneOptions } from './shipping-zone-between';
export { shippingZoneBetween, shippingZones } from './shipping-zone-between';
