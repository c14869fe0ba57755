import type { ContractVersion } from '../schemas';
import { hasCapability } from '../schemas';
import type { FaultSet } from './faults';
import { phantomEntry } from './handlers/faults';
import type { AuditRecord, Session } from './state';

/** A date as RFC 3339 (CONTRACT.md §3 rule 8), or HTTP-date under the created-date-not-rfc3339 fault. */
function date(ms: number, faults?: FaultSet): string {
  return faults?.has('created-date-not-rfc3339') ? new Date(ms).toUTCString() : new Date(ms).toISOString();
}

/** When (simulated ms) a session's token lifetime ends. */
export function expiresAt(session: Session): number {
  return session.createdAt + session.ttl * 1000;
}

/** Whether a session's token lifetime has passed. */
export function isExpired(session: Session, now: number): boolean {
  return now >= expiresAt(session);
}

/** A session as a list returns it (`LivenessSessionItem`). */
export function renderItem(session: Session, now: number, faults: FaultSet): Record<string, unknown> {
  const ttl = faults.has('ttl-not-persisted') ? 600 : session.ttl;
  const item: Record<string, unknown> = {
    id: session.id,
    createdDateTime: createdDateTime(session, now, faults),
    sessionExpired: sessionExpired(session, now, faults),
    deviceCorrelationId: faults.has('device-id-not-persisted') ? null : session.deviceCorrelationId,
    authTokenTimeToLiveInSeconds: faults.has('ttl-as-string') ? String(ttl) : ttl,
  };
  if (session.startedAt !== undefined) item.sessionStartDateTime = date(session.startedAt);
  if (faults.has('session-expired-flag-missing')) delete item.sessionExpired;
  return item;
}

/** When the session was created, as its faults show it. */
function createdDateTime(session: Session, now: number, faults: FaultSet): string {
  if (faults.has('created-date-not-rfc3339')) return date(session.createdAt, faults);
  if (faults.has('created-date-in-future')) return date(session.createdAt + 86_400_000);
  if (faults.has('created-date-changes')) return date(now);
  return session.createdDateTime;
}

/** Whether the session has expired, as its faults show it. */
function sessionExpired(session: Session, now: number, faults: FaultSet): boolean {
  if (faults.has('session-expired-from-start')) return true;
  if (faults.has('session-never-expires')) return false;
  return isExpired(session, now);
}

/** An audit entry with the fields its version documents (`LivenessSessionAuditEntry`). */
export function renderAudit(record: AuditRecord, version: ContractVersion, faults: FaultSet): Record<string, unknown> {
  const { sessionImageId, verifyImageHash, id, ...rest } = record;
  const entry: Record<string, unknown> = { id: faults.has('audit-id-as-string') ? String(id) : id, ...rest };
  if (faults.has('audit-digest-missing')) delete entry.digest;
  if (hasCapability(version, 'sessionImages')) {
    if (sessionImageId !== undefined) entry.sessionImageId = sessionImageId;
    if (verifyImageHash !== undefined) entry.verifyImageHash = verifyImageHash;
  }
  return entry;
}

/** A whole session (`LivenessSession` / `LivenessWithVerifySession`): the item, its status and its result. */
export function renderSession(
  session: Session,
  version: ContractVersion,
  now: number,
  faults: FaultSet,
): Record<string, unknown> {
  const started = session.audit.length > 0;
  const available = started && !faults.has('status-not-updated');
  let status = available ? 'ResultAvailable' : faults.has('new-session-started') ? 'Started' : 'NotStarted';
  if (faults.has('status-lowercase')) status = status.toLowerCase();
  const out: Record<string, unknown> = { ...renderItem(session, now, faults), status };
  // A session created with its verify image (multipart) keeps its first result under the fault.
  const stale =
    faults.has('result-not-newest-entry') || (!!session.verifyImage && faults.has('image-at-create-result-stale'));
  const newest = stale ? session.audit[0] : session.audit[session.audit.length - 1];
  const result = newest ?? (faults.has('new-session-has-result') ? phantomEntry(session.id, now) : undefined);
  if (result) out.result = renderAudit(result, version, faults);
  return out;
}

/**
 * A list item as UTF-8 JSON, cached on the session: only expiry and the start date can change an item
 * (a session belongs to one mock, whose faults are fixed), so lists over many sessions skip re-rendering.
 */
export function itemJson(session: Session, now: number, faults: FaultSet): Buffer {
  const expired = isExpired(session, now);
  const cache = session.itemCache;
  if (cache && cache.expired === expired && cache.startedAt === session.startedAt) return cache.json;
  // The fault keeps the item as first rendered whatever its expiry (a get renders anew and stays right).
  if (faults.has('list-expired-flag-stale') && cache && cache.startedAt === session.startedAt) return cache.json;
  const json = Buffer.from(JSON.stringify(renderItem(session, now, faults)));
  session.itemCache = { expired, startedAt: session.startedAt, json };
  return json;
}

const OPEN = Buffer.from('[');
const COMMA = Buffer.from(',');
const CLOSE = Buffer.from(']');

/** A JSON array of already encoded items, copied once into one buffer. */
export function jsonArray(items: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [OPEN];
  items.forEach((item, i) => parts.push(...(i === 0 ? [item] : [COMMA, item])));
  parts.push(CLOSE);
  return Buffer.concat(parts);
}
