/**
 * The checks that close the previews' rule gaps judge what the real service did in its recordings (they
 * run on live sessions, not in `npm run traffic`): a check that failed a recording would be a wrong check.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeviceObservation, Finding } from '../../checks';
import {
  auditBodyAlwaysRecorded,
  createdDateTimeIsCreation,
  listTopDefault,
  serverTime,
  sessionExpiredMatchesTtl,
  verifyResultOnlyWithVerify,
} from '../../checks';

interface Entry {
  RequestUri: string;
  RequestMethod: string;
  StatusCode: number;
  ResponseHeaders: Record<string, string>;
  ResponseBody: unknown;
}

const DIR = join(__dirname, 'recordings');
const entries = (file: string): Entry[] =>
  (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { Entries: Entry[] }).Entries;
const json = (e: Entry): unknown => (typeof e.ResponseBody === 'string' ? JSON.parse(e.ResponseBody) : e.ResponseBody);
const at = (e: Entry): number => serverTime({ date: e.ResponseHeaders.Date }, '', 0);
const ctx = {} as never;

/** Create → read (or list) pairs of the previews: the create's time, the read's, and what the read showed. */
const CREATE_THEN_READ = [
  'js/node/session/recording_testcreatesessiondeviceidoptional.json',
  'js/node/session/recording_testcreatesessionwithtokenttl.json',
  'js/node/session/recording_testlistsessions.json',
  'js/node/sessionwithverify/recording_testlistverifysessions.json',
  'python/test_liveness_session.pyTestLivenessSessiontest_list_sessions.json',
];

test('createdDateTime and sessionExpired of every recorded new session pass their checks', () => {
  let judged = 0;
  for (const file of CREATE_THEN_READ) {
    const all = entries(file);
    const create = all.find((e) => e.RequestMethod === 'POST' && e.StatusCode === 200);
    const read = all.find((e) => e.RequestMethod === 'GET' && e.StatusCode === 200);
    if (!create || !read) throw new Error(`${file}: no create and read`);
    const body = json(read);
    for (const session of (Array.isArray(body) ? body : [body]) as Record<string, unknown>[]) {
      const input = { first: session.createdDateTime, createdAt: at(create), readAt: at(read) };
      expect(createdDateTimeIsCreation.evaluate(input, ctx), `${file} createdDateTime`).toEqual([]);
      const expiry = { expired: false, status: 200, sessionExpired: session.sessionExpired };
      expect(sessionExpiredMatchesTtl.evaluate(expiry, ctx), `${file} sessionExpired`).toEqual([]);
      judged++;
    }
  }
  expect(judged).toBeGreaterThanOrEqual(8);
});

test('a createdDateTime a day off, or changed between reads, fails the check the real one passes', () => {
  const [create, read] = entries(CREATE_THEN_READ[0]);
  const real = (json(read) as { createdDateTime: string }).createdDateTime;
  const dayLater = new Date(Date.parse(real) + 86_400_000).toISOString();
  const check = (input: Parameters<typeof createdDateTimeIsCreation.evaluate>[0]): Finding[] =>
    createdDateTimeIsCreation.evaluate(input, ctx);
  expect(check({ first: real, createdAt: at(create), readAt: at(read) })).toEqual([]);
  expect(check({ first: dayLater, createdAt: at(create), readAt: at(read) })).toHaveLength(1);
  expect(check({ first: real, later: dayLater, createdAt: at(create), readAt: at(read) })).toHaveLength(1);
});

/** Every recorded audit entry, as the device call that appended it (the trail read after it). */
const AUDITS = [
  'js/node/session/recording_testgetsessionauditentries.json',
  'js/node/sessionwithverify/recording_testgetverifysessionauditentries.json',
  'python/test_liveness_session.pyTestLivenessSessiontest_get_session_audit_entries.json',
];

test('every recorded audit entry keeps its result body, and verifyResult only for with-verify calls', () => {
  let judged = 0;
  for (const file of AUDITS) {
    for (const e of entries(file).filter((x) => x.StatusCode === 200)) {
      const trail = json(e) as Record<string, unknown>[];
      for (const entry of trail) {
        const req = entry.request as Record<string, unknown>;
        const res = entry.response as Record<string, unknown>;
        const o: DeviceObservation = {
          sent: {
            url: String(req.url),
            method: 'POST',
            contentType: '',
            contentLength: 0,
            userAgent: '',
            clientRequestId: '',
          },
          got: { status: Number(res.statusCode), body: undefined },
          sendResultsToClient: false,
          before: trail.filter((x) => x !== entry),
          after: trail,
        };
        expect(auditBodyAlwaysRecorded.evaluate(o, ctx), `${file} body`).toEqual([]);
        if (verifyResultOnlyWithVerify.applies?.(o) ?? true)
          expect(verifyResultOnlyWithVerify.evaluate(o, ctx), `${file} verifyResult`).toEqual([]);
        judged++;
      }
    }
  }
  expect(judged).toBeGreaterThanOrEqual(6);
});

test('every recorded list read without top holds the sessions the recording created before it', () => {
  let judged = 0;
  for (const file of CREATE_THEN_READ.slice(2)) {
    const all = entries(file);
    const at = all.findIndex(
      (e) => e.RequestMethod === 'GET' && !e.RequestUri.includes('top=') && !/sessions\/[^/?]/.test(e.RequestUri),
    );
    const listed = (json(all[at]) as { id?: string; sessionId?: string }[]).map((s) => String(s.id ?? s.sessionId));
    const ours = all
      .slice(0, at)
      .filter((e) => e.RequestMethod === 'POST' && e.StatusCode === 200)
      .map((e) => String((json(e) as { sessionId?: string }).sessionId));
    // The Python recorder replaced the listed ids with "Sanitized": identity is not judgeable there.
    if (listed.includes('Sanitized')) continue;
    expect(listTopDefault.evaluate({ withoutTop: listed, ours }, ctx), file).toEqual([]);
    // The check fails a read that leaves one of them out (the recording's own list, one session short).
    if (ours.length > 0)
      expect(
        listTopDefault.evaluate({ withoutTop: listed.filter((id) => id !== ours[0]), ours }, ctx),
        file,
      ).toHaveLength(1);
    judged += ours.length > 0 ? 1 : 0;
  }
  // The two JavaScript list recordings (the Python one is sanitized).
  expect(judged).toBe(2);
});
