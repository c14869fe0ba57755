import type { Counts, Status } from './model';

/** Empty counts. */
export function emptyCounts(): Counts {
  return { passed: 0, failed: 0, skipped: 0, skipReasons: [] };
}

/** Adds `from` into `into` (skip reasons deduplicated, in first-seen order). */
export function addCounts(into: Counts, from: Counts): Counts {
  into.passed += from.passed;
  into.failed += from.failed;
  into.skipped += from.skipped;
  for (const r of from.skipReasons) if (!into.skipReasons.includes(r)) into.skipReasons.push(r);
  return into;
}

/** Failed if anything failed; passed if anything passed; skipped if only skipped; else never run. */
export function statusOf(c: Counts): Status {
  if (c.failed > 0) return 'failed';
  if (c.passed > 0) return 'passed';
  if (c.skipped > 0) return 'skipped';
  return 'never-run';
}

/** Sorts by a fixed order of keys first, then alphabetically (keys not in the order go last). */
export function byOrder<T>(order: readonly string[], key: (t: T) => string): (a: T, b: T) => number {
  const rank = new Map(order.map((k, i) => [k, i]));
  return (a, b) => {
    const ra = rank.get(key(a)) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(key(b)) ?? Number.MAX_SAFE_INTEGER;
    return ra !== rb ? ra - rb : key(a).localeCompare(key(b));
  };
}
