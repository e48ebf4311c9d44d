import { invalidInput } from '../errors/oms-error';
import type { FactPredicate } from './compile-condition';
import { compileCondition } from './compile-condition';
import type { RoutingWarehouse } from './routing-context';
import type { RuleAction, RuleSet } from './rule-set';

/** A candidate of a compiled rule: ship from one warehouse, take stock from it or another. */
export interface CompiledCandidate {
  readonly shipIndex: number;
  readonly stockIndex: number;
  readonly rank: number;
  readonly transferCostFen: number;
  readonly transferDays: number;
}

/** A rule compiled against a warehouse network. */
export interface CompiledRule {
  /** The rule's id; undefined for the fallback. */
  readonly id: string | undefined;
  readonly matches: FactPredicate;
  readonly candidates: readonly CompiledCandidate[];
  /** Per warehouse: 1 when the rule's `exclude` names it. */
  readonly excluded: Uint8Array;
  /** Per carrier (in the prepared carrier order): 1 when the rule allows it. */
  readonly carrierAllowed: Uint8Array;
  readonly dropShip: boolean;
  readonly hold: { readonly reason: string } | undefined;
}

const always: FactPredicate = () => true;

function compileAction(
  action: RuleAction,
  path: readonly (string | number)[],
  warehouses: readonly RoutingWarehouse[],
  warehouseIndex: ReadonlyMap<string, number>,
  carrierCodes: readonly string[],
): Omit<CompiledRule, 'id' | 'matches'> {
  const lookUp = (id: string, at: readonly (string | number)[]): number => {
    const index = warehouseIndex.get(id);
    if (index === undefined) throw invalidInput(at, `unknown warehouse ${JSON.stringify(id)}`);
    return index;
  };
  const excluded = new Uint8Array(warehouses.length);
  for (const [position, id] of action.exclude.entries())
    excluded[lookUp(id, [...path, 'exclude', position])] = 1;
  const candidates: CompiledCandidate[] = [];
  const listed =
    action.warehouses ??
    warehouses.filter((warehouse) => warehouse.supplierId === undefined).map((w) => w.id);
  for (const [position, entry] of listed.entries()) {
    const at = [...path, 'warehouses', position];
    const candidate =
      typeof entry === 'string'
        ? { shipIndex: lookUp(entry, at), stockIndex: lookUp(entry, at), transferCostFen: 0, transferDays: 0 }
        : {
            shipIndex: lookUp(entry.warehouse, [...at, 'warehouse']),
            stockIndex: lookUp(entry.transferFrom, [...at, 'transferFrom']),
            transferCostFen: entry.transferCostFen ?? 0,
            transferDays: entry.transferDays ?? 2,
          };
    if (excluded[candidate.shipIndex] === 1 || excluded[candidate.stockIndex] === 1) continue;
    candidates.push({ ...candidate, rank: candidates.length });
  }
  if (action.dropShip) {
    for (const [index, warehouse] of warehouses.entries()) {
      if (warehouse.supplierId === undefined || excluded[index] === 1) continue;
      if (candidates.some((candidate) => candidate.shipIndex === index)) continue;
      candidates.push({
        shipIndex: index,
        stockIndex: index,
        transferCostFen: 0,
        transferDays: 0,
        rank: candidates.length,
      });
    }
  }
  const carrierAllowed = new Uint8Array(carrierCodes.length);
  for (const [index, code] of carrierCodes.entries()) {
    const allow = action.carriers?.allow;
    const denied = action.carriers?.deny.includes(code) ?? false;
    carrierAllowed[index] = (allow === undefined || allow.includes(code)) && !denied ? 1 : 0;
  }
  return { candidates, excluded, carrierAllowed, dropShip: action.dropShip, hold: action.hold };
}

/**
 * Compiles a rule set's rules and fallback against the network: conditions to predicates,
 * warehouse ids to indexes, carrier allow and deny lists to flags.
 *
 * @throws OmsError `invalid_input` with the path (under `ruleSet`) of an unknown warehouse or province.
 */
export function compileRules(
  ruleSet: RuleSet,
  warehouses: readonly RoutingWarehouse[],
  warehouseIndex: ReadonlyMap<string, number>,
  carrierCodes: readonly string[],
): { readonly rules: readonly CompiledRule[]; readonly fallback: CompiledRule } {
  const rules = ruleSet.rules.map((rule, index): CompiledRule => {
    const path = ['ruleSet', 'rules', index];
    return {
      id: rule.id,
      matches: rule.when === undefined ? always : compileCondition(rule.when, [...path, 'when']),
      ...compileAction(rule.action, [...path, 'action'], warehouses, warehouseIndex, carrierCodes),
    };
  });
  const fallback: CompiledRule = {
    id: undefined,
    matches: always,
    ...compileAction(ruleSet.fallback, ['ruleSet', 'fallback'], warehouses, warehouseIndex, carrierCodes),
  };
  return { rules, fallback };
}
