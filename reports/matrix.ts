import type { OperationSpec } from '../schemas';
import type { CheckInfo } from '../checks';
import type { OutcomeRecord } from '../runner';
import { addCounts, byOrder, emptyCounts, statusOf } from './counts';
import type { CellSummary, CheckSummary, Coverage, FailureEntry, OperationSummary, TestRun } from './model';
import { TEST_ERROR_CHECK } from './model';

/** Merges every test's outcome records into one cell per check × operation, in operation then check order. */
export function mergeCells(tests: TestRun[], operations: readonly OperationSpec[], checks: CheckInfo[]): CellSummary[] {
  const cells = new Map<string, CellSummary>();
  for (const t of tests) {
    for (const o of t.outcomes?.outcomes ?? []) {
      const key = `${o.operation}\u0000${o.check}`;
      const cell = cells.get(key) ?? { check: o.check, operation: o.operation, status: 'never-run', ...emptyCounts() };
      addCounts(cell, { ...o, skipReasons: [...o.skipReasons] } satisfies OutcomeRecord);
      cells.set(key, cell);
    }
  }
  const opOrder = byOrder<CellSummary>(
    operations.map((o) => o.id),
    (c) => c.operation,
  );
  const checkOrder = byOrder<CellSummary>(
    checks.map((c) => c.name),
    (c) => c.check,
  );
  return [...cells.values()]
    .map((c) => ({ ...c, status: statusOf(c) }))
    .sort((a, b) => opOrder(a, b) || checkOrder(a, b));
}

/** Every registered check (and any seen but unregistered), with its counts over all operations. */
export function summarizeChecks(
  registered: CheckInfo[],
  cells: CellSummary[],
  failures: FailureEntry[],
): CheckSummary[] {
  const infos = new Map(registered.map((c) => [c.name, c]));
  for (const c of cells)
    if (!infos.has(c.check)) infos.set(c.check, { name: c.check, title: c.check, rule: '', source: '' });
  const out: CheckSummary[] = [...infos.values()].map((info) => {
    const mine = cells.filter((c) => c.check === info.name);
    const counts = mine.reduce(addCounts, emptyCounts());
    return { ...info, ...counts, status: statusOf(counts), operations: mine.map((c) => c.operation) };
  });
  const errors = failures.filter((f) => f.check === TEST_ERROR_CHECK);
  if (errors.length > 0) {
    const first = errors[0];
    const counts = { ...emptyCounts(), failed: errors.length };
    out.push({
      name: first.check,
      title: first.title,
      rule: first.rule,
      source: first.source,
      ...counts,
      status: 'failed',
      operations: [],
    });
  }
  return out;
}

/** HTTP statuses per operation: from per-test `statuses` counts when the suite attaches them, else failures. */
function statusesSeen(
  tests: TestRun[],
  failures: FailureEntry[],
): { source: Coverage['statusesSource']; byOp: Map<string, Record<string, number>> } {
  const byOp = new Map<string, Record<string, number>>();
  const add = (op: string, status: string, n: number): void => {
    const seen = byOp.get(op) ?? {};
    seen[status] = (seen[status] ?? 0) + n;
    byOp.set(op, seen);
  };
  let fromAttachments = false;
  for (const t of tests) {
    // Forward-compatible: a `statuses: { [operation]: { [status]: count } }` field, when the recorder adds one.
    const statuses = (t.outcomes as { statuses?: unknown } | undefined)?.statuses;
    if (!statuses || typeof statuses !== 'object') continue;
    fromAttachments = true;
    for (const [op, counts] of Object.entries(statuses as Record<string, Record<string, number>>)) {
      for (const [status, n] of Object.entries(counts)) if (typeof n === 'number') add(op, status, n);
    }
  }
  if (!fromAttachments) for (const f of failures) if (f.response) add(f.operation, String(f.response.status), 1);
  return { source: fromAttachments ? 'attachments' : 'failures-only', byOp };
}

/** Every operation of the version (and any other seen), with counts, and the coverage lists. */
export function summarizeOperations(
  operations: readonly OperationSpec[],
  cells: CellSummary[],
  tests: TestRun[],
  failures: FailureEntry[],
): { operations: OperationSummary[]; coverage: Coverage['operations']; statusesSource: Coverage['statusesSource'] } {
  const statuses = statusesSeen(tests, failures);
  const seenIds = [...new Set(cells.map((c) => c.operation))];
  const documented = new Set(operations.map((o) => o.id));
  const rows: OperationSummary[] = [
    ...operations.map((o) => ({
      id: o.id,
      name: o.name,
      method: o.method,
      path: o.path,
      family: o.family,
      documented: true,
    })),
    ...seenIds
      .filter((id) => !documented.has(id))
      .map((id) => ({ id, name: id, method: '', path: '', family: '', documented: false })),
  ].map((o) => {
    const counts = cells.filter((c) => c.operation === o.id).reduce(addCounts, emptyCounts());
    const status = statusOf(counts);
    const statusesSeenHere = Object.fromEntries(
      Object.entries(statuses.byOp.get(o.id) ?? {}).sort(([a], [b]) => a.localeCompare(b)),
    );
    return {
      ...o,
      ...counts,
      status: status === 'never-run' ? 'not-exercised' : status,
      statusesSeen: statusesSeenHere,
    };
  });
  const ids = (pred: (o: OperationSummary) => boolean): string[] => rows.filter(pred).map((o) => o.id);
  return {
    operations: rows,
    statusesSource: statuses.source,
    coverage: {
      exercised: ids((o) => o.documented && (o.status === 'passed' || o.status === 'failed')),
      skippedOnly: ids((o) => o.documented && o.status === 'skipped'),
      notExercised: ids((o) => o.status === 'not-exercised'),
      outsideVersion: ids((o) => !o.documented),
    },
  };
}
