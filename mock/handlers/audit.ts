import { randomUUID } from 'node:crypto';
import type { HandlerContext } from '../context';
import { sendJson } from '../http';
import { auditStart, paging } from '../query';
import { renderAudit } from '../render';
import { phantomEntry } from './faults';
import type { AuditRecord } from '../state';
import { sessionOf } from './lookup';

/** Get Liveness (With Verify) Session Audit Entries: entries with an id greater than `start`, at most `top`. */
export function listAudit(ctx: HandlerContext): void {
  const { faults } = ctx.config;
  const session = sessionOf(ctx, faults.has('audit-after-delete-200'));
  const { start, top } = paging(ctx.match.query, faults, faults.has('audit-default-top-small') && 1);
  const after = auditStart(start);
  let entries: AuditRecord[] = session.audit;
  // The audit-start-as-text fault compares ids as text ("10" < "9").
  const greater = (id: number): boolean =>
    faults.has('audit-start-as-text') ? String(id) > String(after) : id > after;
  if (!faults.has('audit-start-ignored')) entries = entries.filter((e) => greater(e.id));
  if (!faults.has('audit-top-ignored')) entries = entries.slice(0, top);
  if (faults.has('audit-other-session-entry')) {
    const other = ctx.state.otherWithAudit(session.id);
    entries = [...entries, other?.audit[0] ?? { ...phantomEntry(randomUUID(), ctx.now), id: session.nextAuditId }];
  }
  sendJson(
    ctx.res,
    faults,
    200,
    entries.map((e) => renderAudit(e, ctx.match.version, faults)),
  );
}
