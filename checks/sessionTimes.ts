import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

/**
 * How far a date the server wrote may be from the server's own `Date` headers around it. The real service
 * writes createdDateTime about 1.4 s after the `Date` header of the create and of the read that shows it
 * (tests/traffic/recordings: a front end and a back end with their own clocks); two minutes also covers
 * the header's whole-second rounding and slow answers, and still catches a date of another hour or day.
 */
export const DATE_TOLERANCE_MS = 120_000;

/** A session's createdDateTime as read just after the create, and as read again later. */
export interface CreatedDateObservation {
  /** createdDateTime of the first read, just after the create. */
  first: unknown;
  /** createdDateTime of a later read of the same session, when there was one. */
  later?: unknown;
  /** The server's time of the create answer (its `Date` header, else the local clock), in ms. */
  createdAt: number;
  /** The server's time of the read answer (its `Date` header, else the local clock), in ms. */
  readAt: number;
}

/** The server's time of an answer: its `Date` header, else the local time it arrived. */
export function serverTime(headers: Record<string, string>, startedAt: string, durationMs: number): number {
  const date = Date.parse(headers.date ?? '');
  return Number.isNaN(date) ? Date.parse(startedAt) + durationMs : date;
}

/** seed000.session.createdDateTime: the date-time of the create, not in the future, the same at every read. */
export const createdDateTimeIsCreation = defineCheck<CreatedDateObservation>({
  name: 'createdDateTimeIsCreation',
  requires: ['sessionResult'],
  title: 'createdDateTime is the time of the create, and stays so',
  rule: 'seed000.session.createdDateTime: createdDateTime is the date-time the session was created (not in the future, the same at every read)',
  source: 'seed 000 (ja) LivenessSession.createdDateTime: "このセッションが作成されたときの DateTime。"',
  needs: ['write'],
  evaluate: ({ first, later, createdAt, readAt }) => {
    // Absent: CONTRACT.md §4 in v1.1-preview.1; the v1.2-preview.1 schema requires it (responseSchemaConformance).
    if (first === undefined || first === null) return [];
    const at = typeof first === 'string' ? Date.parse(first) : NaN;
    if (Number.isNaN(at))
      return [
        {
          message: 'createdDateTime is no date-time',
          pointer: '/createdDateTime',
          expected: 'a date-time',
          received: show(first),
        },
      ];
    const findings: Finding[] = [];
    const around = `${new Date(createdAt).toISOString()} (the create's answer) ± ${DATE_TOLERANCE_MS / 1000} s`;
    if (at > readAt + DATE_TOLERANCE_MS)
      findings.push({
        message: 'createdDateTime is in the future',
        pointer: '/createdDateTime',
        expected: around,
        received: show(first),
      });
    else if (at < createdAt - DATE_TOLERANCE_MS)
      findings.push({
        message: 'createdDateTime is before the create',
        pointer: '/createdDateTime',
        expected: around,
        received: show(first),
      });
    if (later !== undefined && later !== first)
      findings.push({
        message: 'createdDateTime changed between reads',
        pointer: '/createdDateTime',
        expected: show(first),
        received: show(later),
      });
    return findings;
  },
});

/** Whether a session read should say it has expired, and what it said. */
export interface ExpiryObservation {
  /** True after the TTL has passed; false just after the create (the TTL is at least 60 s). */
  expired: boolean;
  status: number;
  sessionExpired: unknown;
}

/** seed000.session.expired: sessionExpired is false while the token lives and true once its TTL has passed. */
export const sessionExpiredMatchesTtl = defineCheck<ExpiryObservation>({
  name: 'sessionExpiredMatchesTtl',
  requires: ['sessionResult'],
  title: 'sessionExpired is false while the TTL runs, true after it',
  rule: 'seed000.session.expired: sessionExpired says whether the session has expired (its TTL has passed)',
  source: 'seed 000 (ja) LivenessSession.sessionExpired: "セッションの有効期限が切れているかどうか。"',
  needs: ['write'],
  // Absent (CONTRACT.md §4 in v1.1-preview.1) says nothing; the v1.2-preview.1 schema requires it.
  applies: ({ status, sessionExpired }) => status === 200 && sessionExpired !== undefined && sessionExpired !== null,
  evaluate: ({ expired, sessionExpired }) =>
    sessionExpired === expired
      ? []
      : [
          {
            message: expired ? 'sessionExpired is not true after the TTL' : 'a new session says it has expired',
            pointer: '/sessionExpired',
            expected: String(expired),
            received: show(sessionExpired),
          },
        ],
});
