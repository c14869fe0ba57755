import { randomUUID } from 'node:crypto';
import { auditStartKeepsLaterEntries, listTopDefault, revealingStart } from '../../checks';
import type { CreatedSession, SessionCalls, SessionFamily } from '../sessionCalls';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { runCheck, unmetReason } from '../evaluate';
import type { OutcomeSink } from '../outcome';
import { skipped } from '../outcome';
import { readAudit } from './audit';
import { deviceContent } from './device';
import { readPage } from './observe';

/**
 * Sizes where behaviour differs (issue 23): an audit trail past 9 entries (ids compared as text put 10
 * before 9), and a list read while the test owns 3 sessions (a default `top` of 2 must leave one out). Both
 * run as repetitions: the first pass checks the same rules on smaller sizes.
 */

/** Entries an audit trail needs before a `start` of 9 has greater ids of more digits (10, 11). */
export const LONG_TRAIL = 11;
/** Sessions a test owns when it reads a list without `top`. */
export const OWNED_FOR_DEFAULT_TOP = 3;

async function createOwn(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  family: SessionFamily,
  created: CreatedSession[],
) {
  const body = { livenessOperationMode: 'Passive', deviceCorrelationId: `conformance-${randomUUID()}` };
  const { exchange, session } = await api.create(family, body);
  out.record(checkExchange(rt, exchange, { kind: 'positive' }));
  if (session) created.push(session);
  return session;
}

async function deleteOwn(api: SessionCalls, created: CreatedSession[], sessions: CreatedSession[]): Promise<void> {
  for (const s of sessions) {
    await api.delete(s.family, s.id);
    created.splice(created.indexOf(s), 1);
  }
}

/**
 * Makes device calls on a new session until its audit trail holds `LONG_TRAIL` entries, reads it whole,
 * then with a `start` after which a greater id reads smaller as text, and checks that every greater entry
 * is there (`auditStartKeepsLaterEntries`).
 */
export async function observeLongAuditTrail(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  family: SessionFamily,
  created: CreatedSession[],
): Promise<void> {
  const op = api.id(family, 'audit');
  const unmet = unmetReason(rt, auditStartKeepsLaterEntries);
  if (unmet) return out.record(skipped([auditStartKeepsLaterEntries], op, unmet));
  const session = await createOwn(api, rt, out, family, created);
  if (!session) return;
  try {
    for (let i = 0; i < LONG_TRAIL; i++) {
      const call = await api.device(session, { clientRequestId: randomUUID(), content: deviceContent(i) });
      out.record(checkExchange(rt, call, { kind: 'positive' }));
    }
    const whole = ids(await readAudit(api, rt, out, session));
    const start = revealingStart(whole);
    if (start === undefined || whole.length >= 1000) return;
    const after = await readAudit(api, rt, out, session, { start: String(start) });
    if (!after) return;
    out.record(runCheck(rt, auditStartKeepsLaterEntries, op, { whole, start, afterStart: ids(after) }));
  } finally {
    await deleteOwn(api, created, [session]);
  }
}

/**
 * Owns `OWNED_FOR_DEFAULT_TOP` sessions while it reads the family's list without `top`: the read must hold
 * them all unless it holds 1000 items (`listTopDefault`).
 */
export async function readListOwningThree(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  family: SessionFamily,
  created: CreatedSession[],
): Promise<void> {
  const own: CreatedSession[] = [];
  try {
    for (let i = 0; i < OWNED_FOR_DEFAULT_TOP; i++) {
      const s = await createOwn(api, rt, out, family, created);
      if (s) own.push(s);
    }
    const first = await readPage(api, rt, out, family, {});
    if (!first || own.length < OWNED_FOR_DEFAULT_TOP) return;
    const ours = own.map((s) => s.id);
    out.record(runCheck(rt, listTopDefault, api.id(family, 'list'), { withoutTop: first, ours }));
  } finally {
    await deleteOwn(api, created, own);
  }
}

function ids(entries: Record<string, unknown>[] | undefined): number[] {
  return (entries ?? []).map((e) => e.id).filter((id): id is number => typeof id === 'number');
}
