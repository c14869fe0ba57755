import type { ContractVersion } from '../schemas';
import { DOCUMENTED_CONFLICTS, operationsFor } from '../schemas';
import type { CheckInfo } from '../checks';
import { collectFailures } from './failures';
import { mergeCells, summarizeChecks, summarizeOperations } from './matrix';
import type { RunInfo, Summary, TestEntry, TestRun } from './model';
import { TEST_ERROR_CHECK } from './model';
import { conflicts, notesOfKind } from './notes';
import { ruleCoverage, rulesOfFailure } from './rules';
import type { NotRun, VerdictFacts } from './verdict';
import { exitCodeOf, notRunOf, verdictOf, verdictReasonOf } from './verdict';

/** Inputs of the aggregator besides the tests. */
export interface AggregateOptions {
  /** Every registered check (`allChecks()` after importing checks/). */
  registered: CheckInfo[];
  /** Errors outside any test (Playwright's `onError`): reported as `testError` failures of the run. */
  globalErrors?: string[];
  /** FACE_REQUIRE_COMPLETE: an incomplete run exits 1. */
  requireComplete?: boolean;
}

function testKey(t: TestRun): string {
  return `${t.location}\u0000${t.title}`;
}

/** Merges the tests' `liveness-outcomes` into the report model; the order of the tests does not matter. */
export function buildSummary(input: TestRun[], run: RunInfo, options: AggregateOptions): Summary {
  const tests = [...input].sort((a, b) => testKey(a).localeCompare(testKey(b)));
  const operations = operationsFor(run.apiVersion as ContractVersion);
  const cells = mergeCells(tests, operations, options.registered);
  const collected = collectFailures(tests, run.seed, options.globalErrors ?? []);
  const checks = summarizeChecks(options.registered, cells, collected);
  const rules = ruleCoverage(run.apiVersion, checks);
  const failures = collected.map((f) => {
    const broken = rulesOfFailure(f, rules).map(({ id, doc, where, words, gloss }) => ({
      id,
      doc,
      where,
      words,
      gloss,
    }));
    return broken.length > 0 ? { ...f, rules: broken } : f;
  });
  const ops = summarizeOperations(operations, cells, tests, failures);
  const registered = new Set(options.registered.map((c) => c.name));
  const checkNames = (status: string): string[] => checks.filter((c) => c.status === status).map((c) => c.name);
  const requests = tests.reduce((n, t) => n + (t.outcomes?.requests ?? 0), 0);
  const testCounts = { passed: 0, failed: 0, timedOut: 0, skipped: 0, interrupted: 0 };
  for (const t of tests) testCounts[t.status]++;
  const count = (s: string): number => cells.filter((c) => c.status === s).length;
  // Not run: a check never evaluated with a budget (or target) skip reason; in a run the budget cut short,
  // also a check never reached at all.
  for (const c of cells) if (c.status === 'skipped') setNotRun(c, notRunOf(c.skipReasons));
  const budgetCut =
    (run.budget?.refused.budget ?? 0) > 0 || tests.some((t) => notRunOf([t.skipReason ?? '']) === 'budget');
  for (const c of checks) {
    if (c.status === 'skipped') setNotRun(c, notRunOf(c.skipReasons));
    if (c.status === 'never-run' && budgetCut && c.name !== TEST_ERROR_CHECK) c.notRun = 'budget';
  }
  const notRun = (why: NotRun): string[] => checks.filter((c) => c.notRun === why).map((c) => c.name);
  // A rule is a check on an operation: a cell left out counts, even when the check ran elsewhere.
  const notRunCells = (why: NotRun): string[] =>
    cells.filter((c) => c.notRun === why).map((c) => `${c.check} × ${c.operation}`);
  // A test cut short leaves some of its rules unchecked even where its cells show a pass.
  const notRunTests = (why: NotRun): string[] =>
    tests
      .filter((t) => t.status === 'skipped' && notRunOf([t.skipReason ?? '']) === why)
      .map((t) => `test: ${t.title}`);
  const left = (why: NotRun): string[] => [...notRun(why), ...notRunCells(why), ...notRunTests(why)];
  const statuses: Record<string, number> = {};
  for (const o of ops.operations)
    for (const [code, n] of Object.entries(o.statusesSeen)) statuses[code] = (statuses[code] ?? 0) + n;
  const facts: VerdictFacts = {
    failures: failures.length,
    failedTests: testCounts.failed + testCounts.timedOut,
    notRunBudget: left('budget'),
    notRunTarget: left('target'),
    notRunDeadline: left('deadline'),
    notRunLimit: left('safety limit'),
    notRunRateLimited: left('rate limited'),
    interrupted: run.status === 'interrupted' || run.status === 'timedout' || testCounts.interrupted > 0,
    checked: count('passed') + count('failed'),
    statuses,
  };
  const verdict = verdictOf(facts);
  const verdictReason = verdictReasonOf(facts, run.budget?.down);
  return {
    schemaVersion: 1,
    run: {
      ...run,
      requests,
      verdict,
      exitCode: exitCodeOf(verdict, options.requireComplete ?? false),
      ...(verdictReason ? { verdictReason } : {}),
    },
    totals: {
      tests: testCounts,
      cells: {
        passed: count('passed'),
        failed: count('failed'),
        skipped: count('skipped'),
        notRunBudget: notRunCells('budget').length,
        notRunTarget: notRunCells('target').length,
        notRunDeadline: notRunCells('deadline').length,
        notRunLimit: notRunCells('safety limit').length,
        notRunRateLimited: notRunCells('rate limited').length,
      },
      checks: {
        passed: checkNames('passed').length,
        failed: checkNames('failed').length,
        skipped: checkNames('skipped').length,
        neverRun: checkNames('never-run').length,
        notRunBudget: notRun('budget').length,
        notRunTarget: notRun('target').length,
      },
      failures: failures.length,
    },
    checks,
    operations: ops.operations,
    cells,
    failures,
    ...omittedOf(tests),
    conflicts: conflicts(DOCUMENTED_CONFLICTS, tests),
    undocumented: notesOfKind(tests, 'undocumented'),
    notes: notesOfKind(tests, 'info'),
    coverage: {
      operations: ops.coverage,
      statusesSource: ops.statusesSource,
      checks: {
        registered: options.registered.map((c) => c.name),
        checked: checks
          .filter((c) => (c.status === 'passed' || c.status === 'failed') && c.name !== TEST_ERROR_CHECK)
          .map((c) => c.name),
        skippedOnly: checkNames('skipped'),
        neverRun: checkNames('never-run'),
        unregistered: checks.filter((c) => !registered.has(c.name) && c.name !== TEST_ERROR_CHECK).map((c) => c.name),
        notRunBudget: notRun('budget'),
        notRunTarget: notRun('target'),
      },
    },
    tests: tests.map((t) =>
      testEntry(t, failures.filter((f) => f.location === t.location && f.test === t.title).length),
    ),
    ...(rules ? { rules } : {}),
  };
}

function setNotRun(into: { notRun?: NotRun }, why: NotRun | undefined): void {
  if (why) into.notRun = why;
}

function testEntry(t: TestRun, failures: number): TestEntry {
  return {
    title: t.title,
    location: t.location,
    status: t.status,
    durationMs: t.durationMs,
    requests: t.outcomes?.requests ?? 0,
    failures,
    ...(t.skipReason ? { skipReason: t.skipReason } : {}),
  };
}

/** The failures the tests' recorders counted but did not keep, summed by check. */
function omittedOf(tests: TestRun[]): Pick<Summary, 'failuresOmitted'> {
  const by = new Map<string, number>();
  for (const t of tests)
    for (const [check, n] of Object.entries(t.outcomes?.omittedFailures ?? {})) by.set(check, (by.get(check) ?? 0) + n);
  if (by.size === 0) return {};
  return {
    failuresOmitted: [...by].sort((a, b) => a[0].localeCompare(b[0])).map(([check, count]) => ({ check, count })),
  };
}
