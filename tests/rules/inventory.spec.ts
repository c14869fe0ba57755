/**
 * The rule inventory (rules/) against the check registry and its source documents. Each consistency rule is
 * also fed a broken input, so every test here is shown to fail when the inventory is wrong.
 */
import { expect, test } from '@playwright/test';
import type { Rule } from '../../rules';
import { SOURCES, allRules, currentFingerprint, sourceDocument, sourceText } from '../../rules';
import { committedSnapshot, snapshotText } from '../../rules/snapshot';
import { checksWithoutRule, shapeProblems, staleSources, unknownChecks, wordsNotFound } from '../../rules/validate';
import { DOCUMENTED_CONFLICTS, DOCUMENT_DISAGREEMENTS, LIBERTIES, SERVICE_BEHAVIOURS } from '../../schemas';
import { allChecks } from '../../checks';

const checkNames = allChecks().map((c) => c.name);
const conflictIds = [...DOCUMENTED_CONFLICTS, ...DOCUMENT_DISAGREEMENTS].map((c) => c.id);
const kind = (doc: string) => sourceDocument(doc).kind;
const sample: Rule = allRules().find((r) => r.id === 'seed002.list.sortedById')!;

test('every registered check enforces at least one documented rule', () => {
  expect(checksWithoutRule(checkNames, allRules())).toEqual([]);
  // A check that names no rule is reported.
  expect(checksWithoutRule([...checkNames, 'aCheckWithoutRule'], allRules())).toEqual(['aCheckWithoutRule']);
});

test('every check a rule names is registered', () => {
  expect(unknownChecks(allRules(), checkNames)).toEqual([]);
  const broken: Rule = { ...sample, checks: ['noSuchCheck'] };
  expect(unknownChecks([broken], checkNames)).toEqual(['seed002.list.sortedById → noSuchCheck']);
});

test('every source document is the one its rules were reviewed against (fingerprint)', () => {
  expect(staleSources(SOURCES, currentFingerprint)).toEqual([]);
  // An edited document (another fingerprint) is reported by id and path.
  const edited = (id: string) => (id === 'seed002' ? 'edited' : currentFingerprint(id));
  expect(staleSources(SOURCES, edited)).toEqual(['seed002 (seeds/002_3e9ae2f5e58b9cf3.txt)']);
});

test('the rules extracted from the OpenAPI excerpts match the committed snapshot', () => {
  // On a difference: review the excerpt's changed rules and their coverage, then `npm run rules:export`.
  expect(snapshotText()).toBe(committedSnapshot());
  // An excerpt whose TTL bound moved re-extracts to another rule list.
  const excerpt = sourceText('v1.2.swagger');
  expect(excerpt).toContain('"minimum": 60');
  expect(snapshotText(excerpt.replace('"minimum": 60', '"minimum": 61'))).not.toBe(committedSnapshot());
});

test('every rule quotes words that are in its source (text, or the value at its JSON pointer)', () => {
  expect(wordsNotFound(allRules(), sourceText, kind)).toEqual([]);
  const misquoted: Rule = { ...sample, source: { ...sample.source, words: '結果は降順です。' } };
  const badPointer = allRules().find((r) => r.source.doc === 'v1.2.swagger' && r.kind === 'range')!;
  const moved: Rule = { ...badPointer, source: { ...badPointer.source, words: '61' } };
  expect(wordsNotFound([misquoted, moved], sourceText, kind)).toHaveLength(2);
});

test('rules have unique ids, exactly one coverage, supported versions and known conflicts', () => {
  expect(shapeProblems(allRules(), conflictIds)).toEqual([]);
  const twice: Rule = { ...sample, gap: 'also a gap' };
  const unknownConflict: Rule = { ...sample, id: 'x.y', checks: undefined, conflict: 'no-such-conflict' };
  expect(shapeProblems([sample, sample, twice, unknownConflict], conflictIds)).toEqual([
    'seed002.list.sortedById: duplicate id',
    'seed002.list.sortedById: duplicate id',
    'seed002.list.sortedById: needs exactly one of checks, notCheckable, conflict, gap',
    'x.y: unknown conflict no-such-conflict',
  ]);
});

test('every supported version has rules from each of its documents', () => {
  const docsOf = (v: string) =>
    new Set(
      allRules()
        .filter((r) => r.versions.includes(v as never))
        .map((r) => r.source.doc),
    );
  expect([...docsOf('v1.1-preview.1')].sort()).toEqual(['contract', 'seed000', 'seed001', 'seed002', 'seed003']);
  expect(docsOf('v1.2-preview.1').has('v1.2-preview.1.swagger')).toBe(true);
  expect(docsOf('v1.2').has('v1.2.swagger')).toBe(true);
});

test('v1.3-preview.1 is supported: its rules come from its excerpt, and its own checks enforce some', () => {
  const v13 = allRules().filter((r) => (r.versions as readonly string[]).includes('v1.3-preview.1'));
  expect(v13.length).toBeGreaterThan(100);
  expect(new Set(v13.map((r) => r.source.doc))).toEqual(new Set(['v1.3-preview.1.swagger']));
  const checks = new Set(v13.flatMap((r) => r.checks ?? []));
  for (const name of ['attemptLimitHonoured', 'settingsPersist', 'createReturnsWholeSession']) {
    expect(checks.has(name), name).toBe(true);
  }
});

test('one conflict has one id: the conflict registers, the service behaviours and the liberties share none', () => {
  const ids = [...conflictIds, ...SERVICE_BEHAVIOURS.map((b) => b.id), ...LIBERTIES.map((l) => l.id)];
  const twice = (list: string[]) => list.filter((id, i) => list.indexOf(id) !== i);
  expect(twice(ids)).toEqual([]);
  // A behaviour recorded under a conflict's id too is reported.
  expect(twice([...ids, conflictIds[0]])).toEqual([conflictIds[0]]);
});
