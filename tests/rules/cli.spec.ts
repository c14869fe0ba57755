import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeSummary, rulesMain } from '../../cli/rules';
import { UsageError } from '../../cli/usage';
import { inventoryCounts } from '../../rules';

const run = (args: string[]) => {
  const lines: string[] = [];
  const code = rulesMain(args, (l) => lines.push(l));
  return { code, lines };
};

test('npm run rules prints every version with a summary line of counts', () => {
  const { code, lines } = run([]);
  expect(code).toBe(0);
  for (const c of inventoryCounts()) {
    expect(lines).toContain(
      `${c.version}: ${c.rules} rules, ${c.checked} checked, ${c.notCheckable} not checkable, ${c.conflict} conflicts, ${c.gap} gaps`,
    );
    expect(c.rules).toBe(c.checked + c.notCheckable + c.conflict + c.gap);
  }
  expect(lines.some((l) => l.startsWith('seed002.list.sortedById '))).toBe(true);
});

test('--check lists only the rules that check enforces', () => {
  const { lines } = run(['--check', 'listSortedById', '--version', 'v1.1-preview.1']);
  const rows = lines.filter((l) => /^(seed|contract|v1)/.test(l) && !l.includes(':'));
  expect(rows.map((l) => l.split(/\s+/)[0]).sort()).toEqual(['contract.rule1.list', 'seed002.list.sortedById']);
  expect(lines.every((l) => !l.startsWith('seed002.list.top.range '))).toBe(true);
});

test('an unknown check or version is a usage error (exit 2)', () => {
  expect(() => run(['--check', 'noSuchCheck'])).toThrow(UsageError);
  expect(() => run(['--version', 'v9'])).toThrow(UsageError);
});

test('README states the current rule counts', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const block = /<!-- rules-summary:start[^\n]*\n([\s\S]*?)\n<!-- rules-summary:end -->/.exec(readme)?.[1];
  // On a difference: `npx tsx tests/schemas/versionLists.ts --write` rewrites the block.
  expect(block).toBe(readmeSummary());
});

test('--pending lists no version: v1.3-preview.1 is supported, its rules listed with the others', () => {
  const { code, lines } = run(['--pending']);
  expect(code).toBe(0);
  expect(lines.at(-1)).toMatch(/^no version is pending: .*v1\.3-preview\.1\b.* are all supported/);
  const v13 = run(['--version', 'v1.3-preview.1']);
  expect(v13.lines.some((l) => l.startsWith('v1.3-preview.1.attempts.allowed'))).toBe(true);
});
