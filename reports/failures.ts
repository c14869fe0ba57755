import type { FailureRecord } from '../runner';
import { printable } from '../runner';
import type { FailureEntry, TestRun } from './model';
import { TEST_ERROR_CHECK } from './model';

/** The message the suite's recorder fixture throws when a test recorded failures; not a test error. */
const RECORDED_FAILURES = /^(Error: )?\d+ conformance failure\(s\)/;

/** A one-line command that reruns a test with the run's seed (used when a failure recorded no replay). */
export function rerunCommand(title: string, seed: number): string {
  const grep = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, '.');
  return `FACE_SEED=${seed} npx playwright test --project=conformance -g '${grep}'`;
}

/** Playwright-level errors of a test not explained by recorded failures (a crash, a timeout, an interrupt). */
export function testErrors(test: TestRun): string[] {
  if (test.status === 'passed' || test.status === 'skipped') return [];
  const recorded = test.outcomes?.failures.length ?? 0;
  const unexplained = test.errors.filter((e) => recorded === 0 || !RECORDED_FAILURES.test(e));
  if (test.status === 'timedOut') {
    // The suite's own limit, never the target's: a slow target's own timeout is FACE_REQUEST_TIMEOUT_MS.
    unexplained.unshift(
      `test timeout: the suite's own time limit for a test was reached after ${test.durationMs} ms (a limit of this suite, not an answer of the target); the checks it had not reached did not run`,
    );
  }
  if (unexplained.length === 0 && recorded === 0)
    unexplained.push(`test ended ${test.status} without an error message`);
  return unexplained;
}

/** A failure of the `testError` pseudo-check. */
export function testErrorRecord(test: Pick<TestRun, 'title' | 'status'>, errors: string[]): FailureRecord {
  return {
    check: TEST_ERROR_CHECK,
    title: 'The test ended without an error of its own checks',
    rule: 'Every conformance test runs to its end; a crash, timeout or interrupt hides what was not checked',
    source: 'Playwright',
    operation: '(test)',
    // A test's error may quote a target (an exception's message): control characters escaped.
    message: printable(errors[0]?.split('\n')[0] ?? `test ${test.status}`),
    pointer: '',
    expected: 'the test to finish (passed, or failed with recorded failures)',
    received: printable(`${test.status}: ${errors.join('\n\n')}`),
  };
}

/** Every failure of the tests (recorded ones, then test errors), numbered in test order. */
export function collectFailures(tests: TestRun[], seed: number, globalErrors: string[]): FailureEntry[] {
  const out: FailureEntry[] = [];
  const push = (f: FailureRecord, test: string, location: string): void => {
    out.push({
      ...f,
      id: `F${out.length + 1}`,
      test,
      location,
      replay: f.replay ?? (location ? rerunCommand(test, f.seed ?? seed) : `FACE_SEED=${seed} npm run conformance`),
    });
  };
  for (const t of tests) {
    for (const f of t.outcomes?.failures ?? []) push(f, t.title, t.location);
    const errors = testErrors(t);
    if (errors.length > 0) push(testErrorRecord(t, errors), t.title, t.location);
  }
  for (const e of globalErrors) {
    push(testErrorRecord({ title: '(run)', status: 'failed' }, [e]), '(run)', '');
  }
  return out;
}
