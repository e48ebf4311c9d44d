import { describe, expect, it } from 'vitest';
import { isProvinceCode, listProvinces, provinceByCode } from './provinces';
import { listRegionZones, regionZoneIds, regionZones } from './region-zones';
import { defaultRemoteProvinceCodes } from './remote-provinces';

const provinces = listProvinces();
const shortNamesOf = (codes: readonly string[]): string[] =>
  codes.map((code) => provinces.find((province) => province.code === code)?.shortName ?? code);

describe('listProvinces', () => {
  it('has the 34 provincial-level divisions: 23 provinces, 4 municipalities, 5 autonomous regions, 2 SARs', () => {
    expect(provinces).toHaveLength(34);
    const count = (kind: string) => provinces.filter((province) => province.kind === kind).length;
    expect([count('province'), count('municipality'), count('autonomous_region'), count('sar')]).toEqual([
      23, 4, 5, 2,
    ]);
  });

  it('lists them by GB/T 2260 code, each code XX0000 and every code, name and short name unique', () => {
    const codes = provinces.map((province) => province.code);
    expect(codes).toEqual([...codes].sort());
    for (const province of provinces) expect(province.code).toMatch(/^[1-8]\d0000$/);
    for (const field of ['code', 'name', 'shortName', 'englishName', 'pinyin'] as const) {
      expect(new Set(provinces.map((province) => province[field].toLowerCase())).size).toBe(34);
    }
  });

  it('spells the full names of the divisions whose names are easy to get wrong', () => {
    const names = Object.fromEntries(provinces.map((province) => [province.shortName, province.name]));
    expect(names).toMatchObject({
      广东: '广东省',
      内蒙古: '内蒙古自治区',
      新疆: '新疆维吾尔自治区',
      广西: '广西壮族自治区',
      宁夏: '宁夏回族自治区',
      西藏: '西藏自治区',
      北京: '北京市',
      香港: '香港特别行政区',
      澳门: '澳门特别行政区',
      台湾: '台湾省',
    });
    expect(provinces.find((province) => province.code === '710000')?.kind).toBe('province');
  });

  it('names each full name as its short name plus the suffix of its kind', () => {
    const suffix = { province: '省', municipality: '市', autonomous_region: '自治区', sar: '特别行政区' };
    for (const province of provinces) {
      expect(province.name.startsWith(province.shortName)).toBe(true);
      expect(province.name.endsWith(suffix[province.kind])).toBe(true);
    }
  });

  it('flags exactly the default remote list', () => {
    const remote = provinces.filter((province) => province.remote).map((province) => province.code);
    expect(remote).toEqual([...defaultRemoteProvinceCodes].sort());
    expect(shortNamesOf(remote)).toEqual(['内蒙古', '西藏', '甘肃', '青海', '宁夏', '新疆']);
  });

  it('is frozen, so no caller can change the shared data', () => {
    expect(Object.isFrozen(provinces)).toBe(true);
    for (const province of provinces) {
      expect(Object.isFrozen(province)).toBe(true);
      expect(Object.isFrozen(province.adjacentCodes)).toBe(true);
    }
  });
});

describe('region zones', () => {
  it('put every province in exactly one zone', () => {
    for (const province of provinces) {
      const zonesHolding = listRegionZones().filter((zone) => zone.provinceCodes.includes(province.code));
      expect(zonesHolding.map((zone) => zone.id)).toEqual([province.zone]);
    }
    expect(listRegionZones().flatMap((zone) => zone.provinceCodes)).toHaveLength(34);
  });

  it('group the provinces as the conventional 大区', () => {
    const members = Object.fromEntries(
      listRegionZones().map((zone) => [`${zone.id} ${zone.name}`, shortNamesOf(zone.provinceCodes)]),
    );
    expect(members).toEqual({
      'north 华北': ['北京', '天津', '河北', '山西', '内蒙古'],
      'northeast 东北': ['辽宁', '吉林', '黑龙江'],
      'east 华东': ['上海', '江苏', '浙江', '安徽', '福建', '江西', '山东'],
      'central 华中': ['河南', '湖北', '湖南'],
      'south 华南': ['广东', '广西', '海南'],
      'southwest 西南': ['重庆', '四川', '贵州', '云南', '西藏'],
      'northwest 西北': ['陕西', '甘肃', '青海', '宁夏', '新疆'],
      'hmt 港澳台': ['台湾', '香港', '澳门'],
    });
  });

  it('list in the conventional order', () => {
    expect(listRegionZones().map((zone) => zone.id)).toEqual(regionZoneIds);
    expect(listRegionZones().map((zone) => zone.name)).toEqual([
      '华北',
      '东北',
      '华东',
      '华中',
      '华南',
      '西南',
      '西北',
      '港澳台',
    ]);
  });

  it('are keyed by their own id', () => {
    for (const [id, zone] of Object.entries(regionZones)) expect(zone.id).toBe(id);
    expect(regionZones.hmt.englishName).toBe('Hong Kong, Macau and Taiwan');
  });
});

describe('provinceByCode', () => {
  it('finds every province by its own code', () => {
    for (const province of listProvinces()) expect(provinceByCode(province.code)).toBe(province);
  });

  it.each([
    ['440305', '广东'],
    ['440300', '广东'],
    ['110105', '北京'],
    ['429004', '湖北'],
    ['650100', '新疆'],
    ['810000', '香港'],
  ])('reads the city or district code %s as %s', (code, shortName) => {
    expect(provinceByCode(code)?.shortName).toBe(shortName);
  });

  it.each(['', '44', '4403', '4403050', ' 440305', '440305 ', '990000', '000000', '广东', '44030a'])(
    'finds nothing for %j',
    (code) => {
      expect(provinceByCode(code)).toBeUndefined();
    },
  );
});

describe('isProvinceCode', () => {
  it('accepts the 34 province-level codes only', () => {
    for (const province of listProvinces()) expect(isProvinceCode(province.code)).toBe(true);
    for (const code of ['440300', '440305', '44', '990000', '']) expect(isProvinceCode(code)).toBe(false);
  });
});
