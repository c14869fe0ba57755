import { auditEntriesBelongToSession, auditStartExclusive, auditTopHonoured } from '../../checks';
import type { CreatedSession, SessionCalls } from '../sessionCalls';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { runCheck } from '../evaluate';
import type { OutcomeSink } from '../outcome';

/**
 * Reads a session's whole audit trail (one page, top 1000) and checks it, handing the outcomes to `out`;
 * the entries, or undefined when unreadable.
 */
export async function readAudit(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  session: CreatedSession,
  query: { start?: string; top?: number } = {},
): Promise<Record<string, unknown>[] | undefined> {
  const q: [string, string][] = [];
  if (query.start !== undefined) q.push(['start', query.start]);
  if (query.top !== undefined) q.push(['top', String(query.top)]);
  const exchange = await api.audit(session.family, session.id, q);
  out.record(checkExchange(rt, exchange, { kind: 'positive' }));
  const body = exchange.response.json;
  if (exchange.response.status !== 200 || !Array.isArray(body)) return undefined;
  const entries = body as Record<string, unknown>[];
  const op = api.id(session.family, 'audit');
  const ids = entries.map((e) => e.id).filter((id): id is number => typeof id === 'number');
  const belong = { sessionIds: entries.map((e) => e.sessionId), sessionId: session.id };
  out.record(runCheck(rt, auditEntriesBelongToSession, op, belong, exchange));
  out.record(runCheck(rt, auditStartExclusive, op, { ids, query }, exchange));
  out.record(runCheck(rt, auditTopHonoured, op, { ids, query }, exchange));
  return entries;
}
