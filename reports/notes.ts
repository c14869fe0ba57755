import type { DocumentedConflict } from '../schemas';
import type { NoteRecord } from '../runner';
import type { ConflictEntry, NoteEntry, TestRun } from './model';

/** Notes of one kind over all tests, deduplicated by operation and id, counting the tests that saw each. */
export function notesOfKind(tests: TestRun[], kind: NoteRecord['kind']): NoteEntry[] {
  const notes = new Map<string, NoteEntry>();
  for (const t of tests) {
    const seenHere = new Set<string>();
    for (const n of t.outcomes?.notes ?? []) {
      if (n.kind !== kind) continue;
      const key = `${n.operation}\u0000${n.id}`;
      const entry = notes.get(key) ?? { operation: n.operation, id: n.id, message: n.message, tests: 0 };
      if (!seenHere.has(key)) entry.tests++;
      seenHere.add(key);
      notes.set(key, entry);
    }
  }
  return [...notes.values()].sort((a, b) => a.operation.localeCompare(b.operation) || a.id.localeCompare(b.id));
}

/**
 * Documented conflicts (CONTRACT.md §4) with the conflict notes that observed each (matched by id, or by
 * the conflict id appearing in the note id); other conflict notes are returned apart.
 */
export function conflicts(
  documented: readonly DocumentedConflict[],
  tests: TestRun[],
): { documented: ConflictEntry[]; other: NoteEntry[] } {
  const observed = notesOfKind(tests, 'conflict');
  const matches = (c: DocumentedConflict, n: NoteEntry): boolean => n.id === c.id || n.id.includes(c.id);
  return {
    documented: documented.map((c) => ({
      ...c,
      sources: [...c.sources],
      definitions: [...c.definitions],
      observed: observed.filter((n) => matches(c, n)),
    })),
    other: observed.filter((n) => !documented.some((c) => matches(c, n))),
  };
}
