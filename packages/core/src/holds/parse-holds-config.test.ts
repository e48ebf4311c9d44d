import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { defaultLandmarkKeywords } from './default-keywords';
import { defaultHoldsConfig, parseHoldsConfig, safeParseHoldsConfig } from './parse-holds-config';

describe('holds config', () => {
  it('fills defaults', () => {
    const config = parseHoldsConfig({ rules: [{ id: 'vague', type: 'vague_address' }] });
    expect(config).toEqual({
      specificationVersion: 'v1',
      rules: [
        {
          id: 'vague',
          type: 'vague_address',
          enabled: true,
          landmarkKeywords: [...defaultLandmarkKeywords],
          houseNumberMarkers: expect.arrayContaining(['号', '栋', '室']),
          requireHouseNumber: true,
        },
      ],
    });
  });

  it('ships a valid default config with unique ids', () => {
    const config = defaultHoldsConfig();
    expect(config.rules.map((rule) => rule.type)).toContain('velocity');
    expect(new Set(config.rules.map((rule) => rule.id)).size).toBe(config.rules.length);
  });

  it('names the path of every bad field', () => {
    const result = safeParseHoldsConfig({
      rules: [
        { id: 'v', type: 'velocity', dimension: 'buyer', maxOrders: 0, windowMs: 3_600_000 },
        { id: 'low', type: 'low_amount', minPaidRatio: 1.5 },
        { id: 'v', type: 'ship_blocked', colour: 'red' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.pathText)).toEqual([
      'rules[0].maxOrders',
      'rules[1].minPaidRatio',
      'rules[2]',
      'rules[2].id',
    ]);
    expect(result.issues[2]?.message).toMatch(/colour/);
    expect(result.issues[3]?.message).toBe('duplicate rule id "v"');
  });

  it('refuses duplicate rule ids and unknown rule types', () => {
    const duplicate = safeParseHoldsConfig({
      rules: [
        { id: 'same', type: 'ship_blocked' },
        { id: 'same', type: 'address_changed' },
      ],
    });
    expect(duplicate).toMatchObject({
      ok: false,
      issues: [{ pathText: 'rules[1].id', message: 'duplicate rule id "same"' }],
    });
    const unknown = safeParseHoldsConfig({ rules: [{ id: 'x', type: 'astrology' }] });
    expect(unknown).toMatchObject({ ok: false, issues: [{ pathText: 'rules[0].type' }] });
  });

  it('throws invalid_input with the first bad path from parseHoldsConfig', () => {
    let caught: unknown;
    try {
      parseHoldsConfig({ rules: [{ id: 'kw', type: 'message_keyword', keywords: ['改地址', ''] }] });
    } catch (error) {
      caught = error;
    }
    expect(OmsError.isCode(caught, 'invalid_input')).toBe(true);
    expect((caught as OmsError).path).toEqual(['rules', 0, 'keywords', 1]);
    expect((caught as OmsError).message).toContain('rules[0].keywords[1]');
  });
});
