import { operation } from '../schemas';
import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

/** A session as read back, with the create body that made it. */
export interface ReadBack {
  id: string;
  body: Record<string, unknown>;
  status: number;
  session: Record<string, unknown> | undefined;
}

/** Rule 3: a new session is NotStarted, with no result. */
export const newSessionNotStarted = defineCheck<ReadBack>({
  name: 'newSessionNotStarted',
  requires: ['sessionResult'],
  title: 'A new session is NotStarted, with no result',
  rule: 'CONTRACT.md §3 rule 3: a new session is NotStarted, with no result',
  source: 'seed 000 (ja) FaceSessionStatus NotStarted; LivenessSession.result only when ResultAvailable',
  needs: ['write'],
  evaluate: ({ session }) => {
    if (!session) return [];
    const findings: Finding[] = [];
    if (session.status !== 'NotStarted')
      findings.push({
        message: 'new session not NotStarted',
        pointer: '/status',
        expected: '"NotStarted"',
        received: show(session.status),
      });
    if (session.result !== undefined && session.result !== null)
      findings.push({
        message: 'new session has a result',
        pointer: '/result',
        expected: 'absent',
        received: show(session.result, 80),
      });
    return findings;
  },
});

/** Rule 4: `result` is present only when status is ResultAvailable. */
export const resultOnlyWhenAvailable = defineCheck<{ session: Record<string, unknown> | undefined }>({
  name: 'resultOnlyWhenAvailable',
  requires: ['sessionResult'],
  title: 'result only when status is ResultAvailable',
  rule: 'CONTRACT.md §3 rule 4: result is present only when status is ResultAvailable',
  source: 'seed 000 (ja) LivenessSession.result: 状態 == ResultAvailable の場合にのみ設定されます',
  evaluate: ({ session }) =>
    !session || session.status === 'ResultAvailable' || session.result === undefined || session.result === null
      ? []
      : [
          {
            message: 'result present without ResultAvailable',
            pointer: '/result',
            expected: 'absent',
            received: `status ${show(session.status)} with a result`,
          },
        ],
});

/** Rule 3: a created session is listed by its family's list operation. */
export const createdSessionListed = defineCheck<{ id: string; listed: string[] | undefined }>({
  name: 'createdSessionListed',
  requires: ['lists'],
  title: "A created session is listed by its family's list",
  rule: "CONTRACT.md §3 rule 3: a created session is listed by its family's list operation",
  source: 'seed 002 (ja) Get Liveness Sessions',
  needs: ['write'],
  evaluate: ({ id, listed }) =>
    !listed || listed.includes(id)
      ? []
      : [{ message: 'created session not listed', pointer: '', expected: `${show(id)} listed`, received: 'absent' }],
});

/**
 * Rule 5: after a delete, Get Result gives 404; the delete answered a success status of its operation,
 * read from the contract table (200 in the previews; 204, or 200 as the v1.2 examples show, in §5).
 */
export const deletedSessionNotFound = defineCheck<{ deleteStatus: number; getStatus: number; deleteOperation: string }>(
  {
    name: 'deletedSessionNotFound',
    title: 'A delete answers a documented status, then the session is gone (404)',
    rule: 'CONTRACT.md §3 rule 5: after Delete, Get Result gives 404; §5: DELETE answers 204 (200 in the v1.2 examples: legal too)',
    source: 'CONTRACT.md §1 ops 4/10 (Delete Liveness Session), §5 (v1.2 and later)',
    needs: ['write'],
    evaluate: ({ deleteStatus, getStatus, deleteOperation }) => {
      const allowed = operation(deleteOperation).success.map((x) => String(x.status));
      const findings: Finding[] = [];
      if (!allowed.includes(String(deleteStatus)))
        findings.push({
          message: `delete not answered ${allowed.join(' or ')}`,
          pointer: '/status',
          expected: allowed.join(' or '),
          received: String(deleteStatus),
        });
      if (getStatus !== 404)
        findings.push({
          message: 'deleted session still readable',
          pointer: '/status',
          expected: '404',
          received: String(getStatus),
        });
      return findings;
    },
  },
);

/** Rule 5: a deleted session leaves the list. */
export const deletedSessionUnlisted = defineCheck<{ id: string; listed: string[] | undefined }>({
  name: 'deletedSessionUnlisted',
  requires: ['lists'],
  title: 'A deleted session leaves the list',
  rule: 'CONTRACT.md §3 rule 5: the deleted session leaves the list',
  source: 'CONTRACT.md §1 ops 4/10',
  needs: ['write'],
  evaluate: ({ id, listed }) =>
    !listed || !listed.includes(id)
      ? []
      : [{ message: 'deleted session still listed', pointer: '', expected: `${show(id)} absent`, received: 'listed' }],
});

/** §1: once a session is deleted its token stops working (401). */
export const deletedTokenRevoked = defineCheck<{ status: number }>({
  name: 'deletedTokenRevoked',
  title: "A deleted session's token stops working",
  rule: 'CONTRACT.md §1: the token stops working (401) once the session is deleted',
  source: 'seed 003 (sv) Not: "Klientåtkomst kan återkallas genom att ta bort sessionen"',
  needs: ['deviceSimulation'],
  evaluate: ({ status }) =>
    status === 401
      ? []
      : [{ message: 'revoked token still accepted', pointer: '/status', expected: '401', received: String(status) }],
});

/** §1: the token stops working once its TTL has passed. */
export const tokenExpiresAfterTtl = defineCheck<{ status: number; waitedMs: number }>({
  name: 'tokenExpiresAfterTtl',
  title: 'A token stops working after its TTL',
  rule: 'CONTRACT.md §1: the token stops working (401) once its TTL has passed',
  source: 'seed 003 (sv) CreateLivenessWithVerifySessionResult.authToken: "upphör att gälla efter TTL-tiden"',
  needs: ['deviceSimulation', 'expiry', 'write'],
  evaluate: ({ status, waitedMs }) =>
    status === 401
      ? []
      : [
          {
            message: `token still accepted after waiting ${waitedMs} ms`,
            pointer: '/status',
            expected: '401',
            received: String(status),
          },
        ],
});
