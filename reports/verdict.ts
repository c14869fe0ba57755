/**
 * The run's verdict, from the same outcome data as summary.json, and the exit code it gives: every entry
 * point (`npm run conformance`, `npm run traffic`, `playwright test` and `playwright merge-reports` with the
 * conformance reporter) exits with `exitCodeOf(verdict)`, whatever Playwright thinks of the tests.
 *
 * - `fail` (exit 1): a check failed, or a test failed (crash, timeout) — even when the budget ran out after.
 * - `setup-error` (exit 2): the target stopped answering (or answered invalid HTTP) mid-run, the checks it left
 *   "not run (target)"; or the run checked nothing at all (every request answered 429, the deadline or the
 *   budget passed before any check ran): a run that checked nothing never passes. `verdictReasonOf` says why.
 * - `incomplete` (exit 0, or 1 with FACE_REQUIRE_COMPLETE=true): no failure, but rules left unchecked by the
 *   request budget, the run's deadline, the target's rate limit or the answer size cap ("not run (budget)",
 *   "(deadline)", "(rate limited)", "(safety limit)"), or the run was interrupted. A deadline is a bound the
 *   user chose, like the budget: it exits as the budget does. Checks skipped because the target cannot run them
 *   (device simulation off, opt-in expiry, read-only) are a chosen scope, not incomplete.
 * - `pass` (exit 0): at least one check ran, every check that ran passed, and nothing was left unchecked.
 */
import { NOT_RUN_BUDGET, NOT_RUN_DEADLINE, NOT_RUN_LIMIT, NOT_RUN_RATE_LIMITED, NOT_RUN_TARGET } from '../runner';

/** The verdict of a run. */
export type Verdict = 'pass' | 'fail' | 'incomplete' | 'setup-error';

/** What the verdict is decided from. */
export interface VerdictFacts {
  failures: number;
  /** Tests Playwright reports failed or timed out. */
  failedTests: number;
  notRunBudget: string[];
  notRunTarget: string[];
  notRunDeadline?: string[];
  notRunLimit?: string[];
  notRunRateLimited?: string[];
  /** The run was interrupted (Ctrl-C, global timeout, max failures). */
  interrupted: boolean;
  /** Check × operation evaluations that passed or failed; undefined: not known (treated as some). */
  checked?: number;
  /** HTTP statuses answered in the run, by code. */
  statuses?: Record<string, number>;
}

/** The verdict from the facts; a failure always wins, and a run that checked nothing never passes. */
export function verdictOf(f: VerdictFacts): Verdict {
  if (f.failures > 0 || f.failedTests > 0) return 'fail';
  if (f.notRunTarget.length > 0 || f.checked === 0) return 'setup-error';
  const left = [f.notRunBudget, f.notRunDeadline, f.notRunLimit, f.notRunRateLimited];
  if (left.some((l) => (l?.length ?? 0) > 0) || f.interrupted) return 'incomplete';
  return 'pass';
}

/** Whether every answer of the run was a 429 (at least one answer). */
function allRateLimited(statuses: Record<string, number> = {}): boolean {
  const codes = Object.keys(statuses).filter((c) => (statuses[c] ?? 0) > 0);
  return codes.length > 0 && codes.every((c) => c === '429');
}

/** One line saying why a run that is not `pass` or `fail` ended so, naming the setting or the fix. */
export function verdictReasonOf(f: VerdictFacts, down?: string): string | undefined {
  const verdict = verdictOf(f);
  if (verdict === 'pass' || verdict === 'fail') return undefined;
  if (f.notRunTarget.length > 0) return down ?? 'the target stopped answering';
  if (allRateLimited(f.statuses))
    return 'every request was answered 429: the target is rate limiting this client; run again later or with a higher quota, or raise FACE_MAX_RETRY_WAIT_MS and FACE_MAX_RUN_S to wait it out';
  const why: [string[] | undefined, string][] = [
    [f.notRunRateLimited, 'answers rate limited (429) past the retries'],
    [f.notRunDeadline, "the run's deadline (FACE_MAX_RUN_S)"],
    [f.notRunLimit, 'answers over FACE_MAX_RESPONSE_BYTES'],
    [f.notRunBudget, 'the request budget (FACE_REQUEST_BUDGET)'],
  ];
  const causes = why.filter(([l]) => (l?.length ?? 0) > 0).map(([, w]) => w);
  if (verdict === 'setup-error')
    return `no check ran${causes.length ? `: ${causes.join(', ')} left nothing to check` : ''}; see the skip reasons in the report`;
  if (causes.length === 0) return 'the run was interrupted before every test ended';
  return `rules left unchecked by ${causes.join(', ')}`;
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

/** Why a check or cell was left unchecked, in the report's words: "not run (budget)" and so on. */
export type NotRun = 'budget' | 'target' | 'deadline' | 'safety limit' | 'rate limited';

const NOT_RUN_ORDER: [NotRun, string][] = [
  ['target', NOT_RUN_TARGET],
  ['deadline', NOT_RUN_DEADLINE],
  ['rate limited', NOT_RUN_RATE_LIMITED],
  ['safety limit', NOT_RUN_LIMIT],
  ['budget', NOT_RUN_BUDGET],
];

/** Why a check was not run, from its skip reasons (the first of target, deadline, rate limit, size, budget). */
export function notRunOf(skipReasons: string[]): NotRun | undefined {
  return NOT_RUN_ORDER.find(([, prefix]) => skipReasons.some((r) => r.startsWith(prefix)))?.[0];
}
