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
  before: OperationSpec[],
  after: OperationSpec[],
): { pairs: OperationPair[]; removed: OperationSpec[]; added: OperationSpec[] } {
  const pairs: OperationPair[] = [];
  const left: OperationSpec[] = [];
  const taken = new Set<OperationSpec>();
  for (const from of before) {
    const to = after.find(
      (o) => !taken.has(o) && o.method === from.method && o.path === from.path && sameBody(o, from),
    );
    if (to) {
      pairs.push({ from, to, match: 'path', score: 1 });
      taken.add(to);
    } else left.push(from);
  }
  const unmatched: OperationSpec[] = [];
  for (const from of left) {
    const to = after.find((o) => !taken.has(o) && o.method === from.method && o.name === from.name);
    if (to) {
      pairs.push({ from, to, match: 'name', score: 1 });
      taken.add(to);
    } else unmatched.push(from);
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
