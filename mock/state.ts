import type { SessionFamily } from '../schemas';
import { GaStore } from './attempts/store';
import { SessionStore } from './sessionStore';

/** One recorded device call, stored version-neutral; rendering picks the fields a version documents. */
export interface AuditRecord {
  id: number;
  sessionId: string;
  requestId: string;
  clientRequestId: string | null;
  receivedDateTime: string;
  request: { url: string; method: string; contentLength: number; contentType: string; userAgent: string };
  response: { body?: Record<string, unknown>; statusCode: number; latencyInMilliseconds: number };
  digest: string;
  sessionImageId?: string;
  verifyImageHash?: string;
}

/** What a create stored: the values sent (with defaults) and what the device calls added since. */
export interface Session {
  id: string;
  family: SessionFamily;
  token: string;
  /** Simulated ms since the epoch (see Clock). */
  createdAt: number;
  /** `createdAt` as RFC 3339, computed once (lists render it for every item). */
  createdDateTime: string;
  ttl: number;
  deviceCorrelationId: string | null;
  sendResultsToClient: boolean;
  enableSessionImage: boolean;
  returnVerifyImageHash: boolean;
  model?: string;
  verifyImage?: Buffer;
  startedAt?: number;
  audit: AuditRecord[];
  nextAuditId: number;
  deleted: boolean;
  /** The rendered list item and what it depended on (see render.ts `itemJson`). */
  itemCache?: { expired: boolean; startedAt: number | undefined; json: Buffer };
}

/** The values a create hands to the store. */
export type NewSession = Omit<
  Session,
  'id' | 'token' | 'audit' | 'nextAuditId' | 'deleted' | 'startedAt' | 'createdDateTime' | 'itemCache'
>;

/** First index in the sorted `ids` whose id is greater than `start` (or >= when `inclusive`). */
function lowerBound(ids: readonly string[], start: string, inclusive: boolean): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const before = inclusive ? ids[mid] < start : ids[mid] <= start;
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The mock's memory: preview sessions per family (ids kept sorted for paging), tokens and session images
 * (`SessionStore`), and the v1.2 sessions apart (`ga`). Deletion marks a session deleted; lookups skip it
 * unless a fault asks otherwise.
 */
export class MockState extends SessionStore<Session> {
  private readonly sorted: Record<SessionFamily, string[]> = { liveness: [], livenessWithVerify: [] };
  private readonly newest: Partial<Record<SessionFamily, string>> = {};
  /** v1.2 GA sessions (CONTRACT.md §5), kept apart from the preview ones. */
  readonly ga = new GaStore();
  /**
   * A fresh token at every change a session list can show (create, delete, a device call), so cached lists
   * expire: a new object never equals an old one (a counter stepped the wrong way could come back to a value a
   * cached list was made at).
   */
  revision: object = {};

  /** Stores a new session with a fresh id and token. */
  create(values: NewSession): Session {
    const createdDateTime = new Date(values.createdAt).toISOString();
    const session = this.store((id, token) => ({
      ...values,
      createdDateTime,
      id,
      token,
      audit: [],
      nextAuditId: 1,
      deleted: false,
    }));
    const ids = this.sorted[session.family];
    ids.splice(lowerBound(ids, session.id, true), 0, session.id);
    this.newest[session.family] = session.id;
    this.revision = {};
    return session;
  }

  /** The id of the family's most recently created session. */
  newestId(family: SessionFamily): string | undefined {
    return this.newest[family];
  }

  /** Up to `top` sessions of a family with ids greater than `start`, ascending. */
  page(family: SessionFamily, start: string, top: number, opts: { inclusive?: boolean; includeDeleted?: boolean }) {
    const ids = this.sorted[family];
    const out: Session[] = [];
    for (let i = lowerBound(ids, start, opts.inclusive ?? false); i < ids.length && out.length < top; i++) {
      const s = this.byId(ids[i]);
      if (s && (opts.includeDeleted || !s.deleted)) out.push(s);
    }
    return out;
  }

  /** Any session other than `id` that has audit entries, for the audit-other-session-entry fault. */
  otherWithAudit(id: string): Session | undefined {
    for (const s of this.all()) if (s.id !== id && s.audit.length > 0) return s;
    return undefined;
  }

  /** Marks a session deleted; its images go at once. */
  override delete(session: Session): void {
    this.revision = {};
    super.delete(session);
  }

  /** Appends an audit entry (its id is the session's next one). */
  addAudit(session: Session, entry: Omit<AuditRecord, 'id'>): AuditRecord {
    const record: AuditRecord = { ...entry, id: session.nextAuditId++ };
    this.revision = {};
    session.audit.push(record);
    return record;
  }

  /** Forgets everything. */
  override clear(): void {
    this.revision = {};
    super.clear();
    this.sorted.liveness = [];
    this.sorted.livenessWithVerify = [];
    delete this.newest.liveness;
    delete this.newest.livenessWithVerify;
    this.ga.clear();
  }
}
