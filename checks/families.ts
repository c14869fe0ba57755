import { defineCheck } from './registry';
import type { Finding } from './registry';
import { show } from './types';

/** What one family's operation answered when given a session (id or token) of the other family. */
export interface CrossFamilyObservation {
  /** Which operation was addressed with the other family's session. */
  what: 'get' | 'audit' | 'list' | 'device';
  /** The session's family and the family of the operation called. */
  sessionFamily: string;
  calledFamily: string;
  status: number;
  /** For `list`: the ids listed. */
  listedIds?: unknown[];
  sessionId: string;
}

/**
 * The two families are apart (CONTRACT.md §1: each family has its own operations; §3 rule 3: a session is
 * listed by its family's list; rule 6: an unknown id is 404; seed 003: a token only authorises its own
 * call): a session of one family is not found, listed or accepted by the other family's operations.
 */
export const familiesSeparate = defineCheck<CrossFamilyObservation>({
  name: 'familiesSeparate',
  title: "One family's session id, list entry or token is not accepted by the other family",
  rule: "CONTRACT.md §1 and §3 rules 3 and 6: a session belongs to its family's operations; the other family's get and audit answer 404, its list leaves it out, its device call refuses the token",
  source:
    'CONTRACT.md §1 operations table (two families); §3 rule 3 ("listed by its family\'s list operation"); seed 003 (sv) authToken: «begränsade behörigheter för att endast utföra den nödvändiga åtgärden»',
  needs: ['write'],
  evaluate: (o) => {
    const where = `${o.sessionFamily} session on ${o.calledFamily} ${o.what}`;
    const finding = (expected: string, received: string): Finding[] => [
      { message: `${where}: accepted by the other family`, pointer: '/status', expected, received },
    ];
    if (o.what === 'list') {
      return (o.listedIds ?? []).includes(o.sessionId) ? finding('not listed', `listed: ${show(o.sessionId)}`) : [];
    }
    if (o.what === 'device') {
      return o.status >= 400 && o.status < 500 ? [] : finding('a 4xx refusal', String(o.status));
    }
    return o.status === 404 ? [] : finding('404', String(o.status));
  },
});
