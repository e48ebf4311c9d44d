import { invalidInput } from '../errors/oms-error';
import { normalizeProvince } from '../region/normalize-province';
import type { RoutingCondition } from './rule-condition';

/** The facts of one order that conditions read, computed once per order. */
export interface OrderFacts {
  readonly provinceCode: string | undefined;
  readonly cityCode: string | undefined;
  readonly city: string;
  readonly districtCode: string | undefined;
  readonly district: string;
  readonly channel: string;
  readonly shopId: string;
  readonly skus: readonly string[];
  /** Catalogue tags of each line's SKU (empty for unknown SKUs). */
  readonly skuTags: readonly (readonly string[])[];
  readonly buyerTags: readonly string[];
  readonly amountFen: number;
  readonly weightGrams: number;
  readonly volumeCm3: number;
  readonly presale: boolean;
  readonly cod: boolean;
  /** Hours from `now` to the ship-by time; undefined when either is unknown. */
  readonly hoursToShipBy: number | undefined;
}

/** A compiled condition. */
export type FactPredicate = (facts: OrderFacts) => boolean;

type Path = readonly (string | number)[];

const sixDigits = /^\d{6}$/;

function provinceCodes(names: readonly string[], path: Path): Set<string> {
  const codes = new Set<string>();
  for (const [index, name] of names.entries()) {
    const match = normalizeProvince(name);
    if (!match.ok) throw invalidInput([...path, 'in', index], `unknown province ${JSON.stringify(name)}`);
    codes.add(match.code);
  }
  return codes;
}

function areaPredicate(
  values: readonly string[],
  code: (facts: OrderFacts) => string | undefined,
  name: (facts: OrderFacts) => string,
  digits: number,
): FactPredicate {
  const codes = new Set(
    values.filter((value) => sixDigits.test(value)).map((value) => value.slice(0, digits)),
  );
  const names = new Set(values.filter((value) => !sixDigits.test(value)));
  return (facts) => {
    const value = code(facts);
    if (value !== undefined && codes.has(value.slice(0, digits))) return true;
    return names.has(name(facts));
  };
}

function within(value: number, min: number | undefined, max: number | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/**
 * Compiles a rule condition into a predicate over {@link OrderFacts}. Province names are
 * normalised here, so a bad one fails once at `path`, not on every order.
 *
 * @throws OmsError `invalid_input` naming the path of an unknown province.
 */
export function compileCondition(condition: RoutingCondition, path: Path): FactPredicate {
  switch (condition.type) {
    case 'province': {
      const codes = provinceCodes(condition.in, path);
      return (facts) => facts.provinceCode !== undefined && codes.has(facts.provinceCode);
    }
    case 'city':
      return areaPredicate(
        condition.in,
        (facts) => facts.cityCode ?? facts.districtCode,
        (facts) => facts.city,
        4,
      );
    case 'district':
      return areaPredicate(
        condition.in,
        (facts) => facts.districtCode,
        (facts) => facts.district,
        6,
      );
    case 'channel': {
      const set = new Set(condition.in);
      return (facts) => set.has(facts.channel);
    }
    case 'shop': {
      const set = new Set(condition.in);
      return (facts) => set.has(facts.shopId);
    }
    case 'buyerTag': {
      const set = new Set(condition.in);
      return (facts) => facts.buyerTags.some((tag) => set.has(tag));
    }
    case 'sku': {
      const set = new Set(condition.in);
      if (condition.match === 'every') return (facts) => facts.skus.every((sku) => set.has(sku));
      return (facts) => facts.skus.some((sku) => set.has(sku));
    }
    case 'skuTag': {
      const set = new Set(condition.in);
      const lineMatches = (tags: readonly string[]) => tags.some((tag) => set.has(tag));
      if (condition.match === 'every') return (facts) => facts.skuTags.every(lineMatches);
      return (facts) => facts.skuTags.some(lineMatches);
    }
    case 'amount':
      return (facts) => within(facts.amountFen, condition.minFen, condition.maxFen);
    case 'weight':
      return (facts) => within(facts.weightGrams, condition.minGrams, condition.maxGrams);
    case 'volume':
      return (facts) => within(facts.volumeCm3, condition.minCm3, condition.maxCm3);
    case 'presale':
      return (facts) => facts.presale === condition.is;
    case 'cod':
      return (facts) => facts.cod === condition.is;
    case 'shipBy': {
      const hours = condition.withinHours;
      return (facts) => facts.hoursToShipBy !== undefined && facts.hoursToShipBy <= hours;
    }
    case 'all': {
      const parts = condition.of.map((part, index) => compileCondition(part, [...path, 'of', index]));
      return (facts) => parts.every((part) => part(facts));
    }
    case 'any': {
      const parts = condition.of.map((part, index) => compileCondition(part, [...path, 'of', index]));
      return (facts) => parts.some((part) => part(facts));
    }
    case 'not': {
      const inner = compileCondition(condition.of, [...path, 'of']);
      return (facts) => !inner(facts);
    }
  }
}
