import { defineCheck } from './registry';
import type { Finding } from './registry';
import { show } from './types';

/** A list answer's items (sessions or audit entries) with the ids they carry. */
export interface ListInput<Id extends string | number = string> {
  ids: Id[];
  query: { start?: string; top?: number };
}

const byOrdinal = (a: string | number, b: string | number): boolean =>
  typeof a === 'number' && typeof b === 'number' ? a < b : String(a) < String(b);

/** Rule 1: Get Liveness Sessions lists items sorted by id ascending. (No order is documented for audit entries.) */
export const listSortedById = defineCheck<ListInput>({
  name: 'listSortedById',
  requires: ['lists'],
  title: 'Sessions are listed by id, ascending',
  rule: 'CONTRACT.md §3 rule 1: items sorted by id ascending',
  source: 'seed 002 (ja): 結果は sessionId で昇順に並べ替える必要があります',
  evaluate: ({ ids }) => {
    for (let i = 1; i < ids.length; i++) {
      if (!byOrdinal(ids[i - 1], ids[i])) {
        return [
          {
            message: 'items out of order',
            pointer: `/${i}/id`,
            expected: `an id greater than ${show(ids[i - 1])}`,
            received: show(ids[i]),
          },
        ];
      }
    }
    return [];
  },
});

function startExclusive(ids: (string | number)[], start: string | undefined): Finding[] {
  if (start === undefined) return [];
  const bound = typeof ids[0] === 'number' ? Number(start) : start;
  const bad = ids.findIndex((id) => !byOrdinal(bound, id));
  return bad < 0
    ? []
    : [
        {
          message: 'an item is not greater than start',
          pointer: `/${bad}/id`,
          expected: `id > ${show(start)}`,
          received: show(ids[bad]),
        },
      ];
}

function topHonoured(ids: unknown[], top: number | undefined): Finding[] {
  const limit = top ?? 1000;
  return ids.length <= limit
    ? []
    : [
        {
          message: 'more items than top',
          pointer: '',
          expected: `at most ${limit} items`,
          received: `${ids.length} items`,
        },
      ];
}

/** Rule 1: only ids greater than `start` are listed. */
export const listStartExclusive = defineCheck<ListInput>({
  name: 'listStartExclusive',
  requires: ['lists'],
  title: 'List: only ids greater than start',
  rule: 'CONTRACT.md §3 rule 1: only ids greater than start',
  source: 'seed 002 (ja) start: "開始" より大きいリソースを一覧表示します',
  evaluate: ({ ids, query }) => startExclusive(ids, query.start),
});

/** Rule 1: at most `top` items (1000 when not given). */
export const listTopHonoured = defineCheck<ListInput>({
  name: 'listTopHonoured',
  requires: ['lists'],
  title: 'List: at most top items',
  rule: 'CONTRACT.md §3 rule 1: at most top items; top defaults to 1000',
  source: 'seed 002 (ja) top: [1, 1000] の範囲の、一覧表示する項目の数。既定値は 1000',
  evaluate: ({ ids, query }) => topHonoured(ids, query.top),
});

/** Rule 2: audit `start` is exclusive. */
export const auditStartExclusive = defineCheck<ListInput<number>>({
  name: 'auditStartExclusive',
  requires: ['auditTrail'],
  title: 'Audit: only entries whose id is greater than start',
  rule: 'CONTRACT.md §3 rule 2: with start, only entries whose id is greater',
  source: 'seed 001 (fr) start: Répertorier les ressources supérieures au « start »',
  evaluate: ({ ids, query }) => startExclusive(ids, query.start),
});

/** Rule 2: at most `top` audit entries. */
export const auditTopHonoured = defineCheck<ListInput<number>>({
  name: 'auditTopHonoured',
  requires: ['auditTrail'],
  title: 'Audit: at most top entries',
  rule: 'CONTRACT.md §3 rule 2: top bounds as for the list',
  source: 'seed 001 (fr) top: Nombre d’éléments à répertorier, compris dans [1, 1000]',
  evaluate: ({ ids, query }) => topHonoured(ids, query.top),
});

/** Rule 2: every audit entry belongs to the session asked for. */
export const auditEntriesBelongToSession = defineCheck<{ sessionIds: unknown[]; sessionId: string }>({
  name: 'auditEntriesBelongToSession',
  requires: ['auditTrail'],
  title: "Audit entries carry the asked session's id",
  rule: "CONTRACT.md §3 rule 2: every entry's sessionId is the session asked for",
  source: 'seed 001 (fr) LivenessSessionAuditEntry.sessionId',
  evaluate: ({ sessionIds, sessionId }) => {
    const bad = sessionIds.findIndex((s) => s !== undefined && s !== sessionId);
    return bad < 0
      ? []
      : [
          {
            message: 'an entry of another session',
            pointer: `/${bad}/sessionId`,
            expected: show(sessionId),
            received: show(sessionIds[bad]),
          },
        ];
  },
});

/** Rule 1: paging through everything with start = last id returns each session exactly once. */
export const pagingReturnsEachOnce = defineCheck<{ pages: string[][]; ours: string[] }>({
  name: 'pagingReturnsEachOnce',
  requires: ['lists'],
  title: 'Paging through the list returns each session exactly once',
  rule: 'CONTRACT.md §3 rule 1 (sorted, start exclusive, top): paging covers every session once',
  source: 'seed 002 (ja) start/top',
  evaluate: ({ pages, ours }) => {
    const seen = new Map<string, number>();
    for (const id of pages.flat()) seen.set(id, (seen.get(id) ?? 0) + 1);
    const findings: Finding[] = [];
    const dup = [...seen.entries()].find(([, n]) => n > 1);
    if (dup)
      findings.push({
        message: 'a session listed twice while paging',
        pointer: '',
        expected: 'each id once',
        received: `${show(dup[0])} ${dup[1]} times`,
      });
    const missing = ours.find((id) => !seen.has(id));
    if (missing)
      findings.push({
        message: 'a session missing while paging',
        pointer: '',
        expected: `${show(missing)} listed`,
        received: 'absent',
      });
    return findings;
  },
});
