import { defineConfig } from '@playwright/test';
import type { TargetOptions } from '../../specs/fixtures';
import type { SuiteConfig } from '../../runner';

/** The suite's spec files, by short name (specs/<name>.spec.ts). */
export type SpecFile =
  | 'operations'
  | 'lifecycle'
  | 'families'
  | 'expiry'
  | 'wholeSessions'
  | 'attemptsLifecycle'
  | 'attemptsExpiry'
  | 'attemptLimitAndSettings';

/** What the self-check tells its run about one target: the describe title, its configuration, its spec files. */
export interface TargetRun {
  name: string;
  /** The target's configuration (its version and its mock's endpoint included), parsed once by the self-check. */
  config: SuiteConfig;
  specs: SpecFile[];
  /** Only the target's tests whose title, after the target's name, matches this regular expression. */
  focus?: string;
}

/** The variable carrying the targets (JSON `TargetRun[]`) from the self-check to this run and its workers. */
export const TARGETS_ENV = 'SELFCHECK_TARGETS';

/** Set by the self-check for a run that stops at its first failed check (the mutation bench's clean runs). */
export const FAIL_FAST_ENV = 'SELFCHECK_FAIL_FAST';

/** Whether this run stops at its first failed check: a check failure then fails its test. */
const failFast = process.env[FAIL_FAST_ENV] === '1';

/** Escapes a string for use in a regular expression. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per target: its describe title (Playwright joins title parts with spaces), then its focus. */
const grep = (JSON.parse(process.env[TARGETS_ENV] ?? '[]') as TargetRun[]).map(
  (r) => new RegExp(`(?:^| )${escape(r.name)} ${r.focus ?? ''}`),
);

/**
 * The self-check's one conformance run (tests/selfcheck/conformance.targets.ts): every target in one
 * project, so workers are shared between targets; check failures are recorded in the outcomes (read from
 * the JSON report) rather than failing tests, so an expected failure costs no worker restart; in a
 * fail-fast run a check failure fails its test and the first failed test ends the run.
 */
export default defineConfig<TargetOptions>({
  testDir: '.',
  testMatch: 'conformance.targets.ts',
  fullyParallel: true,
  workers: 2,
  reporter: [['json']],
  timeout: 120_000,
  maxFailures: failFast ? 1 : 0,
  grep,
  use: { checkFailuresFailTests: failFast },
});
