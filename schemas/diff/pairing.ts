import type { OperationSpec } from '../contract';
import { similarity } from './similarity';

/** An operation of the older version and its counterpart in the newer, with how they were matched. */
export interface OperationPair {
  from: OperationSpec;
  to: OperationSpec;
  /** `path`: same method and path; `name`: same name, other path; `similar`: the most similar name. */
  match: 'path' | 'name' | 'similar';
  score: number;
}

/** Operations are paired first by method and path, then by equal names, then by name similarity ≥ 0.6 (same parameters). */
export const OPERATION_SIMILARITY = 0.6;

/**
 * Pairs the operations of two versions. An older operation without a counterpart of its method and path
 * is looked up by name (a moved path), then by the most similar name among all newer operations of its
 * method (two older operations may merge into one, e.g. the JSON and multipart with-verify creates).
 */
export function pairOperations(
  before: readonly OperationSpec[],
  after: readonly OperationSpec[],
): { pairs: OperationPair[]; removed: OperationSpec[]; added: OperationSpec[] } {
  const pairs: OperationPair[] = [];
  const taken = new Set<OperationSpec>();
  // Exact passes first: the same method and path (and body media type), then the same name on another path.
  const exact: [OperationPair['match'], (from: OperationSpec, to: OperationSpec) => boolean][] = [
    ['path', (from, to) => to.method === from.method && to.path === from.path && sameBody(to, from)],
    ['name', (from, to) => to.method === from.method && to.name === from.name],
  ];
  let unmatched = before;
  for (const [match, same] of exact) {
    const left: OperationSpec[] = [];
    for (const from of unmatched) {
      const to = after.find((o) => !taken.has(o) && same(from, o));
      if (to) {
        pairs.push({ from, to, match, score: 1 });
        taken.add(to);
      } else left.push(from);
    }
    unmatched = left;
  }
  const removed: OperationSpec[] = [];
  for (const from of unmatched) {
    let best: { to: OperationSpec; score: number } | undefined;
    for (const to of after) {
      const score = sameShape(from, to) ? similarity(from.name, to.name) : 0;
      if (score >= OPERATION_SIMILARITY && score > (best?.score ?? 0)) best = { to, score };
    }
    if (best) {
      pairs.push({ from, to: best.to, match: 'similar', score: best.score });
      taken.add(best.to);
    } else removed.push(from);
  }
  return { pairs, removed, added: after.filter((o) => !taken.has(o)) };
}

/** Only operations of one method taking the same path and query parameters may merge (a list never folds into a get). */
function sameShape(a: OperationSpec, b: OperationSpec): boolean {
  return a.method === b.method && a.pathParams.join() === b.pathParams.join() && a.query.join() === b.query.join();
}

/** Two operations on one path and method are told apart by their body's media type (JSON vs multipart create). */
function sameBody(a: OperationSpec, b: OperationSpec): boolean {
  return a.body?.contentType === b.body?.contentType;
}
