import type { ContractVersion, Design, SchemaRegistry } from '../schemas';
import { designOf, hasV13Additions } from '../schemas';

/**
 * The contracts a check can belong to (see `Check.scope`): a design of the contract table, or the
 * v1.3-preview.1 additions (`v13`).
 */
export type CheckScope = Design | 'v13';

/** What a check needs from the target; a check whose needs are not met is skipped with the reason. */
export type Need = 'deviceSimulation' | 'write' | 'expiry';

/** What the checks know of the run. */
export interface CheckContext {
  version: ContractVersion;
  registry: SchemaRegistry;
}

/** One way an observation breaks a rule. */
export interface Finding {
  message: string;
  /** JSON pointer into the response body (or `/headers/<name>`, `/status`). */
  pointer: string;
  schemaPath?: string;
  expected: string;
  received: string;
}

/** A named check: the rule it enforces, the document it comes from, and how to evaluate it. */
export interface Check<I> {
  /** Self-explaining name, e.g. `listSortedById`. */
  name: string;
  title: string;
  /** The rule, e.g. `CONTRACT.md §3 rule 1: items sorted by id ascending`. */
  rule: string;
  /** The seed or reference the rule comes from. */
  source: string;
  needs?: Need[];
  /**
   * The design of the versions it applies to (the contract table's `design`): preview (default) or GA
   * (v1.2 and v1.3-preview.1); or `v13`: the versions with the v1.3-preview.1 additions.
   */
  scope?: CheckScope;
  /** Whether the check says anything about this input; when false nothing is counted. Default: always. */
  applies?(input: I): boolean;
  evaluate(input: I, ctx: CheckContext): Finding[];
}

/** Metadata of a registered check, for reports. */
export type CheckInfo = Pick<Check<unknown>, 'name' | 'title' | 'rule' | 'source' | 'needs' | 'scope'>;

const CHECKS = new Map<string, CheckInfo>();

/** Registers a check by name; a second check with the same name is a bug and throws. */
export function defineCheck<I>(check: Check<I>): Check<I> {
  if (CHECKS.has(check.name)) throw new Error(`a check named "${check.name}" is already registered`);
  const { name, title, rule, source, needs, scope } = check;
  CHECKS.set(name, { name, title, rule, source, needs, scope });
  return check;
}

/** Every registered check's metadata; with a scope, only the checks of that contract. */
export function allChecks(scope?: CheckScope): CheckInfo[] {
  const all = [...CHECKS.values()];
  return scope ? all.filter((c) => (c.scope ?? 'preview') === scope) : all;
}

/** The checks a run of a version can run: the previews', or the GA line's (and v1.3-preview.1's own). */
export function checksForVersion(version: string): CheckInfo[] {
  return [...allChecks(designOf(version)), ...(hasV13Additions(version) ? allChecks('v13') : [])];
}
