import { describe, expect, it } from 'vitest';
import { OmsError } from '../errors/oms-error';
import { network } from './__fixtures__/routing-network';
import { prepareRouting } from './prepare-routing';
import { parseRuleSet } from './rule-set';

describe('parseRuleSet', () => {
  it('accepts the Guangdong example and fills defaults', () => {
    const parsed = parseRuleSet({
      version: '1',
      rules: [
        { id: 'gd', when: { type: 'province', in: ['广东'] }, action: { warehouses: ['wh-guangzhou'] } },
      ],
    });
    expect(parsed.ok && parsed.ruleSet.strategy).toBe('priority');
    expect(parsed.ok && parsed.ruleSet.rules[0]?.action.exclude).toEqual([]);
  });

  it('accepts nested combinations', () => {
    const parsed = parseRuleSet({
      version: '2',
      strategy: 'lowest_cost',
      rules: [
        {
          id: 'combo',
          when: {
            type: 'all',
            of: [
              {
                type: 'any',
                of: [
                  { type: 'channel', in: ['jd'] },
                  { type: 'shop', in: ['s1'] },
                ],
              },
              { type: 'not', of: { type: 'presale', is: true } },
              { type: 'weight', maxGrams: 3000 },
              { type: 'shipBy', withinHours: 24 },
              { type: 'skuTag', in: ['battery'], match: 'every' },
            ],
          },
          action: { warehouses: ['a'], carriers: { deny: ['jt'] } },
        },
      ],
    });
    expect(parsed.ok).toBe(true);
  });

  it('names the path of each bad field', () => {
    const parsed = parseRuleSet({
      version: '3',
      strategy: 'cheapest',
      rules: [
        { id: 'a', when: { type: 'province', in: [] }, action: {} },
        {
          id: 'a',
          when: { type: 'all', of: [{ type: 'amount', minFen: -1 }] },
          action: { warehouse: ['x'] },
        },
      ],
    });
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['strategy', 'rules.0.when.in', 'rules.1.when.of.0.minFen', 'rules.1.action']),
    );
  });

  it('reports duplicate rule ids', () => {
    const parsed = parseRuleSet({
      version: '4',
      rules: [
        { id: 'x', action: {} },
        { id: 'x', action: {} },
      ],
    });
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      { path: ['rules', 1, 'id'], message: 'duplicate rule id x' },
    ]);
  });
});

describe('prepareRouting', () => {
  it('rejects unknown warehouses and provinces with the path', () => {
    const badWarehouse = network({
      version: '1',
      rules: [{ id: 'r', action: { warehouses: ['wh-nowhere'] } }],
    });
    expect(() => prepareRouting(badWarehouse)).toThrowError(
      /ruleSet\.rules\[0\]\.action\.warehouses\[0\]: unknown warehouse/,
    );
    const badProvince = network({
      version: '1',
      rules: [{ id: 'r', when: { type: 'province', in: ['Atlantis'] }, action: {} }],
    });
    try {
      prepareRouting(badProvince);
      expect.unreachable();
    } catch (error) {
      expect(OmsError.isCode(error, 'invalid_input') && error.path).toEqual([
        'ruleSet',
        'rules',
        0,
        'when',
        'in',
        0,
      ]);
    }
  });

  it('rejects stock rows for unknown SKUs', () => {
    const context = network(undefined, {
      stock: [{ sku: 'GHOST', warehouseId: 'wh-jiangsu', available: 1 }],
    });
    expect(() => prepareRouting(context)).toThrowError(/stock\[0\]\.sku/);
  });
});
