import { PAGING } from '../schemas';
import type { FaultSet } from './faults';
import { badArgument } from './http';

/** Paging parameters of a list or audit call, checked against CONTRACT.md §3 rules 1-2. */
export interface Paging {
  /** Absent: from the beginning. */
  start?: string;
  top: number;
}

/** The one value of a query parameter; a repeated one is refused (undocumented; see the report). */
function single(query: URLSearchParams, name: string): string | undefined {
  const values = query.getAll(name);
  if (values.length > 1) throw badArgument(`query parameter ${name} is given ${values.length} times; give it once`);
  return values[0];
}

/**
 * Reads `start` (at most 64 characters) and `top` (an integer 1..1000, default 1000); out of range: 400
 * BadArgument. The pagination faults relax exactly one bound each.
 */
export function paging(query: URLSearchParams, faults: FaultSet, smallDefault: false | number = false): Paging {
  const start = single(query, 'start');
  const rawTop = single(query, 'top');
  const startMax = faults.has('refuse-64-char-start') ? PAGING.startMaxLength - 1 : PAGING.startMaxLength;
  if (start !== undefined && start.length > startMax && !faults.has('accept-long-start')) {
    throw badArgument(`start is ${start.length} characters; at most ${PAGING.startMaxLength} are allowed`);
  }
  // The list-/audit-default-top-small faults: without top, one item (list-default-top-two: two).
  if (rawTop === undefined) return { start, top: smallDefault === false ? PAGING.topDefault : smallDefault };
  const top = /^[0-9]{1,9}$/.test(rawTop) ? Number(rawTop) : NaN;
  // The refuse-top-on-bound fault moves the upper bound in by one: top 1000 is refused.
  const maximum = faults.has('refuse-top-on-bound') ? PAGING.topMaximum - 1 : PAGING.topMaximum;
  const inRange = top >= PAGING.topMinimum && top <= maximum;
  if (Number.isInteger(top) && (inRange || faults.has('accept-top-out-of-range'))) {
    return { start, top: inRange ? top : PAGING.topDefault };
  }
  throw badArgument(
    `top must be an integer from ${PAGING.topMinimum} to ${PAGING.topMaximum}, got "${rawTop.slice(0, 40)}"`,
  );
}

/** An audit `start`: an entry id, so an integer; anything else is refused (undocumented; see the report). */
export function auditStart(start: string | undefined): number {
  if (start === undefined || start === '') return 0;
  if (!/^-?[0-9]{1,15}$/.test(start))
    throw badArgument(`audit start must be an entry id (an integer), got "${start.slice(0, 40)}"`);
  return Number(start);
}
