import { describe, expect, it } from 'vitest';
import { jiangzhehuwanCodes } from './province-groups';
import { listProvinces } from './provinces';
import { type ShippingZone, shippingZoneBetween, shippingZones } from './shipping-zone-between';

const codeOf = (shortName: string): string => {
  const province = listProvinces().find((candidate) => candidate.shortName === shortName);
  if (province === undefined) throw new Error(`no province ${shortName}`);
  return province.code;
};

describe('shippingZoneBetween', () => {
  it.each<[string, string, ShippingZone]>([
    ['广东', '广东', 'same_province'],
    ['新疆', '新疆', 'same_province'],
    ['上海', '江苏', 'jiangzhehu'],
    ['浙江', '上海', 'jiangzhehu'],
    ['江苏', '浙江', 'jiangzhehu'],
    ['江苏', '安徽', 'adjacent'],
    ['江苏', '山东', 'adjacent'],
    ['广东', '广西', 'adjacent'],
    ['北京', '河北', 'adjacent'],
    ['上海', '安徽', 'same_region'],
    ['上海', '福建', 'same_region'],
    ['广东', '海南', 'same_region'],
    ['北京', '山西', 'same_region'],
    ['上海', '广东', 'national'],
    ['新疆', '上海', 'national'],
    ['黑龙江', '云南', 'national'],
    ['上海', '新疆', 'remote'],
    ['广东', '西藏', 'remote'],
    ['甘肃', '宁夏', 'remote'],
    ['北京', '内蒙古', 'remote'],
    ['广东', '香港', 'remote'],
    ['香港', '广东', 'remote'],
    ['香港', '澳门', 'remote'],
    ['福建', '台湾', 'remote'],
    ['香港', '香港', 'same_province'],
  ])('%s to %s is %s', (origin, destination, zone) => {
    expect(shippingZoneBetween(codeOf(origin), codeOf(destination))).toBe(zone);
  });

  it('takes city and district codes', () => {
    expect(shippingZoneBetween('440305', '440106')).toBe('same_province');
    expect(shippingZoneBetween('310115', '320505')).toBe('jiangzhehu');
    expect(shippingZoneBetween('440305', '650102')).toBe('remote');
  });

  it('uses the remote list a rate card passes', () => {
    expect(shippingZoneBetween(codeOf('上海'), codeOf('新疆'), { remoteCodes: [] })).toBe('national');
    expect(shippingZoneBetween(codeOf('甘肃'), codeOf('宁夏'), { remoteCodes: [] })).toBe('adjacent');
    expect(shippingZoneBetween(codeOf('广东'), codeOf('海南'), { remoteCodes: ['460000'] })).toBe('remote');
    expect(shippingZoneBetween('440305', '513322', { remoteCodes: ['513300'] })).toBe('remote');
    expect(shippingZoneBetween('440305', '510104', { remoteCodes: ['513300'] })).toBe('national');
  });

  it('prices 江浙沪皖 as one group when asked', () => {
    expect(shippingZoneBetween(codeOf('上海'), codeOf('安徽'))).toBe('same_region');
    expect(shippingZoneBetween(codeOf('上海'), codeOf('安徽'), { jiangzhehuCodes: jiangzhehuwanCodes })).toBe(
      'jiangzhehu',
    );
    expect(shippingZoneBetween(codeOf('安徽'), codeOf('江西'), { jiangzhehuCodes: jiangzhehuwanCodes })).toBe(
      'adjacent',
    );
  });

  it('classes 港澳台 parcels by the map when crossBorderAsRemote is false', () => {
    const byMap = { crossBorderAsRemote: false };
    expect(shippingZoneBetween(codeOf('广东'), codeOf('香港'), byMap)).toBe('adjacent');
    expect(shippingZoneBetween(codeOf('香港'), codeOf('台湾'), byMap)).toBe('same_region');
    expect(shippingZoneBetween(codeOf('上海'), codeOf('台湾'), byMap)).toBe('national');
  });

  it('always answers one of the zones, for every ordered pair', () => {
    const codes = listProvinces().map((province) => province.code);
    const answers = new Set(
      codes.flatMap((origin) => codes.map((destination) => shippingZoneBetween(origin, destination))),
    );
    expect([...answers].every((zone) => shippingZones.includes(zone))).toBe(true);
    expect(answers.size).toBe(shippingZones.length);
  });

  it('throws invalid_input naming the bad code or option entry', () => {
    expect(() => shippingZoneBetween('990000', '440000')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['originCode'] }),
    );
    expect(() => shippingZoneBetween('440000', '')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['destinationCode'] }),
    );
    // Checked even when the answer does not depend on it (same province here).
    expect(() => shippingZoneBetween('440000', '440000', { remoteCodes: ['65'] })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['options', 'remoteCodes', 0] }),
    );
    expect(() => shippingZoneBetween('440000', '440000', { jiangzhehuCodes: ['310000', 'x'] })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['options', 'jiangzhehuCodes', 1] }),
    );
  });
});
