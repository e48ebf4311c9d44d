import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { areAdjacent, isRemote, zoneOf } from './province-lookups';
import { listProvinces } from './provinces';

const provinces = listProvinces();
const codeOf = (shortName: string): string => {
  const province = provinces.find((candidate) => candidate.shortName === shortName);
  if (province === undefined) throw new Error(`no province ${shortName}`);
  return province.code;
};
const thrownBy = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};
const neighboursOf = (shortName: string): string[] =>
  (provinces.find((province) => province.shortName === shortName)?.adjacentCodes ?? []).map(
    (code) => provinces.find((province) => province.code === code)?.shortName ?? code,
  );

describe('province adjacency', () => {
  it('is symmetric and irreflexive over every pair of the 34 divisions', () => {
    // Collected, then compared once: 1,156 pairs through expect() would dominate the run time.
    const asymmetric: string[] = [];
    const selfAdjacent: string[] = [];
    for (const a of provinces) {
      if (areAdjacent(a.code, a.code)) selfAdjacent.push(a.shortName);
      for (const b of provinces) {
        if (areAdjacent(a.code, b.code) !== areAdjacent(b.code, a.code)) {
          asymmetric.push(`${a.shortName}-${b.shortName}`);
        }
      }
    }
    expect(asymmetric).toEqual([]);
    expect(selfAdjacent).toEqual([]);
    expect(provinces.reduce((edges, province) => edges + province.adjacentCodes.length, 0) % 2).toBe(0);
  });

  it('names only known divisions, without repeats, in code order', () => {
    const codes = new Set(provinces.map((province) => province.code));
    for (const province of provinces) {
      for (const code of province.adjacentCodes) expect(codes.has(code)).toBe(true);
      expect(new Set(province.adjacentCodes).size).toBe(province.adjacentCodes.length);
      expect(province.adjacentCodes).toEqual([...province.adjacentCodes].sort());
    }
  });

  it('joins the mainland, 香港 and 澳门 into one land mass and leaves the islands alone', () => {
    const reached = new Set<string>([codeOf('北京')]);
    const queue = [codeOf('北京')];
    for (let code = queue.shift(); code !== undefined; code = queue.shift()) {
      for (const next of provinces.find((province) => province.code === code)?.adjacentCodes ?? []) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    const unreached = provinces.filter((province) => !reached.has(province.code)).map((p) => p.shortName);
    expect(unreached).toEqual(['海南', '台湾']);
  });

  it.each([
    ['江苏', ['上海', '浙江', '安徽', '山东']],
    ['上海', ['江苏', '浙江']],
    ['内蒙古', ['河北', '山西', '辽宁', '吉林', '黑龙江', '陕西', '甘肃', '宁夏']],
    ['陕西', ['山西', '内蒙古', '河南', '湖北', '重庆', '四川', '甘肃', '宁夏']],
    ['新疆', ['西藏', '甘肃', '青海']],
    ['广东', ['福建', '江西', '湖南', '广西', '香港', '澳门']],
    ['河北', ['北京', '天津', '山西', '内蒙古', '辽宁', '山东', '河南']],
    ['四川', ['重庆', '贵州', '云南', '西藏', '陕西', '甘肃', '青海']],
    ['海南', []],
    ['台湾', []],
    ['澳门', ['广东']],
  ])('%s borders %j', (shortName, expected) => {
    expect(neighboursOf(shortName)).toEqual(expected);
  });

  it('counts no sea crossing', () => {
    expect(areAdjacent(codeOf('广东'), codeOf('海南'))).toBe(false);
    expect(areAdjacent(codeOf('福建'), codeOf('台湾'))).toBe(false);
    expect(areAdjacent(codeOf('香港'), codeOf('澳门'))).toBe(false);
  });
});

describe('areAdjacent', () => {
  it('reads city and district codes by their province', () => {
    expect(areAdjacent('320500', '310115')).toBe(true);
    expect(areAdjacent('440305', '110105')).toBe(false);
  });

  it('throws invalid_input naming the argument for a code of no province', () => {
    expect(() => areAdjacent('320000', '990000')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['b'] }),
    );
    const error = thrownBy(() => areAdjacent('广东', '320000'));
    expect(OmsError.isCode(error, 'invalid_input') && error.path).toEqual(['a']);
  });
});

describe('zoneOf', () => {
  it('gives each province its zone, and cities and districts theirs', () => {
    for (const province of listProvinces()) expect(zoneOf(province.code)).toBe(province.zone);
    expect(zoneOf('440305')).toBe('south');
    expect(zoneOf('310115')).toBe('east');
    expect(zoneOf('820000')).toBe('hmt');
  });

  it('throws invalid_input for a code of no province', () => {
    expect(() => zoneOf('990000')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['code'] }),
    );
    expect(() => zoneOf('广东')).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

describe('isRemote', () => {
  it('follows the default list: 内蒙古 甘肃 青海 宁夏 新疆 西藏', () => {
    const remote = listProvinces()
      .filter((province) => isRemote(province.code))
      .map((province) => province.shortName);
    expect(remote).toEqual(['内蒙古', '西藏', '甘肃', '青海', '宁夏', '新疆']);
    expect(isRemote('650100')).toBe(true);
    expect(isRemote('440305')).toBe(false);
  });

  it('takes a rate card list of provinces, cities and districts instead', () => {
    const remoteCodes = ['460000', '513300', '632721'];
    expect(isRemote('460100', remoteCodes)).toBe(true);
    expect(isRemote('513322', remoteCodes)).toBe(true);
    expect(isRemote('513300', remoteCodes)).toBe(true);
    expect(isRemote('510104', remoteCodes)).toBe(false);
    expect(isRemote('510000', remoteCodes)).toBe(false);
    expect(isRemote('632721', remoteCodes)).toBe(true);
    expect(isRemote('632722', remoteCodes)).toBe(false);
    expect(isRemote('650000', remoteCodes)).toBe(false);
    expect(isRemote('650000', [])).toBe(false);
  });

  it('throws invalid_input for a bad code or a bad list entry', () => {
    expect(() => isRemote('xinjiang')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['code'] }),
    );
    expect(() => isRemote('650000', ['540000', '新疆'])).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['remoteCodes', 1] }),
    );
  });
});
