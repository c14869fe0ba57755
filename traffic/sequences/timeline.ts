import type { OperationSpec } from '../../schemas';
import type { Recorded } from '../adapter';
import type { Inference } from '../intent';
import type { Matched } from '../match';

/** What an operation does to a session: its role in the contract table, both creates as one. */
export type Role = 'create' | 'list' | 'get' | 'delete' | 'audit' | 'device' | 'other';

/** The role of an operation in a session's life (session images and settings play none). */
export function roleOf(op: OperationSpec): Role {
  if (op.role === 'createWithVerifyImage') return 'create';
  return op.role === 'sessionImage' || op.family === 'settings' ? 'other' : (op.role as Role);
}

/** One API exchange of the recording, with its operation, role and inferred intent. */
export interface Step {
  r: Recorded;
  m: Matched;
  role: Role;
  inference: Inference;
  /** `origin|family`: sessions are followed per server and family. */
  scope: string;
}

/** The status class of a step's answer is success. */
export const ok = (s: Step): boolean => s.r.exchange.response.status >= 200 && s.r.exchange.response.status < 300;

/** The step's JSON body as an array of objects, when it is one. */
export function items(s: Step): Record<string, unknown>[] | undefined {
  const body = s.r.exchange.response.json;
  return Array.isArray(body)
    ? (body.filter((i) => i && typeof i === 'object') as Record<string, unknown>[])
    : undefined;
}

/** The session a step is about (its path parameter, or the id a create answered). */
export function sessionOf(s: Step): string | undefined {
  if (s.role === 'create') {
    const id = (s.r.exchange.response.json as { sessionId?: unknown } | undefined)?.sessionId;
    return typeof id === 'string' ? id : undefined;
  }
  return s.m.pathParams.sessionId;
}

/** `start` and `top` as the list checks take them (the last value of each, `top` as a number). */
export function pagingQuery(s: Step): { start?: string; top?: number } {
  const q = s.r.exchange.request.query ?? [];
  const start = q.filter(([n]) => n === 'start').pop()?.[1];
  const top = q.filter(([n]) => n === 'top').pop()?.[1];
  return { ...(start !== undefined ? { start } : {}), ...(top !== undefined ? { top: Number(top) } : {}) };
}

/** The steps of a recording indexed by scope and role, and by scope, role and session, in start order. */
interface Index {
  byRole: Map<string, Step[]>;
  bySession: Map<string, Step[]>;
}

const INDEXES = new WeakMap<Step[], Index>();

function push(map: Map<string, Step[]>, key: string, s: Step): void {
  const list = map.get(key);
  if (list) list.push(s);
  else map.set(key, [s]);
}

/**
 * The index of a recording's steps, built once per array (sorted by start; not changed after the first
 * look-up): every "later step of this scope, role and session" is then a binary search, so the sequence
 * checks stay linear in the number of entries (issue 21: 100 000 entries in about ten times 10 000's time).
 */
function indexOf(steps: Step[]): Index {
  let index = INDEXES.get(steps);
  if (!index) {
    index = { byRole: new Map(), bySession: new Map() };
    for (const s of steps) {
      push(index.byRole, `${s.scope}\u0000${s.role}`, s);
      const id = sessionOf(s);
      if (id !== undefined) push(index.bySession, `${s.scope}\u0000${s.role}\u0000${id}`, s);
    }
    INDEXES.set(steps, index);
  }
  return index;
}

/** The steps of a sorted list that started at or after `ms`. */
function startingFrom(list: Step[], ms: number): Step[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].r.startMs < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? list : list.slice(lo);
}

/**
 * Steps of one scope and role that started after `after` ended, in start order; with `session`, only
 * those about that session.
 */
export function later(steps: Step[], after: Step, role: Role, session?: string): Step[] {
  const index = indexOf(steps);
  const list =
    session === undefined
      ? index.byRole.get(`${after.scope}\u0000${role}`)
      : index.bySession.get(`${after.scope}\u0000${role}\u0000${session}`);
  return list ? startingFrom(list, after.r.endMs) : [];
}

/** Every step of a scope and role about one session, in start order. */
export function ofSession(steps: Step[], scope: string, role: Role, session: string): Step[] {
  return indexOf(steps).bySession.get(`${scope}\u0000${role}\u0000${session}`) ?? [];
}
