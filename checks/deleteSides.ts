/**
 * A delete seen from every side (CONTRACT.md §3 rules 5-6): the session is gone for a second DELETE, for
 * what it owned (its audit trail, its session images) and stays whole when the other family's DELETE names
 * it. Written once for every version: the operations come from the contract table, not from a design.
 */
import type { Finding } from './registry';
import { defineCheck } from './registry';

const RULES = 'CONTRACT.md §3 rule 5 (a deleted session is gone: 404) and rule 6 (an unknown session id: 404)';

/** A second DELETE of a deleted session finds no session: 404, as for any unknown id. */
export const secondDeleteNotFound = defineCheck<{ status: number }>({
  name: 'secondDeleteNotFound',
  title: 'A second DELETE of a deleted session answers 404',
  rule: `${RULES}: the deleted session's id is unknown to every operation that takes it, DELETE too`,
  source:
    'CONTRACT.md §3 rules 5-6 and its error codes (404 SessionNotFound); the real service reads a deleted session 404',
  needs: ['write'],
  evaluate: ({ status }) =>
    status === 404
      ? []
      : [
          {
            message: `a second DELETE of a deleted session was answered ${status}`,
            pointer: '/status',
            expected: '404 (the session is gone)',
            received: String(status),
          },
        ],
});

/** What the other family's DELETE did to a live session: its answer, and the session read after it. */
export interface OtherFamilyDelete {
  deleteStatus: number;
  readStatus: number;
}

/**
 * The families are apart (CONTRACT.md §1; rule 6): the other family's DELETE does not know the id (404),
 * and the session is still there when its own family reads it.
 */
export const otherFamilyDeleteLeavesSession = defineCheck<OtherFamilyDelete>({
  name: 'otherFamilyDeleteLeavesSession',
  title: "The other family's DELETE answers 404 and leaves the session whole",
  rule: "CONTRACT.md §1 (each family has its own operations) and §3 rule 6: the other family's DELETE does not know the id (404); the session is still readable",
  source: 'CONTRACT.md §1 operations table (Delete Liveness Session, Delete Liveness With Verify Session); §3 rule 6',
  needs: ['write'],
  evaluate: ({ deleteStatus, readStatus }) => {
    const findings: Finding[] = [];
    if (deleteStatus !== 404)
      findings.push({
        message: `the other family's DELETE was answered ${deleteStatus}`,
        pointer: '/status',
        expected: '404 (not a session of that family)',
        received: String(deleteStatus),
      });
    if (readStatus !== 200)
      findings.push({
        message: "the session is gone after the other family's DELETE",
        pointer: '/status',
        expected: '200 on the read after it',
        received: String(readStatus),
      });
    return findings;
  },
});

/** What a deleted session's own data answered: its audit trail or one of its session images. */
export interface DeletedData {
  what: 'audit' | 'sessionImage';
  status: number;
}

/**
 * A deleted session takes its data with it: its audit trail (rule 6, the session id is unknown) and its
 * session images (v1.2, v1.3-preview.1 Delete: "Successfully deleted session and all correlated data.").
 */
export const deletedSessionDataGone = defineCheck<DeletedData>({
  name: 'deletedSessionDataGone',
  title: "A deleted session's audit trail and session images answer 404",
  rule: `${RULES}; v1.2 swagger Delete Liveness (With Verify) Session 204: "Successfully deleted session and all correlated data."`,
  source:
    'CONTRACT.md §3 rule 6; reference/v1.2 and v1.3-preview.1 Face.liveness-excerpt.json (DeleteLivenessSession 204)',
  needs: ['write'],
  evaluate: ({ what, status }) =>
    status === 404
      ? []
      : [
          {
            message: `the ${what === 'audit' ? 'audit trail' : 'session image'} of a deleted session was answered ${status}`,
            pointer: '/status',
            expected: '404',
            received: String(status),
          },
        ],
});

/**
 * A delete takes only its own session's data: the session image of another live session (read 200 before)
 * still reads 200 after it (v1.2 and v1.3-preview.1 GetSessionImage: "Get session image stored during the
 * liveness session"; the delete's "all correlated data" is the deleted session's).
 */
export const deleteKeepsOtherImages = defineCheck<{ status: number }>({
  name: 'deleteKeepsOtherImages',
  requires: ['attempts', 'sessionImages'],
  title: "A delete leaves another live session's session image readable",
  rule: 'v1.2 swagger GetSessionImage 200 for a stored session image; Delete Session removes "the deleted session and all correlated data", its own, not another live session\'s',
  source:
    'reference/v1.2 and v1.3-preview.1 Face.liveness-excerpt.json (GetSessionImage 200; DeleteLivenessSession 204); CONTRACT.md §3 rule 5',
  needs: ['write', 'deviceSimulation'],
  evaluate: ({ status }) =>
    status === 200
      ? []
      : [
          {
            message: `the session image of another live session was answered ${status} after a delete`,
            pointer: '/status',
            expected: "200 (only the deleted session's data goes)",
            received: String(status),
          },
        ],
});
