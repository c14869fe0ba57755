import { expect, test } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { buildSummary } from '../../reports/aggregate';
import type { Summary } from '../../reports/model';
import { scrubValue } from '../../reports/secrets';
import { PLANTED, REGISTERED, SYNTHETIC_RUN, cleanSyntheticTests, syntheticTests } from './synthetic';

const SNAPSHOT = join(__dirname, 'snapshots', 'summary.json');

function summary(tests = syntheticTests()): Summary {
  return buildSummary(tests, SYNTHETIC_RUN, { registered: REGISTERED });
}

/** Whether this run was asked to rewrite snapshots: UPDATE_SNAPSHOTS=1 or Playwright's --update-snapshots. */
function updating(): boolean {
  const mode = test.info().config.updateSnapshots;
  return process.env.UPDATE_SNAPSHOTS === '1' || mode === 'all' || mode === 'changed';
}

test('summary.json of fixed synthetic outcomes matches its snapshot (UPDATE_SNAPSHOTS=1 rewrites it)', async () => {
  // Formatted as the repository formats JSON, so `prettier --check` agrees with the snapshot file.
  // Without the rule coverage, which follows the rule inventory and has its own tests (tests/reports/rules.spec.ts).
  const full = summary();
  const withoutRules = { ...full, rules: undefined, failures: full.failures.map((f) => ({ ...f, rules: undefined })) };
  const json = JSON.stringify(scrubValue(withoutRules, [PLANTED.apiKey, PLANTED.aadToken]));
  const text = await format(json, { ...(await resolveConfig(SNAPSHOT)), parser: 'json' });
  if (updating()) {
    mkdirSync(join(__dirname, 'snapshots'), { recursive: true });
    writeFileSync(SNAPSHOT, text);
  }
  // A missing snapshot fails: only an explicit update writes one, so a lost file cannot pass unnoticed.
  expect(existsSync(SNAPSHOT), `${SNAPSHOT} is missing; write it with UPDATE_SNAPSHOTS=1 and review it`).toBe(true);
  expect(text).toBe(readFileSync(SNAPSHOT, 'utf8'));
});

test('the order tests finish in does not change the summary', () => {
  expect(summary([...syntheticTests()].reverse())).toEqual(summary());
});

test('verdict, cells and checks: failures fail, skips are never shown as passed', () => {
  const s = summary();
  expect(s.run.verdict).toBe('fail');
  expect(s.run.requests).toBe(28);
  const cell = (check: string, op: string) => s.cells.find((c) => c.check === check && c.operation === op);
  expect(cell('listSortedById', 'getLivenessSessions')?.status).toBe('failed');
  expect(cell('statusCodeConformance', 'getLivenessSessions')).toMatchObject({ status: 'passed', passed: 12 });
  expect(cell('deviceCallAppendsOneEntry', 'detectLiveness')).toMatchObject({ status: 'skipped', passed: 0 });
  expect(cell('deviceCallAppendsOneEntry', 'detectLiveness')?.skipReasons[0]).toContain('FACE_DEVICE_SIMULATION');
  const check = (name: string) => s.checks.find((c) => c.name === name);
  expect(check('deviceCallAppendsOneEntry')?.status).toBe('skipped');
  expect(check('tokenExpiresAfterTtl')?.status).toBe('never-run');
  expect(s.coverage.checks).toMatchObject({
    checked: ['statusCodeConformance', 'listSortedById'],
    skippedOnly: ['deviceCallAppendsOneEntry'],
    neverRun: ['tokenExpiresAfterTtl'],
  });
});

test('a timed-out test becomes a testError failure; recorded failures do not double as test errors', () => {
  const s = summary();
  const errors = s.failures.filter((f) => f.check === 'testError');
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ test: expect.stringContaining('getLivenessSessionResult') as unknown });
  expect(errors[0].message).toContain('timeout');
  expect(s.checks.find((c) => c.name === 'testError')?.status).toBe('failed');
});

test('a test that crashed without an attachment, and a global error, are failures too', () => {
  const crashed = {
    title: 'boom',
    location: 'specs/x.spec.ts:1',
    status: 'failed' as const,
    durationMs: 5,
    errors: ['TypeError: x is undefined'],
  };
  const s = buildSummary([crashed], SYNTHETIC_RUN, { registered: REGISTERED, globalErrors: ['worker exited'] });
  expect(s.run.verdict).toBe('fail');
  expect(s.failures.map((f) => [f.check, f.test, f.message])).toEqual([
    ['testError', 'boom', 'TypeError: x is undefined'],
    ['testError', '(run)', 'worker exited'],
  ]);
});

test('only skips and passes: the verdict is pass', () => {
  expect(summary(cleanSyntheticTests()).run.verdict).toBe('pass');
});

test('only skips, nothing checked: never pass, a setup error saying why', () => {
  const skippedOnly = syntheticTests().filter((t) => t.status === 'skipped');
  const s = summary(skippedOnly);
  expect(s.run.verdict).toBe('setup-error');
  expect(s.run.exitCode).toBe(2);
  expect(s.run.verdictReason).toMatch(/^no check ran/);
});

test('every failure carries what reproduces it; conflicts and undocumented fields are apart from failures', () => {
  const s = summary();
  for (const f of s.failures) expect(f.replay).toMatch(/FACE_SEED=\d+ /);
  const unsorted = s.failures.find((f) => f.check === 'listSortedById');
  expect(unsorted).toMatchObject({ pointer: '/1/id', seed: 42, path: '3:1', source: 'seed 002 (ja)' });
  const conflict = s.conflicts.documented.find((c) => c.id === 'device-correlation-id-with-set-in-client');
  expect(conflict?.observed).toHaveLength(1);
  expect(s.conflicts.documented.map((c) => c.id)).toContain('result-with-not-started-status');
  expect(s.undocumented).toEqual([
    {
      operation: 'getLivenessSessions',
      id: '/items/*/modelVersion',
      message: 'field modelVersion is not documented',
      tests: 2,
    },
  ]);
});

test('coverage: operations of the version exercised or not, statuses seen from failures', () => {
  const s = summary();
  expect(s.coverage.operations.exercised).toEqual([
    'createLivenessSession',
    'getLivenessSessions',
    'getLivenessSessionResult',
  ]);
  expect(s.coverage.operations.skippedOnly).toEqual(['detectLiveness']);
  expect(s.coverage.operations.notExercised).toContain('deleteLivenessSession');
  expect(s.coverage.statusesSource).toBe('failures-only');
  expect(s.operations.find((o) => o.id === 'createLivenessSession')?.statusesSeen).toEqual({ '201': 1 });
});
