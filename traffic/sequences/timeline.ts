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

/** Steps of one scope that started after `after` ended, in start order. */
export function later(steps: Step[], after: Step, role: Role): Step[] {
  return steps.filter((s) => s.scope === after.scope && s.role === role && s.r.startMs >= after.r.endMs);
}
