import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LEGAL_MUTANTS, names } from '../../bench/mutation/legalMutants';
import { readMutants } from '../../bench/mutation/report';
import { TABLE_END, TABLE_START, scoreByFolder, scoreTable } from '../../bench/mutation/score';

// The committed incremental result of `npm run bench:mutation` (Stryker over the mock) and its register.
const mutants = readMutants();

test('every legal-mutant entry says why and on which document words', () => {
  for (const e of LEGAL_MUTANTS) {
    expect(e.reason.length, `${e.file} ${e.original}: reason`).toBeGreaterThan(10);
    expect(e.basis.length, `${e.file} ${e.original}: basis`).toBeGreaterThan(5);
  }
});

test('every legal-mutant entry names a mutant of the last mutation run (no stale entry)', () => {
  const stale = LEGAL_MUTANTS.filter((e) => !mutants.some((m) => names(e, m)));
  expect(stale.map((e) => `${e.file} ${e.mutator} ${e.original}`)).toEqual([]);
});

// A check that kills a mutant the register calls legal fails a server the documents allow: a false failure.
test('no mutant the register calls legal was killed by the suite', () => {
  const killed = mutants.filter(
    (m) => ['Killed', 'Timeout'].includes(m.status) && LEGAL_MUTANTS.some((e) => names(e, m)),
  );
  expect(killed.map((m) => `${m.file}:${m.line} ${m.mutatorName} ${m.original} → ${m.replacement}`)).toEqual([]);
});

test('the README mutation table is the committed result (regenerate: npm run bench:mutation -- --score --write)', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf(TABLE_START) + TABLE_START.length, readme.indexOf(TABLE_END)).trim();
  expect(readme).toContain(TABLE_START);
  expect(table).toBe(scoreTable(scoreByFolder(mutants)));
});
