import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeProvince } from './normalize-province';
import { chineseNameVariants, latinNameVariants } from './province-name-variants';
import { listProvinces } from './provinces';

const provinces = listProvinces();
const codeOfMatch = (name: string): string | undefined => {
  const match = normalizeProvince(name);
  return match.ok ? match.code : undefined;
};

describe('normalizeProvince', () => {
  it.each(provinces.map((province) => [province.name, province]))(
    'normalises %s from every form',
    (_, province) => {
      const forms = [
        province.name,
        province.shortName,
        province.code,
        province.code.slice(0, 2),
        province.englishName,
        province.englishName.toUpperCase(),
        province.pinyin.toLowerCase(),
        ` ${province.name}\u3000`,
      ];
      expect(normalizeProvince(province.name)).toEqual({ ok: true, code: province.code, province });
      expect(forms.map((form) => [form, codeOfMatch(form)])).toEqual(
        forms.map((form) => [form, province.code]),
      );
    },
  );

  it.each([
    ['北京', '110000'],
    ['北京市', '110000'],
    ['北京省', '110000'],
    ['上海 市', '310000'],
    ['广东', '440000'],
    ['广东省', '440000'],
    ['内蒙古', '150000'],
    ['内蒙古自治区', '150000'],
    ['内蒙', '150000'],
    ['广西', '450000'],
    ['广西省', '450000'],
    ['广西自治区', '450000'],
    ['广西壮族自治区', '450000'],
    ['宁夏自治区', '640000'],
    ['新疆自治区', '650000'],
    ['新疆维吾尔族自治区', '650000'],
    ['西藏自治区', '540000'],
    ['香港特区', '810000'],
    ['中国香港', '810000'],
    ['澳门特别行政区', '820000'],
    ['澳門', '820000'],
    ['台湾地区', '710000'],
    ['臺灣省', '710000'],
    ['廣東省', '440000'],
    ['\u3000\u3000浙江省\u3000', '330000'],
    ['\ufeff江苏\u200b', '320000'],
    ['４４００００', '440000'],
    ['Ｇｕａｎｇｄｏｎｇ', '440000'],
    ['guangdong province', '440000'],
    ['Beijing Shi', '110000'],
    ['Inner Mongolia', '150000'],
    ['inner-mongolia autonomous region', '150000'],
    ['Nei Mongol', '150000'],
    ['Neimenggu', '150000'],
    ['Xinjiang Uygur Autonomous Region', '650000'],
    ['Tibet', '540000'],
    ['xizang', '540000'],
    ['Hong Kong SAR, China', '810000'],
    ['HONGKONG', '810000'],
    ['Macao', '820000'],
    ['Shanxi', '140000'],
    ['Shaanxi', '610000'],
  ])('reads %j as %s', (input, code) => {
    expect(codeOfMatch(input)).toBe(code);
  });

  it('reads every listed variant as its own province, so no variant shadows another', () => {
    const variants = [...Object.entries(chineseNameVariants), ...Object.entries(latinNameVariants)].flatMap(
      ([code, names]) => (names ?? []).map((name) => [name, code]),
    );
    expect(variants.map(([name]) => [name, codeOfMatch(name ?? '')])).toEqual(variants);
  });

  it.each(['', '   ', '\u3000', '\t\n', '\u200b'])('calls %j empty', (input) => {
    expect(normalizeProvince(input)).toEqual({ ok: false, reason: 'empty', input });
  });

  it.each([
    '火星省',
    '火星',
    '省',
    '中国',
    '广东省深圳市',
    '广',
    '蒙古',
    'Mars',
    'Shenzhen',
    '440305',
    '518000',
    '4400',
    '99',
    '990000',
    '44 0000x',
  ])('calls %j unknown, keeping the input as given', (input) => {
    expect(normalizeProvince(input)).toEqual({ ok: false, reason: 'unknown', input });
  });

  it('ignores any whitespace around a name', () => {
    const space = fc.constantFrom(' ', '\u3000', '\t', '\n', '\u00a0', '\u200b');
    fc.assert(
      fc.property(
        fc.constantFrom(...provinces),
        fc.array(space, { maxLength: 4 }),
        fc.array(space, { maxLength: 4 }),
        (province, before, after) =>
          codeOfMatch(before.join('') + province.name + after.join('')) === province.code,
      ),
      { numRuns: 200 },
    );
  });
});
