import {
  createdSessionListed,
  deletedSessionNotFound,
  deletedSessionUnlisted,
  resultOnlyWhenAvailable,
} from '../../checks';
import type { TrafficChecks } from '../checks';
import type { Step } from './timeline';
import { items, later, ofSession, ok, pagingQuery, sessionOf } from './timeline';

const credentialed = (s: Step): boolean => s.inference.intent.kind !== 'unauthorized';

/** Whether a list answer covers `id`: after its `start`, and not cut off by `top` before reaching it. */
function covers(list: Step, id: string): string[] | undefined {
  const entries = items(list);
  if (!entries || list.r.exchange.response.status !== 200 || list.inference.intent.kind !== 'positive')
    return undefined;
  const ids = entries.map((i) => i.id).filter((x): x is string => typeof x === 'string');
  // A list whose ids a recorder sanitized cannot say whether a session is in it.
  if (list.r.sanitized.some((p) => /^\/\d+\/id$/.test(p))) return undefined;
  const { start, top } = pagingQuery(list);
  if (start !== undefined && !(id > start)) return undefined;
  const full = ids.length >= (top ?? 1000);
  return !full || ids.some((x) => x >= id) ? ids : undefined;
}

/** Whether a successful delete of `id` in the scope started before `before` ended. */
function deletedBefore(steps: Step[], scope: string, id: string, before: Step): boolean {
  return ofSession(steps, scope, 'delete', id).some((s) => ok(s) && s.r.startMs < before.r.endMs);
}

/**
 * Rules 3-5 across the recording, per server and family, only where the timestamps order the calls
 * (the later call started after the earlier one ended): a session read after its successful delete gets
 * 404; a created session is in the first later list that covers its id; a deleted one is not; and every
 * session read shows a `result` only when ResultAvailable.
 */
export function checkSessionSequences(rec: TrafficChecks, steps: Step[]): void {
  for (const s of steps) {
    const id = sessionOf(s);
    if (s.role === 'get' && s.r.exchange.response.status === 200 && s.inference.intent.kind === 'positive') {
      const session = s.r.exchange.response.json as Record<string, unknown> | undefined;
      rec.run(resultOnlyWhenAvailable, s.m.op.id, { session }, s.r.exchange);
    }
    if (!id || !ok(s) || !s.m.op.success.some((x) => x.status === s.r.exchange.response.status)) continue;
    if (s.role === 'delete') {
      for (const get of later(steps, s, 'get', id).filter(credentialed)) {
        const getStatus = get.r.exchange.response.status;
        if (getStatus !== 200 && getStatus !== 404) continue;
        // Only deletes answered a documented success of their operation get here (200; 204 or 200 in v1.2 GA).
        const input = { deleteStatus: s.r.exchange.response.status, getStatus, deleteOperation: s.m.op.id };
        rec.run(deletedSessionNotFound, get.m.op.id, input, get.r.exchange);
      }
      const list = later(steps, s, 'list').find((l) => covers(l, id) !== undefined);
      if (list) rec.run(deletedSessionUnlisted, list.m.op.id, { id, listed: covers(list, id) }, list.r.exchange);
    }
    if (s.role === 'create') {
      const list = later(steps, s, 'list').find((l) => covers(l, id) !== undefined);
      if (list && !deletedBefore(steps, s.scope, id, list)) {
        rec.run(createdSessionListed, list.m.op.id, { id, listed: covers(list, id) }, list.r.exchange);
      }
    }
  }
}
