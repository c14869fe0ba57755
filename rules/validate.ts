/**
 * The inventory's own consistency rules, as pure functions over their inputs so that tests can feed them a
 * broken inventory and see each problem reported (tests/rules).
 */
import { CONTRACT_VERSIONS } from '../schemas';
import type { SourceDocument } from './sources';
import type { Rule } from './types';

/** Registered checks that no rule names. */
export function checksWithoutRule(checkNames: readonly string[], rules: readonly Rule[]): string[] {
  const named = new Set(rules.flatMap((r) => r.checks ?? []));
  return checkNames.filter((c) => !named.has(c));
}

/** `rule id → check` pairs whose check is not registered. */
export function unknownChecks(rules: readonly Rule[], checkNames: readonly string[]): string[] {
  const known = new Set(checkNames);
  return rules.flatMap((r) => (r.checks ?? []).filter((c) => !known.has(c)).map((c) => `${r.id} → ${c}`));
}

/** Source documents whose current bytes differ from the fingerprint the rules were reviewed against. */
export function staleSources(sources: readonly SourceDocument[], current: (id: string) => string): string[] {
  return sources.filter((s) => current(s.id) !== s.fingerprint).map((s) => `${s.id} (${s.path})`);
}

/** Shape problems: duplicate ids, not exactly one coverage, unknown versions, unknown conflicts. */
export function shapeProblems(rules: readonly Rule[], conflictIds: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) out.push(`${r.id}: duplicate id`);
    seen.add(r.id);
    const set = [r.checks?.length ? 1 : 0, r.notCheckable ? 1 : 0, r.conflict ? 1 : 0, r.gap ? 1 : 0];
    if (set.reduce((a, b) => a + b, 0) !== 1)
      out.push(`${r.id}: needs exactly one of checks, notCheckable, conflict, gap`);
    if (!r.versions.length || r.versions.some((v) => !(CONTRACT_VERSIONS as readonly string[]).includes(v))) {
      out.push(`${r.id}: versions ${r.versions.join(',')}`);
    }
    if (r.conflict && !conflictIds.includes(r.conflict)) out.push(`${r.id}: unknown conflict ${r.conflict}`);
  }
  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The value at a JSON pointer. */
function at(doc: unknown, pointer: string): unknown {
  let current = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * Rules whose words are not in their source: prose words must occur in the text (whitespace aside); for a
 * JSON source with a pointer, the words (JSON) must equal the value there, be one item of it, or occur in it.
 */
export function wordsNotFound(
  rules: readonly Rule[],
  text: (doc: string) => string,
  kind: (doc: string) => string,
): string[] {
  const out: string[] = [];
  for (const r of rules) {
    const source = text(r.source.doc);
    if (kind(r.source.doc) === 'openapi' || (r.source.where.startsWith('/') && r.source.doc.includes('example'))) {
      const value = at(JSON.parse(source), r.source.where);
      let words: unknown;
      try {
        words = JSON.parse(r.source.words);
      } catch {
        words = r.source.words;
      }
      const ok =
        JSON.stringify(value) === JSON.stringify(words) ||
        (Array.isArray(value) && value.some((v) => JSON.stringify(v) === JSON.stringify(words))) ||
        (typeof value === 'string' && typeof words === 'string' && value.includes(words)) ||
        (value !== undefined && typeof words === 'string' && normalise(source).includes(normalise(words)));
      if (!ok) out.push(`${r.id}: ${r.source.words} not at ${r.source.doc}${r.source.where}`);
    } else if (!normalise(source).includes(normalise(r.source.words))) {
      out.push(`${r.id}: "${r.source.words}" not in ${r.source.doc}`);
    }
  }
  return out;
}
