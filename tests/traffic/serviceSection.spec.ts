import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTED_CONFLICTS, SERVICE_BEHAVIOURS } from '../../schemas';
import { SECTION_END, SECTION_START, serviceSection } from './serviceSection';

test('the README section "What the real service does that the documents don\'t say" is the register\'s', () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  expect(readme).toContain("## What the real service does that the documents don't say");
  const between = readme
    .slice(readme.indexOf(SECTION_START) + SECTION_START.length, readme.indexOf(SECTION_END))
    .trim();
  expect(between).toBe(serviceSection());
});

test('every piece of evidence names a copied recording and entries it has', () => {
  const all = [
    ...DOCUMENTED_CONFLICTS.flatMap((c) => c.evidence ?? []),
    ...SERVICE_BEHAVIOURS.flatMap((b) => b.evidence),
  ];
  expect(all.length).toBeGreaterThan(8);
  for (const e of all) {
    const path = join(__dirname, 'recordings', e.recording);
    expect(existsSync(path), e.recording).toBe(true);
    if (!e.recording.endsWith('.json')) continue;
    const entries = (JSON.parse(readFileSync(path, 'utf8')) as { Entries: unknown[] }).Entries;
    for (const i of e.entries) expect(i, `${e.recording} entry ${i}`).toBeLessThan(entries.length);
  }
});
