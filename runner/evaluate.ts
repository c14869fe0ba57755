import type { Check, CheckContext, CheckInfo, Need } from '../checks';
import type { Exchange } from '../wire';
import type { Outcome } from './outcome';

/** What evaluating a check needs to know of its target: the checks' context and the needs it meets. */
export interface CheckTarget {
  ctx: CheckContext;
  met: ReadonlySet<Need>;
  unmetReason(need: Need): string;
}

/** The reason a check cannot run against this target, or undefined when it can. */
export function unmetReason(target: CheckTarget, check: CheckInfo): string | undefined {
  const need = check.needs?.find((n) => !target.met.has(n));
  return need ? target.unmetReason(need) : undefined;
}

/**
 * Evaluates one check on one input: its outcome as a value (passed, failed with findings, or skipped
 * when the target cannot meet its needs); nothing when the check says nothing about this input.
 */
export function runCheck<I>(
  target: CheckTarget,
  check: Check<I>,
  operation: string,
  input: I,
  exchange?: Exchange,
): Outcome[] {
  if (check.applies && !check.applies(input)) return [];
  const reason = unmetReason(target, check);
  if (reason) return [{ kind: 'skipped', check, operation, reason }];
  const findings = check.evaluate(input, target.ctx);
  if (findings.length === 0) return [{ kind: 'passed', check, operation }];
  return [{ kind: 'failed', check, operation, findings, ...(exchange ? { exchange } : {}) }];
}
