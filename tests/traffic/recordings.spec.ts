/**
 * Real traffic: every recording of the real service (Azure SDK test-proxy recordings, copied from
 * ../shared/recordings into tests/traffic/recordings, see PROVENANCE.md there) passes `npm run traffic`;
 * one-rule mutations of each fail with the check that names the rule.
 */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { trafficMain } from '../../cli/traffic';
import type { SdkEntry } from '../../traffic/sdkRecording';
import { sdkRecordingToHar } from '../../traffic/sdkRecording';
import { CREDENTIALS_REMOVED } from '../../traffic/exchanges';
import { checkTraffic } from '../../traffic/run';

const root = join(__dirname, '..', '..');
const DIR = join(__dirname, 'recordings');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

const RECORDINGS = files(DIR).map((f) => relative(DIR, f).replace(/\\/g, '/'));

/** The API version of a recording, as the lead's hook reads it: the first `/face/vX` of the file. */
const versionOf = (text: string): string => /\/face\/(v[0-9a-z.-]+)\//.exec(text)?.[1] ?? '';

const load = (name: string): SdkEntry[] =>
  (JSON.parse(readFileSync(join(DIR, name), 'utf8')) as { Entries: SdkEntry[] }).Entries;

/** The names of the checks that fail on these entries. */
function failedChecks(entries: SdkEntry[]): string[] {
  const result = checkTraffic(sdkRecordingToHar(entries), 'mutated.json');
  return [...new Set(result.versions.flatMap((v) => v.outcomes.failures.map((f) => f.check)))];
}

/** Parses a JSON body the recorder stored as a string (arrays), or returns it as is. */
const body = <T>(e: SdkEntry): T =>
  (typeof e.ResponseBody === 'string' ? JSON.parse(e.ResponseBody) : e.ResponseBody) as T;

type Item = Record<string, unknown>;
type Mutation = { rule: string; check: string; mutate: (e: SdkEntry[]) => void };

const setList = (e: SdkEntry, list: Item[]): void => {
  e.ResponseBody = JSON.stringify(list);
};
const header = (e: SdkEntry, name: string, value?: string): void => {
  for (const k of Object.keys(e.ResponseHeaders))
    if (k.toLowerCase() === name.toLowerCase()) delete e.ResponseHeaders[k];
  if (value !== undefined) e.ResponseHeaders[name] = value;
};

/** Mutations every recording takes: a header the rules require, and a success status no operation documents. */
const EVERY: Mutation[] = [
  {
    rule: 'headers: apim-request-id removed',
    check: 'apimRequestIdPresent',
    mutate: (e) => header(e[0], 'apim-request-id'),
  },
  {
    rule: 'status: a successful answer turned into 202',
    check: 'statusCodeConformance',
    mutate: (e) => {
      // A read: its intent (valid, answered 2xx) does not depend on what the request sent.
      (e.find((x) => x.RequestMethod === 'GET' && x.StatusCode === 200) ?? e[0]).StatusCode = 202;
    },
  },
];

const LIST_MUTATIONS: Mutation[] = [
  {
    rule: 'order: the two sessions swapped',
    check: 'listSortedById',
    mutate: (e) => setList(e[2], body<Item[]>(e[2]).reverse()),
  },
  {
    rule: 'ids: a created session missing from the list',
    check: 'createdSessionListed',
    mutate: (e) =>
      setList(
        e[2],
        body<Item[]>(e[2]).map((s, i) => (i === 0 ? { ...s, id: 'ffffffff-0000-4000-8000-000000000000' } : s)),
      ),
  },
  {
    rule: 'types: createdDateTime a number',
    check: 'responseSchemaConformance',
    mutate: (e) =>
      setList(
        e[2],
        body<Item[]>(e[2]).map((s) => ({ ...s, createdDateTime: 1715325824 })),
      ),
  },
  {
    rule: 'read after delete: the deleted session still listed',
    check: 'deletedSessionUnlisted',
    mutate: (e) => e.push({ ...e[2], ResponseBody: e[2].ResponseBody }),
  },
];

const AUDIT_MUTATIONS: Mutation[] = [
  {
    rule: 'ids: an entry of another session',
    check: 'auditEntriesBelongToSession',
    mutate: (e) =>
      setList(
        e[0],
        body<Item[]>(e[0]).map((a, i) => (i === 1 ? { ...a, sessionId: 'another-session' } : a)),
      ),
  },
  {
    rule: 'types: statusCode a string',
    check: 'responseSchemaConformance',
    mutate: (e) =>
      setList(
        e[0],
        body<Item[]>(e[0]).map((a) => ({ ...a, response: { ...(a.response as Item), statusCode: '200' } })),
      ),
  },
];

const GA_MUTATIONS: Mutation[] = [
  {
    rule: 'GA attempts: the first attempt numbered 2',
    check: 'attemptsNumberedFromOne',
    mutate: (e) => {
      const s = body<{ results: { attempts: Item[] } }>(e[2]);
      s.results.attempts[0].attemptId = 2;
      e[2].ResponseBody = s;
    },
  },
  {
    rule: 'GA create: the new session already Running',
    check: 'createReturnsWholeSession',
    mutate: (e) => {
      e[0].ResponseBody = { ...body<Item>(e[0]), status: 'Running' };
    },
  },
  {
    rule: 'GA read: another token than create returned (not "")',
    check: 'createdValuesPersisted',
    mutate: (e) => {
      e[1].ResponseBody = { ...body<Item>(e[1]), authToken: 'another-token' };
    },
  },
  {
    rule: 'GA types: attemptStatus a number',
    check: 'responseSchemaConformance',
    mutate: (e) => {
      const s = body<{ results: { attempts: Item[] } }>(e[2]);
      s.results.attempts[0].attemptStatus = 1;
      e[2].ResponseBody = s;
    },
  },
  {
    rule: 'read after delete: the deleted session still readable',
    check: 'deletedSessionNotFound',
    mutate: (e) => e.push({ ...e[2] }),
  },
];

/** One-rule mutations per recording, each named by the check that must catch it. */
const MUTATIONS: Record<string, Mutation[]> = {
  'js/node/livenesssession/recording_testlivenesssession.json': GA_MUTATIONS,
  'js/node/livenesswithverifysession/recording_testlivenesswithverifysession.json': GA_MUTATIONS,
  // v1.3-preview.1: its own fields, and the v1.2 rules it keeps (its create sent 0 attempts: a conflict).
  'net/v13/TestGetSessionResult.json': [
    {
      rule: 'v1.3 types: isAbuseMonitoringEnabled a string (neither the swagger object nor a boolean)',
      check: 'responseSchemaConformance',
      mutate: (e) => {
        e[1].ResponseBody = { ...body<Item>(e[1]), isAbuseMonitoringEnabled: 'yes' };
      },
    },
    {
      rule: 'v1.3 types: numberOfClientAttemptsAllowed "two" accepted',
      check: 'negativeDataRejection',
      mutate: (e) => {
        e[0].RequestBody = { ...(e[0].RequestBody as Item), numberOfClientAttemptsAllowed: 'two' };
      },
    },
    {
      rule: 'v1.3: the expectedClientIpAddress sent is not shown',
      check: 'createdValuesPersisted',
      mutate: (e) => {
        const sent = { numberOfClientAttemptsAllowed: 1, expectedClientIpAddress: '203.0.113.7' };
        e[0].RequestBody = { ...(e[0].RequestBody as Item), ...sent };
      },
    },
    {
      rule: 'v1.3 keeps v1.2: a new session answered Running',
      check: 'createReturnsWholeSession',
      mutate: (e) => {
        e[0].RequestBody = { ...(e[0].RequestBody as Item), numberOfClientAttemptsAllowed: 1 };
        e[0].ResponseBody = { ...body<Item>(e[0]), status: 'Running' };
      },
    },
  ],
  'js/node/session/recording_testcreatesessiondeviceidoptional.json': [
    {
      rule: 'types: an empty deviceCorrelationId accepted without deviceCorrelationIdSetInClient',
      check: 'negativeDataRejection',
      mutate: (e) => {
        e[0].RequestBody = { livenessOperationMode: 'Passive', deviceCorrelationId: '' };
      },
    },
  ],
  'js/node/session/recording_testcreatesessionwithtokenttl.json': [
    {
      rule: 'types: authTokenTimeToLiveInSeconds a string',
      check: 'responseSchemaConformance',
      mutate: (e) => {
        e[1].ResponseBody = { ...body<Item>(e[1]), authTokenTimeToLiveInSeconds: '5566' };
      },
    },
    {
      rule: 'status: a TTL of 30 s accepted',
      check: 'negativeDataRejection',
      mutate: (e) => {
        e[0].RequestBody = { ...(e[0].RequestBody as Item), authTokenTimeToLiveInSeconds: 30 };
      },
    },
  ],
  'js/node/session/recording_testdeletesession.json': [
    {
      rule: 'headers: x-ms-error-code sent but not error.code',
      check: 'errorCodeHeaderMatchesBody',
      mutate: (e) => header(e[2], 'x-ms-error-code', 'NotFound'),
    },
    {
      rule: 'codes: the 404 of a deleted session with another code',
      check: 'documentedErrorCode',
      mutate: (e) => {
        e[2].ResponseBody = { error: { code: 'NotFound', message: 'gone' } };
      },
    },
    {
      rule: 'read after delete: 200 with the session',
      check: 'deletedSessionNotFound',
      mutate: (e) => {
        e[2].StatusCode = 200;
        e[2].ResponseBody = { status: 'NotStarted', id: 'd7723942-869f-4057-938b-15ad8be92b6a' };
      },
    },
    {
      rule: 'status: a server error for the read',
      check: 'notAServerError',
      mutate: (e) => {
        e[2].StatusCode = 500;
      },
    },
  ],
  'js/node/session/recording_testgetsessionauditentries.json': AUDIT_MUTATIONS,
  'js/node/sessionwithverify/recording_testgetverifysessionauditentries.json': AUDIT_MUTATIONS,
  'js/node/session/recording_testgetsessionresult.json': [
    {
      rule: 'status: NotStarted with a result',
      check: 'resultOnlyWhenAvailable',
      mutate: (e) => {
        e[0].ResponseBody = { ...body<Item>(e[0]), status: 'NotStarted' };
      },
    },
    {
      rule: 'types: a status outside the enum',
      check: 'responseSchemaConformance',
      mutate: (e) => {
        e[0].ResponseBody = { ...body<Item>(e[0]), status: 'Done' };
      },
    },
  ],
  'js/node/session/recording_testlistsessions.json': LIST_MUTATIONS,
  'js/node/sessionwithverify/recording_testlistverifysessions.json': LIST_MUTATIONS,
  'js/node/session/recording_testlistsessionsempty.json': [
    {
      rule: 'types: an object instead of the empty list',
      check: 'responseSchemaConformance',
      mutate: (e) => {
        e[0].ResponseBody = '{}';
      },
    },
  ],
  'python/test_liveness_session.pyTestLivenessSessiontest_get_session_audit_entries.json': AUDIT_MUTATIONS,
  'net/TestListLivenessSessions.json': [
    {
      rule: 'order: sessions not sorted by id',
      check: 'listSortedById',
      mutate: (e) => setList(e[0], body<Item[]>(e[0]).reverse()),
    },
    {
      rule: 'types: sessionExpired a string',
      check: 'responseSchemaConformance',
      mutate: (e) =>
        setList(
          e[0],
          body<Item[]>(e[0]).map((s) => ({ ...s, sessionExpired: 'no' })),
        ),
    },
    {
      rule: 'auth: the recorder kept (sanitized) credentials, and a request without any was answered 200',
      check: 'authenticationRequired',
      mutate: (e) => {
        const headers = { ...e[0].RequestHeaders };
        delete headers.Authorization;
        e.push({ ...e[0], RequestHeaders: headers });
      },
    },
  ],
  'python/test_liveness_session.pyTestLivenessSessiontest_list_sessions.json': [
    {
      rule: 'types: sessionExpired a string',
      check: 'responseSchemaConformance',
      mutate: (e) =>
        setList(
          e[2],
          body<Item[]>(e[2]).map((s) => ({ ...s, sessionExpired: 'no' })),
        ),
    },
    {
      rule: 'read after delete: the deleted session still readable',
      check: 'deletedSessionNotFound',
      mutate: (e) =>
        e.push({
          ...e[3],
          RequestMethod: 'GET',
          StatusCode: 200,
          ResponseBody: { id: '21ca4bfd-1bf5-4a87-91dd-651b54f540d1', status: 'NotStarted' },
        }),
    },
  ],
};

test('every real-service recording is a test fixture and has mutations', () => {
  expect(RECORDINGS.length).toBeGreaterThanOrEqual(13);
  expect(Object.keys(MUTATIONS).sort()).toEqual([...RECORDINGS].sort());
});

for (const name of RECORDINGS) {
  test(`real traffic ${name} passes npm run traffic (exit 0)`, () => {
    const file = join(DIR, name);
    const out = mkdtempSync(join(tmpdir(), 'recording-'));
    const lines: string[] = [];
    const version = versionOf(readFileSync(file, 'utf8'));
    expect(
      trafficMain([file, '--api-version', version, '--out', out], (l) => lines.push(l)),
      lines.join('\n'),
    ).toBe(0);
    // Without --api-version the version comes from the URLs.
    expect(trafficMain([file, '--out', out], () => undefined)).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
      totals: { failures: number; cells: { passed: number } };
    };
    expect(summary.totals.failures).toBe(0);
    expect(summary.totals.cells.passed).toBeGreaterThan(0);
  });

  test(`real traffic ${name}: each one-rule mutation fails by the check naming the rule`, () => {
    for (const m of [...EVERY, ...(MUTATIONS[name] ?? [])]) {
      const entries = load(name);
      m.mutate(entries);
      expect(failedChecks(entries), `${name}: ${m.rule}`).toContain(m.check);
    }
    expect(failedChecks(load(name))).toEqual([]);
  });
}

test('credentials removed by the recorder are not judged: authenticationRequired is skipped with the reason', () => {
  const result = checkTraffic(sdkRecordingToHar(load('js/node/session/recording_testdeletesession.json')), 'x.json');
  const auth = result.versions[0].outcomes.outcomes.filter((o) => o.check === 'authenticationRequired');
  expect(auth.length).toBeGreaterThan(0);
  for (const o of auth) {
    expect(o).toMatchObject({ passed: 0, failed: 0 });
    expect(o.skipReasons).toContain(CREDENTIALS_REMOVED);
  }
});

test('the Python recorder\'s "Sanitized" ids are reported as sanitized, not as a server type error', () => {
  const name = 'python/test_liveness_session.pyTestLivenessSessiontest_get_session_audit_entries.json';
  const result = checkTraffic(sdkRecordingToHar(load(name)), 'x.json');
  expect(result.versions[0].outcomes.failures).toEqual([]);
  const notes = result.versions[0].outcomes.notes.map((n) => n.message).join('\n');
  expect(notes).toContain('values replaced by the recorder ("Sanitized") at /{n}/id: sanitized, not judged');
  // The Python recorder does the same inside a session's result (seen in Azure/azure-sdk-assets): still not judged.
  const read = load('js/node/session/recording_testgetsessionresult.json');
  const session = body<{ result: Item }>(read[0]);
  read[0].ResponseBody = { ...session, id: 'Sanitized', result: { ...session.result, id: 'Sanitized' } };
  expect(failedChecks(read)).toEqual([]);
  // A real integer id turned into another string is still a type error.
  const entries = load(name);
  setList(
    entries[0],
    body<Item[]>(entries[0]).map((a) => ({ ...a, id: 'two' })),
  );
  expect(failedChecks(entries)).toContain('responseSchemaConformance');
});

test("the lead's pre-stop hook command exits 0 on a recording; a file that is neither format is one line, exit 2", () => {
  const file = join(DIR, 'js/node/livenesssession/recording_testlivenesssession.json');
  const run = (args: string[]) =>
    spawnSync('npm', ['run', '-s', 'traffic', '--', ...args], { cwd: root, encoding: 'utf8', shell: false });
  const ok = run([file, '--api-version', 'v1.2', '--out', mkdtempSync(join(tmpdir(), 'hook-'))]);
  expect(ok.status, ok.stderr).toBe(0);
  const neither = join(mkdtempSync(join(tmpdir(), 'neither-')), 'neither.json');
  writeFileSync(neither, JSON.stringify({ hello: 'world' }));
  const bad = run([neither, '--out', mkdtempSync(join(tmpdir(), 'hook-'))]);
  expect(bad.status).toBe(2);
  expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  expect(bad.stderr).toContain('neither a HAR 1.2 file');
});

test('a rate-limited answer as the real service gives it (429, code "429", Retry-After: 1, no x-ms-error-code) is no failure', () => {
  for (const name of RECORDINGS) {
    const entries = load(name);
    for (const e of entries) {
      e.StatusCode = 429;
      e.ResponseHeaders = {
        'apim-request-id': 'b4a3c1d2-0000-4000-8000-000000000429',
        'Content-Type': 'application/json; charset=utf-8',
        'Retry-After': '1',
        'policy-id': 'ResourceRateLimitBy1s',
      };
      e.ResponseBody = { error: { code: '429', message: 'Rate limit is exceeded. Try again in 1 seconds.' } };
    }
    expect(failedChecks(entries), name).toEqual([]);
  }
});
