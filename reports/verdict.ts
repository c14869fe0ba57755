/**
 * The run's verdict, from the same outcome data as summary.json, and the exit code it gives: every entry
 * point (`npm run conformance`, `npm run traffic`, `playwright test` and `playwright merge-reports` with the
 * conformance reporter) exits with `exitCodeOf(verdict)`, whatever Playwright thinks of the tests.
 *
 * - `fail` (exit 1): a check failed, or a test failed (crash, timeout) — even when the budget ran out after.
 * - `setup-error` (exit 2): the target stopped answering mid-run; the checks it left are "not run (target)".
 * - `incomplete` (exit 0, or 1 with FACE_REQUIRE_COMPLETE=true): no failure, but rules left unchecked by the
 *   request budget ("not run (budget)"), or the run was interrupted. Checks skipped because the target
 *   cannot run them (device simulation off, opt-in expiry, read-only) are a chosen scope, not incomplete.
 * - `pass` (exit 0): every check that ran passed and the budget left no rule unchecked.
 */
import { NOT_RUN_BUDGET, NOT_RUN_TARGET } from '../runner';

/** The verdict of a run. */
export type Verdict = 'pass' | 'fail' | 'incomplete' | 'setup-error';

/** What the verdict is decided from. */
export interface VerdictFacts {
  failures: number;
  /** Tests Playwright reports failed or timed out. */
  failedTests: number;
  notRunBudget: string[];
  notRunTarget: string[];
  /** The run was interrupted (Ctrl-C, global timeout, max failures). */
  interrupted: boolean;
}

/** The verdict from the facts; a failure always wins. */
export function verdictOf(f: VerdictFacts): Verdict {
  if (f.failures > 0 || f.failedTests > 0) return 'fail';
  if (f.notRunTarget.length > 0) return 'setup-error';
  if (f.notRunBudget.length > 0 || f.interrupted) return 'incomplete';
  return 'pass';
}

/** The exit code of a verdict: 0 pass, 1 fail, 2 setup error; incomplete 0 unless complete runs are required. */
export function exitCodeOf(verdict: Verdict, requireComplete: boolean): number {
  switch (verdict) {
    case 'fail':
      return 1;
    case 'setup-error':
      return 2;
    case 'incomplete':
      return requireComplete ? 1 : 0;
    case 'pass':
      return 0;
  }
}

/** Whether FACE_REQUIRE_COMPLETE asks an incomplete run to exit 1. */
export function requireCompleteFromEnv(env: Record<string, string | undefined> = process.env): boolean {
  return ['true', '1', 'yes'].includes((env.FACE_REQUIRE_COMPLETE ?? '').trim().toLowerCase());
}

/** Why a check was not run, from its skip reasons: the budget, the target, or neither. */
export function notRunOf(skipReasons: string[]): 'budget' | 'target' | undefined {
  if (skipReasons.some((r) => r.startsWith(NOT_RUN_TARGET))) return 'target';
  if (skipReasons.some((r) => r.startsWith(NOT_RUN_BUDGET))) return 'budget';
  return undefined;
}
