import type { Capability, ContractVersion, SchemaRegistry } from '../schemas';
import { hasCapabilities } from '../schemas';

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
   * The capabilities a version must have for the check to say anything (the contract table's
   * `capabilities`); none (the default): every version.
   */
  requires?: readonly Capability[];
  /** Whether the check says anything about this input; when false nothing is counted. Default: always. */
  applies?(input: I): boolean;
  evaluate(input: I, ctx: CheckContext): Finding[];
}

/** Metadata of a registered check, for reports. */
export type CheckInfo = Pick<Check<unknown>, 'name' | 'title' | 'rule' | 'source' | 'needs' | 'requires'>;

const CHECKS = new Map<string, CheckInfo>();

/** Registers a check by name; a second check with the same name is a bug and throws. */
export function defineCheck<I>(check: Check<I>): Check<I> {
  if (CHECKS.has(check.name)) throw new Error(`a check named "${check.name}" is already registered`);
  const { name, title, rule, source, needs, requires } = check;
  CHECKS.set(name, { name, title, rule, source, needs, requires });
  return check;
}

/** Every registered check's metadata. */
export function allChecks(): CheckInfo[] {
  return [...CHECKS.values()];
}

/**
 * The checks a run of a version can evaluate: every check whose required capabilities the version has.
 * A string that names no version this project carries gets the checks that require nothing.
 */
export function checksForVersion(version: string): CheckInfo[] {
  return allChecks().filter((c) => hasCapabilities(version, c.requires));
}
