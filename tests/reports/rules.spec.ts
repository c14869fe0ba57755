/** Rule coverage in the report: each documented rule's outcome follows its checks' outcomes in the run. */
import { expect, test } from '@playwright/test';
import { buildSummary } from '../../reports/aggregate';
import { renderHtml } from '../../reports/html';
import type { CheckSummary } from '../../reports/model';
import { ruleCoverage } from '../../reports/rules';
import { rulesFor } from '../../rules';
import { REGISTERED, SYNTHETIC_RUN, syntheticTests } from './synthetic';

const check = (name: string, status: CheckSummary['status'], skipReasons: string[] = []): CheckSummary => ({
  name,
  title: name,
  rule: '',
  source: '',
  status,
  operations: [],
  passed: status === 'passed' ? 1 : 0,
  failed: status === 'failed' ? 1 : 0,
  skipped: status === 'skipped' ? 1 : 0,
  skipReasons,
});

test('a rule fails when one of its checks failed, passes when one passed, is skipped with the reasons otherwise', () => {
  const c = ruleCoverage('v1.1-preview.1', [
    check('listSortedById', 'failed'),
    check('pagingReturnsEachOnce', 'passed'),
    check('deletedTokenRevoked', 'skipped', ['the target has no device simulation']),
    check('listStartExclusive', 'passed'),
  ])!;
  const outcome = (id: string) => c.rules.find((r) => r.id === id)?.outcome;
  expect(outcome('seed002.list.sortedById')).toBe('failed');
  expect(outcome('seed002.list.startExclusive')).toBe('passed');
  expect(outcome('seed003.delete.revokes')).toBe('skipped');
  expect(c.rules.find((r) => r.id === 'seed003.delete.revokes')?.reasons).toEqual([
    'the target has no device simulation',
  ]);
  expect(outcome('seed000.audit.sessionExpiry48h')).toBe('not-checkable');
  expect(outcome('seed003.create.deviceIdNullWhenSetInClient')).toBe('conflict');
  expect(outcome('seed002.list.top.default')).toBe('not-run');
  const t = c.totals;
  expect(t.rules).toBe(rulesFor('v1.1-preview.1').length);
  expect(t.checked).toBe(t.passed + t.failed);
  expect(t.rules).toBe(t.checked + t.skipped + t.notRun + t.notCheckable + t.conflict + t.gap);
  expect(c.skipReasons).toContainEqual({ reason: 'the target has no device simulation', rules: expect.any(Number) });
});

test('summary.json carries the rule coverage, and each failure card links to the rule it breaks', () => {
  const s = buildSummary(syntheticTests(), SYNTHETIC_RUN, { registered: REGISTERED });
  expect(s.rules?.version).toBe('v1.1-preview.1');
  expect(s.rules?.totals.failed).toBeGreaterThan(0);
  const unsorted = s.failures.find((f) => f.check === 'listSortedById');
  expect(unsorted?.rules?.map((r) => r.id)).toContain('seed002.list.sortedById');
  const page = renderHtml(s);
  expect(page).toContain('href="#rule-seed002.list.sortedById"');
  expect(page).toContain('id="rule-seed002.list.sortedById"');
  expect(page).toContain('結果は sessionId で昇順に並べ替える必要があります。');
  // A version the inventory does not know has no rule coverage (and no error).
  expect(ruleCoverage('v9', [])).toBeUndefined();
});
