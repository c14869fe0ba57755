import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checksForVersion } from '../../checks';
import type { HarLog } from '../../runner';
import { CONTRACT_VERSIONS, REGISTER_VERSIONS_ENV, contractFor, isContractVersion } from '../../schemas';
import { ROOT, conformance, runCli } from '../specs/run';
import { ADDED_BOUNDS, ADDED_FIELD, ADDED_RULE, SYNTHETIC_BASE, SYNTHETIC_VERSION } from './syntheticVersion';

// A version is data: the synthetic v1.4-preview.0 (./syntheticVersion.ts) states only what ARCHITECTURE.md
// "Where a new version goes" asks of a new version (a table entry, a definitions delta, its rules), and the
// whole suite, the mock and the diff take it. It reaches the child processes through REGISTER_VERSIONS_ENV
// (schemas/registration.ts), which nothing but a test sets: this process never sees it.
const REGISTER = { [REGISTER_VERSIONS_ENV]: join(__dirname, 'syntheticVersion.ts') };

test.describe.configure({ mode: 'parallel', timeout: 90_000 });

test('the synthetic version is no supported version: not in the table, the docs or the CLI', async () => {
  expect(CONTRACT_VERSIONS).not.toContain(SYNTHETIC_VERSION);
  expect(isContractVersion(SYNTHETIC_VERSION)).toBe(false);
  expect(contractFor(SYNTHETIC_BASE).version).toBe(SYNTHETIC_BASE);
  for (const doc of ['README.md', '.env.example']) {
    expect(readFileSync(join(ROOT, doc), 'utf8'), doc).not.toContain(SYNTHETIC_VERSION);
  }
  const refused = await runCli([join(ROOT, 'cli', 'diff.ts'), SYNTHETIC_BASE, SYNTHETIC_VERSION], {});
  expect(refused.code, refused.out).toBe(2);
  expect(refused.out).toContain(`unknown version "${SYNTHETIC_VERSION}"`);
});

test('the whole suite runs against the mock serving the synthetic version: 0 failures, its field and rule checked', async () => {
  const run = await conformance({
    ...REGISTER,
    FACE_API_VERSION: SYNTHETIC_VERSION,
    FACE_NUM_RUNS: '1',
    FACE_SAVE_HAR: 'true',
  });
  expect(run.code, run.out.slice(-2000)).toBe(0);
  const summary = run.summary;
  expect(summary, 'a summary.json was written').toBeDefined();
  if (!summary) return;
  expect(summary.run.apiVersion).toBe(SYNTHETIC_VERSION);
  expect(summary.totals.failures).toBe(0);
  // The same capabilities as its base: the same checks, every one evaluated.
  const checks = summary.coverage.checks;
  const base = checksForVersion(SYNTHETIC_BASE).map((c) => c.name);
  expect([...checks.registered].sort()).toEqual([...base].sort());
  expect(checks.unregistered).toEqual([]);
  expect(checks.neverRun).toEqual([]);
  // Its rule (from its rules source) is in the run's rule coverage, and passed.
  const rule = summary.rules?.rules.find((r) => r.id === ADDED_RULE);
  expect(rule?.outcome, `rule ${ADDED_RULE}`).toBe('passed');
  // Its field was sent at both sides of its bounds: refused outside them, accepted on them.
  const har = JSON.parse(readFileSync(join(run.dir, 'traffic.har'), 'utf8')) as HarLog;
  const sent = har.log.entries.flatMap((e) => {
    const body = e.request.postData?.text ?? '';
    if (!e.request.url.includes(`/${SYNTHETIC_VERSION}/`) || !body.includes(`"${ADDED_FIELD}"`)) return [];
    const value = (JSON.parse(body) as Record<string, unknown>)[ADDED_FIELD];
    return typeof value === 'string' ? [{ length: [...value].length, status: e.response.status }] : [];
  });
  const statuses = (length: number) => sent.filter((s) => s.length === length).map((s) => s.status);
  expect(statuses(ADDED_BOUNDS.maxLength + 1), 'over the bound').toContain(400);
  expect(statuses(ADDED_BOUNDS.minLength - 1), 'under the bound').toContain(400);
  expect(sent.filter((s) => s.status === 200).length, 'values within the bounds accepted').toBeGreaterThan(0);
  expect(sent.filter((s) => s.status === 200 && s.length > ADDED_BOUNDS.maxLength)).toEqual([]);
});

test("npm run diff names the synthetic version's field and its rule, and what it inherits", async () => {
  const out = mkdtempSync(join(tmpdir(), 'diff-'));
  const run = await runCli([join(ROOT, 'cli', 'diff.ts'), SYNTHETIC_BASE, SYNTHETIC_VERSION, '--out', out], REGISTER);
  expect(run.code, run.out).toBe(0);
  expect(run.out).toContain('0 breaking');
  const diff = JSON.parse(readFileSync(join(out, `${SYNTHETIC_BASE}__${SYNTHETIC_VERSION}.json`), 'utf8')) as {
    changes: { kind: string; subject?: string; after?: string }[];
  };
  const added = diff.changes.filter((c) => c.subject === ADDED_FIELD).map((c) => `${c.kind}: ${c.after}`);
  expect(added).toContain(
    `request-field-added: string (${ADDED_BOUNDS.minLength}..${ADDED_BOUNDS.maxLength} characters)`,
  );
  expect(added).toContain('response-field-added: string');
  // What it inherits is its base's: from v1.2 it limits attempts as v1.3-preview.1 does (its capability).
  const fromGa = await runCli([join(ROOT, 'cli', 'diff.ts'), 'v1.2', SYNTHETIC_VERSION, '--out', out], REGISTER);
  expect(fromGa.out).toContain('BREAKING behaviour-changed: Detect Liveness (device call) attempts per session');
});
