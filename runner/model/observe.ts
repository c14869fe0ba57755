import {
  createdSessionListed,
  deletedSessionUnlisted,
  listSortedById,
  listStartExclusive,
  listTopDefault,
  listTopHonoured,
  pagingReturnsEachOnce,
} from '../../checks';
import type { SessionCalls, SessionFamily } from '../sessionCalls';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { runCheck } from '../evaluate';
import type { OutcomeSink } from '../outcome';
import { skipped } from '../outcome';

/** Most pages the suite reads to page through a whole list. */
export const MAX_PAGES = 12;

/**
 * Requests `pageThrough` sends on a list of at most 1000 sessions that holds still: the whole list, then
 * pages of a third of it (at most 4: the last one short or empty). The run's plan reserves this much per
 * list read (runner/plan.ts); a longer list needs more pages, up to MAX_PAGES.
 */
export const PAGE_THROUGH_REQUESTS = 5;

function ids(body: unknown): string[] | undefined {
  if (!Array.isArray(body)) return undefined;
  return body.map((item) => (item as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
}

/**
 * Reads one page and runs the list checks on it, handing the outcomes to `out`. Returns the ids, or
 * undefined when the page could not be read as a list.
 */
export async function readPage(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  family: SessionFamily,
  query: { start?: string; top?: number },
): Promise<string[] | undefined> {
  const q: [string, string][] = [];
  if (query.start !== undefined) q.push(['start', query.start]);
  if (query.top !== undefined) q.push(['top', String(query.top)]);
  const exchange = await api.list(family, q);
  out.record(checkExchange(rt, exchange, { kind: 'positive' }));
  const page = exchange.response.status === 200 ? ids(exchange.response.json) : undefined;
  if (!page) return undefined;
  const op = api.id(family, 'list');
  for (const check of [listSortedById, listStartExclusive, listTopHonoured])
    out.record(runCheck(rt, check, op, { ids: page, query }, exchange));
  return page;
}

/**
 * Pages through a family's whole list (start = last id of the previous page) and checks that each of
 * `live` is listed once and none of `gone` is. When the list is too long to page through within
 * MAX_PAGES, the whole-list checks are skipped with that reason.
 */
export async function pageThrough(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  family: SessionFamily,
  live: string[],
  gone: string[],
): Promise<void> {
  const op = api.id(family, 'list');
  const first = await readPage(api, rt, out, family, {});
  if (!first) return;
  const top = Math.max(1, Math.ceil(first.length / 3));
  const pages: string[][] = [];
  let start: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await readPage(api, rt, out, family, { start, top });
    if (!page) return;
    pages.push(page);
    if (page.length < top || page.length === 0) {
      const all = pages.flat();
      out.record(runCheck(rt, pagingReturnsEachOnce, op, { pages, ours: live }));
      for (const id of live) out.record(runCheck(rt, createdSessionListed, op, { id, listed: all }));
      for (const id of gone) out.record(runCheck(rt, deletedSessionUnlisted, op, { id, listed: all }));
      checkDefaultTop(api, rt, out, family, first, live);
      return;
    }
    start = page[page.length - 1];
  }
  const reason = `the list is longer than ${MAX_PAGES} pages of ${top}; not paged through`;
  out.record(
    skipped([pagingReturnsEachOnce, createdSessionListed, deletedSessionUnlisted, listTopDefault], op, reason),
  );
}

/**
 * Top defaults to 1000: the first page, read without top, held every session of this test that existed
 * throughout it (checks/listDefaults.ts says why it never compares two reads).
 */
function checkDefaultTop(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  family: SessionFamily,
  first: string[],
  live: string[],
): void {
  out.record(runCheck(rt, listTopDefault, api.id(family, 'list'), { withoutTop: first, ours: live }));
}
