import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ContractChange } from '../../schemas/diff';
import { diffContracts } from '../../schemas/diff';
import { diffHtml } from '../../cli/diffHtml';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function diffCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [join(root, 'cli', 'diff.ts'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const find = (changes: ContractChange[], kind: string, subject?: string, operation?: string): ContractChange[] =>
  changes.filter(
    (c) =>
      c.kind === kind &&
      (subject === undefined || c.subject === subject) &&
      (operation === undefined || c.operation === operation),
  );

test('v1.1-preview.1 → v1.2-preview.1: nothing breaking; the additions are named', () => {
  const diff = diffContracts('v1.1-preview.1', 'v1.2-preview.1');
  expect(diff.counts.breaking).toBe(0);
  const added = diff.changes.filter((c) => c.kind === 'request-field-added' || c.kind === 'response-field-added');
  const subjects = new Set(added.map((c) => c.subject?.split('.').pop()));
  for (const name of [
    'enableSessionImage',
    'livenessSingleModalModel',
    'returnVerifyImageHash',
    'verifyConfidenceThreshold',
    'sessionImageId',
    'verifyImageHash',
  ]) {
    expect(subjects, name).toContain(name);
  }
  expect(find(diff.changes, 'operation-added').map((c) => c.operation)).toEqual(['Get Session Image']);
});

test('v1.2-preview.1 → v1.2: the breaking changes of CONTRACT.md §5 are named', () => {
  const { changes, counts } = diffContracts('v1.2-preview.1', 'v1.2');
  const breaking = (list: ContractChange[]): void => {
    expect(list.length).toBeGreaterThan(0);
    for (const c of list) expect(c.breaking, `${c.kind} ${c.operation}`).toBe(true);
  };
  expect(counts.breaking).toBeGreaterThan(0);
  // Paths moved (matched by name), list and audit removed.
  const moved = find(changes, 'operation-moved');
  breaking(moved);
  expect(moved.find((c) => c.operation === 'Create Liveness Session')?.after).toBe('POST /detectLiveness-sessions');
  expect(moved.find((c) => c.operation === 'Get Session Image')?.after).toBe('GET /sessionImages/{sessionImageId}');
  const removed = find(changes, 'operation-removed');
  breaking(removed);
  expect(removed.map((c) => c.operation).sort()).toEqual([
    'Get Liveness Session Audit Entries',
    'Get Liveness Sessions',
    'Get Liveness With Verify Session Audit Entries',
    'Get Liveness With Verify Sessions',
  ]);
  // DELETE 200 → 204 (or 200, as the v1.2 examples show).
  const deletes = find(changes, 'success-status-changed');
  breaking(deletes);
  expect(deletes.map((c) => `${c.operation}: ${c.before} → ${c.after}`)).toContain(
    'Delete Liveness Session: 200 → 204 or 200',
  );
  // sendResultsToClient gone; the model field renamed, its enum replaced.
  breaking(find(changes, 'request-field-removed', 'sendResultsToClient', 'Create Liveness Session'));
  const renamed = find(changes, 'request-field-renamed', 'livenessModelVersion', 'Create Liveness Session');
  breaking(renamed);
  expect(renamed[0].before).toBe('livenessSingleModalModel');
  expect(renamed[0].reason).toMatch(/similarity/);
  breaking(find(changes, 'enum-replaced', 'livenessModelVersion'));
  // Create answers the whole session; the status values are replaced.
  const shape = find(changes, 'response-shape-changed', undefined, 'Create Liveness With Verify Session');
  breaking(shape);
  expect(shape[0].after).toBe('LivenessWithVerifySession');
  expect(find(changes, 'response-field-added', 'results', 'Create Liveness Session')).toHaveLength(1);
  const status = find(changes, 'enum-replaced', 'status', 'Get Liveness Session Result');
  breaking(status);
  expect(status[0].after).toBe('NotStarted | Running | Succeeded | Failed | Canceled');
  // With-verify create: multipart only, the JSON parameters part gone, VerifyImage → verifyImage.
  breaking(find(changes, 'content-type-changed', undefined, 'Create Liveness With Verify Session'));
  const part = find(changes, 'part-renamed', 'verifyImage');
  breaking(part);
  expect(part[0].before).toBe('VerifyImage');
  expect(find(changes, 'operation-merged')[0].reason).toMatch(/Create Liveness With Verify Session With Verify Image/);
});

test('the HTML report is self-contained and escapes what it shows', () => {
  const diff = diffContracts('v1.2-preview.1', 'v1.2');
  const html = diffHtml({ ...diff, changes: [{ ...diff.changes[0], reason: '<script>alert(1)</script>' }] });
  expect(html).not.toContain('<script>');
  expect(html).toContain('&lt;script&gt;');
  expect(html).not.toMatch(/(src|href)="https?:/);
});

test('diff CLI: writes the HTML and JSON reports; exit 0, or 1 with --fail-on-breaking', () => {
  const out = mkdtempSync(join(tmpdir(), 'diff-'));
  const r = diffCli('v1.2-preview.1', 'v1.2', '--out', out);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/diff v1\.2-preview\.1 → v1\.2: \d+ change\(s\), \d+ breaking/);
  expect(r.stdout).toContain('BREAKING success-status-changed: Delete Liveness Session (200 → 204 or 200)');
  const json = JSON.parse(readFileSync(join(out, 'v1.2-preview.1__v1.2.json'), 'utf8')) as {
    counts: { breaking: number };
  };
  expect(json.counts.breaking).toBeGreaterThan(0);
  expect(existsSync(join(out, 'v1.2-preview.1__v1.2.html'))).toBe(true);
  expect(diffCli('v1.2-preview.1', 'v1.2', '--out', out, '--fail-on-breaking').code).toBe(1);
  expect(diffCli('v1.1-preview.1', 'v1.2-preview.1', '--out', out, '--fail-on-breaking').code).toBe(0);
});

test('diff CLI: usage errors exit 2 with one line', () => {
  for (const args of [['v1.1-preview.1', 'v9'], ['v1.2', 'v1.2'], ['v1.2'], []]) {
    const r = diffCli(...args);
    expect(r.code, args.join(' ')).toBe(2);
    expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    expect(r.stderr).toMatch(/^diff: /);
  }
});
