/**
 * A synthetic HAR of any size, shaped like a long client run against v1.1-preview.1: per session a
 * create, a read, a list, a delete and a read answered 404, with a planted fault in some sessions (a 500,
 * a list out of order) and an entry outside the API now and then, so the traffic checks, the sequence
 * checks and the report's failures all grow with the entry count. Used by `npm run bench:traffic` and the
 * hostile-HAR tests.
 */
import type { HarEntry, HarLog } from '../runner';
import { entry as harEntry, session } from '../tests/traffic/har';

const LIST = '/detectLiveness/singleModal/sessions';

/** An entry of the run at `at` (milliseconds), its JSON answer and request body. */
function entry(at: number, method: string, path: string, status: number, body?: unknown, request?: unknown): HarEntry {
  return harEntry(method, path, status, body, { at, request });
}

function sessionId(n: number): string {
  return `a1b2c3d4-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** A HAR of `count` entries (rounded to whole sessions of five, plus the odd entry outside the API). */
export function largeHar(count: number): HarLog {
  const entries: HarEntry[] = [];
  let at = Date.parse('2025-01-01T00:00:00Z');
  const tick = (): number => (at += 10);
  for (let n = 0; entries.length < count; n++) {
    const id = sessionId(n);
    const one = `${LIST}/${id}`;
    const create = { livenessOperationMode: 'Passive', deviceCorrelationId: `device-${n}` };
    entries.push(entry(tick(), 'POST', LIST, 200, { sessionId: id, authToken: `token-${n}-abcdef` }, create));
    // Every 50th session answers its read with a 500 (notAServerError); every 70th lists out of order.
    entries.push(
      n % 50 === 49
        ? entry(tick(), 'GET', one, 500, { error: { code: 'Boom', message: 'x' } })
        : entry(tick(), 'GET', one, 200, session(id)),
    );
    const list = n % 70 === 69 ? [session(sessionId(n)), session(sessionId(n - 1))] : [session(id)];
    entries.push(entry(tick(), 'GET', `${LIST}?top=2`, 200, list));
    entries.push(entry(tick(), 'DELETE', one, 200));
    entries.push(entry(tick(), 'GET', one, 404, { error: { code: 'SessionNotFound', message: 'gone' } }));
    if (n % 100 === 99) entries.push(entry(tick(), 'GET', `http://127.0.0.1:9/favicon-${n}.ico`, 404));
  }
  return { log: { version: '1.2', creator: { name: 'bench', version: '1' }, entries: entries.slice(0, count) } };
}
