import { expect, test } from '@playwright/test';
import { buildSummary } from '../../reports/aggregate';
import { renderHtml } from '../../reports/html';
import { renderJunit } from '../../reports/junit';
import type { RunInfo, TestRun } from '../../reports/model';
import type { CheckInfo } from '../../checks';
import { NOT_RUN_BUDGET, NOT_RUN_TARGET } from '../../runner';
import type { TestOutcomes } from '../../runner';

const CHECKS: CheckInfo[] = [
  { name: 'statusCodeConformance', title: 'status', rule: 'rule', source: 'seed' },
  { name: 'negativeDataRejection', title: 'reject', rule: 'rule', source: 'seed' },
];
const RUN: RunInfo = {
  target: 'http://127.0.0.1:1',
  apiVersion: 'v1.1-preview.1',
  seed: 42,
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1000,
  status: 'passed',
};

function outcomes(cells: [string, number, number, number, string[]][], failures = 0): TestOutcomes {
  return {
    outcomes: cells.map(([check, passed, failed, skipped, skipReasons]) => ({
      check,
      operation: 'createLivenessSession',
      passed,
      failed,
      skipped,
      skipReasons,
    })),
    failures: Array.from({ length: failures }, () => ({
      check: 'negativeDataRejection',
      title: 'reject',
      rule: 'rule',
      source: 'seed',
      operation: 'createLivenessSession',
      pointer: '/authTokenTimeToLiveInSeconds',
      message: 'accepted a TTL below the minimum',
      expected: '4xx',
      received: '200',
    })),
    notes: [],
    checks: CHECKS,
    requests: 10,
  };
}

function testRun(status: TestRun['status'], o: TestOutcomes, skipReason?: string): TestRun {
  return {
    title: 'createLivenessSession › negative',
    location: 'specs/x.ts:1',
    status,
    durationMs: 1,
    errors: [],
    outcomes: o,
    ...(skipReason ? { skipReason } : {}),
  };
}

test('a failed check decides the verdict even when the test was skipped afterwards (budget)', () => {
  const o = outcomes([['negativeDataRejection', 3, 1, 1, [`${NOT_RUN_BUDGET}: request budget of 20 spent`]]], 1);
  const s = buildSummary([testRun('skipped', o, `${NOT_RUN_BUDGET}: request budget of 20 spent`)], RUN, {
    registered: CHECKS,
  });
  expect(s.run.verdict).toBe('fail');
  expect(s.run.exitCode).toBe(1);
});

test('cells left out by the budget: incomplete, exit 0 (1 when complete runs are required), labelled in HTML and JUnit', () => {
  const reason = `${NOT_RUN_BUDGET}: request budget of 20 spent`;
  const o = outcomes([
    ['statusCodeConformance', 2, 0, 0, []],
    ['negativeDataRejection', 0, 0, 1, [reason]],
  ]);
  const s = buildSummary([testRun('passed', o)], RUN, { registered: CHECKS });
  expect(s.run.verdict).toBe('incomplete');
  expect(s.run.exitCode).toBe(0);
  expect(s.totals.cells.notRunBudget).toBe(1);
  expect(s.coverage.checks.notRunBudget).toEqual(['negativeDataRejection']);
  expect(s.cells.find((c) => c.check === 'negativeDataRejection')?.notRun).toBe('budget');
  expect(renderJunit(s)).toContain(`<skipped message="${reason}"/>`);
  expect(renderHtml(s)).toContain('not run (budget)');
  expect(renderHtml(s)).toContain('data-verdict="incomplete"');
  expect(buildSummary([testRun('passed', o)], RUN, { registered: CHECKS, requireComplete: true }).run.exitCode).toBe(1);
});

test('a check never reached in a run the budget cut is reported not run (budget), in JUnit too', () => {
  const o = outcomes([['statusCodeConformance', 2, 0, 0, []]]);
  const s = buildSummary(
    [testRun('passed', o)],
    {
      ...RUN,
      budget: {
        limit: 2,
        used: 2,
        cleanup: 1,
        refused: { budget: 3, repetitions: 0, down: 0, deadline: 0, limit: 0 },
        reserved: 0,
      },
    },
    {
      registered: CHECKS,
    },
  );
  expect(s.run.verdict).toBe('incomplete');
  expect(s.checks.find((c) => c.name === 'negativeDataRejection')?.notRun).toBe('budget');
  expect(renderJunit(s)).toMatch(
    /<testcase classname="not-run" name="negativeDataRejection" time="0">\s*<skipped message="not run \(budget\)"\/>/,
  );
});

test('a target that stopped answering: setup-error, exit 2; a pass stays a pass', () => {
  const o = outcomes([
    ['statusCodeConformance', 2, 0, 0, []],
    ['negativeDataRejection', 0, 0, 1, [`${NOT_RUN_TARGET}: GET /x: timeout`]],
  ]);
  const down = buildSummary([testRun('passed', o)], RUN, { registered: CHECKS });
  expect([down.run.verdict, down.run.exitCode]).toEqual(['setup-error', 2]);
  const clean = outcomes([
    ['statusCodeConformance', 2, 0, 0, []],
    ['negativeDataRejection', 1, 0, 0, []],
  ]);
  const pass = buildSummary([testRun('passed', clean)], RUN, { registered: CHECKS });
  expect([pass.run.verdict, pass.run.exitCode]).toEqual(['pass', 0]);
});
