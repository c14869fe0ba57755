import {
  auditEntriesBelongToSession,
  auditStartExclusive,
  auditTopHonoured,
  listSortedById,
  listStartExclusive,
  listTopHonoured,
} from '../../checks';
import type { TrafficChecks } from '../checks';
import { SANITIZED } from '../adapter';
import type { Step } from './timeline';
import { items, pagingQuery } from './timeline';

/**
 * Rules 1-2 on each list and audit answer of the recording (a valid request answered 200 with an
 * array): sessions sorted by id, `start` exclusive, `top` honoured; audit entries after `start`, at most
 * `top`, all of the session asked for.
 */
export function checkListAnswers(rec: TrafficChecks, steps: Step[]): void {
  for (const s of steps) {
    const list = items(s);
    if (!list || s.r.exchange.response.status !== 200 || s.inference.intent.kind !== 'positive') continue;
    const query = pagingQuery(s);
    const op = s.m.op.id;
    if (s.role === 'list') {
      // Ids a recorder sanitized are not the server's: they are left out (the note names them).
      const ids = list
        .map((i) => i.id)
        .filter((id): id is string => typeof id === 'string' && !(s.r.sanitized.length > 0 && id === SANITIZED));
      for (const check of [listSortedById, listStartExclusive, listTopHonoured])
        rec.run(check, op, { ids, query }, s.r.exchange);
    } else if (s.role === 'audit') {
      const ids = list.map((i) => i.id).filter((id): id is number => typeof id === 'number');
      rec.run(auditStartExclusive, op, { ids, query }, s.r.exchange);
      rec.run(auditTopHonoured, op, { ids, query }, s.r.exchange);
      const sessionId = s.m.pathParams.sessionId;
      rec.run(auditEntriesBelongToSession, op, { sessionIds: list.map((e) => e.sessionId), sessionId }, s.r.exchange);
    }
  }
}
