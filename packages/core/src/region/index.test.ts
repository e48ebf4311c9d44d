import { describe, expect, it } from 'vitest';
import * as region from './index';

describe('region entry', () => {
  it('exports the public API and nothing internal', () => {
    expect(Object.keys(region).sort()).toEqual([
      'areAdjacent',
      'defaultRemoteProvinceCodes',
      'isProvinceCode',
      'isRemote',
      'jiangzhehuCodes',
      'jiangzhehuwanCodes',
      'listProvinces',
      'listRegionZones',
      'normalizeProvince',
      'provinceByCode',
      'regionZoneIds',
      'regionZones',
      'shippingZoneBetween',
      'shippingZones',
      'zoneOf',
    ]);
  });

  it('groups 江浙沪 and 江浙沪皖', () => {
    const shortNames = (codes: readonly string[]) =>
      codes.map((code) => region.provinceByCode(code)?.shortName);
    expect(shortNames(region.jiangzhehuCodes)).toEqual(['上海', '江苏', '浙江']);
    expect(shortNames(region.jiangzhehuwanCodes)).toEqual(['上海', '江苏', '浙江', '安徽']);
  });
});
