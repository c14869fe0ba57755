import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportedFiles } from '../../cli/exportSchemas';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function validate(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(tsx, [join(root, 'cli', 'validate.ts'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'validate-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

test('validate: a valid file exits 0', () => {
  const r = validate('LivenessSession', file('ok.json', '{"id":"a","status":"Started"}'));
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('valid LivenessSession');
});

test('validate: an invalid file exits 1 and prints each violation with its JSON pointer', () => {
  const r = validate(
    'CreateLivenessSessionContent',
    file('bad.json', '{"livenessOperationMode":"Active","authTokenTimeToLiveInSeconds":59,"deviceCorrelationId":"d"}'),
  );
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('/livenessOperationMode  enum');
  expect(r.stdout).toContain('/authTokenTimeToLiveInSeconds  minimum');
});

test("validate: --api-version selects the version's contract", () => {
  const body = file(
    'v12.json',
    '{"livenessOperationMode":"Passive","deviceCorrelationId":"d","enableSessionImage":true}',
  );
  expect(validate('CreateLivenessSessionContent', body, '--api-version', 'v1.2-preview.1').code).toBe(0);
  expect(validate('CreateLivenessSessionContent', body, '--api-version', 'v1.1-preview.1').code).toBe(1);
});

for (const [label, args, pattern] of [
  ['an unknown definition', ['NoSuchThing', 'x.json'], /unknown definition "NoSuchThing"/],
  ['an unknown version', ['LivenessSession', 'x.json', '--api-version', 'v9'], /unknown API version "v9"; use one of/],
  ['an unreadable file', ['LivenessSession', join(dir, 'missing.json')], /cannot read .*missing\.json: ENOENT/],
  ['a file that is not JSON', ['LivenessSession', file('text.json', 'not json {')], /is not JSON/],
  ['missing arguments', ['LivenessSession'], /usage: npm run validate/],
] as const) {
  test(`validate: ${label} exits 2 with one line naming the problem`, () => {
    const r = validate(...args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(pattern);
  });
}

test('the generated schema files are up to date with their sources', () => {
  for (const [path, content] of exportedFiles()) expect(readFileSync(path, 'utf8'), path).toBe(content);
});
