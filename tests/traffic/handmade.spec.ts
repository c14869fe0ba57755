import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trafficMain } from '../../cli/traffic';
import { checkTraffic } from '../../traffic/run';
import { entry, har, session } from './har';

const root = join(__dirname, '..', '..');
const ID = 'a1b2c3d4-0000-4000-8000-000000000001';
const failed = (h: ReturnType<typeof har>): string[] =>
  checkTraffic(h, 'hand.har').versions.flatMap((v) => v.outcomes.failures.map((f) => f.check));

function write(dir: string, name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Runs the traffic command as a user would; returns its exit code and output. */
function traffic(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'cli', 'traffic.ts'), ...args], {
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('a session read 200 after its successful delete fails deletedSessionNotFound', () => {
  const path = `/detectLiveness/singleModal/sessions/${ID}`;
  const h = har([
    entry('GET', path, 200, session(ID)),
    entry('DELETE', path, 200),
    entry('GET', path, 200, session(ID)),
  ]);
  expect(failed(h)).toEqual(['deletedSessionNotFound']);
  const fixed = har([
    entry('DELETE', path, 200),
    entry('GET', path, 404, { error: { code: 'SessionNotFound', message: 'gone' } }),
  ]);
  expect(failed(fixed)).toEqual([]);
});

test('an exchange outside the API is listed, not failed; the command exits 0', () => {
  const dir = mkdtempSync(join(tmpdir(), 'traffic-'));
  const file = write(
    dir,
    'mixed.har',
    JSON.stringify(
      har([
        entry('GET', 'http://127.0.0.1:9/favicon.ico', 500),
        entry('GET', '/detectLiveness/singleModal/sessions', 200, []),
      ]),
    ),
  );
  const lines: string[] = [];
  expect(trafficMain([file, '--out', join(dir, 'report')], (l) => lines.push(l))).toBe(0);
  expect(lines.join('\n')).toContain('not part of the API: entry 0 GET http://127.0.0.1:9/favicon.ico');
});

test('inferred intents: missing credentials answered 2xx, a broken constraint answered 2xx, a 5xx', () => {
  const list = '/detectLiveness/singleModal/sessions';
  const noKey = entry('GET', list, 200, []);
  noKey.request.headers = [];
  // The recording shows credentials elsewhere (a key, or FACE_SAVE_HAR's marker): an absent one was not sent.
  expect(failed(har([entry('GET', list, 200, []), noKey]))).toEqual(['authenticationRequired']);
  const marked = entry('GET', list, 200, [], {});
  marked.request.headers = [{ name: 'Ocp-Apim-Subscription-Key', value: '[REDACTED:ocp-apim-subscription-key]' }];
  expect(failed(har([marked, noKey]))).toEqual(['authenticationRequired']);
  expect(failed(har([marked]))).toEqual([]);
  // No credential anywhere: the recorder removed them; not judgeable, never failed.
  expect(failed(har([noKey]))).toEqual([]);
  expect(failed(har([entry('GET', `${list}?top=0`, 200, [])]))).toEqual(['negativeDataRejection']);
  const valid = { livenessOperationMode: 'Passive', deviceCorrelationId: 'd1' };
  const refused = entry('POST', list, 400, { error: { code: 'BadArgument', message: 'no' } }, { request: valid });
  const crashed = entry('GET', list, 503, { error: { code: 'Busy', message: 'later' } });
  expect(failed(har([refused, crashed]))).toEqual(['notAServerError']);
  const notes = checkTraffic(har([refused]), 'hand.har').versions[0].outcomes.notes;
  expect(notes.map((n) => n.message).join('\n')).toContain('valid by the contract, answered 400');
});

test('a truncated or malformed HAR exits 2 with one line naming the entry or the position', () => {
  const dir = mkdtempSync(join(tmpdir(), 'traffic-'));
  const broken = har([entry('GET', '/detectLiveness/singleModal/sessions', 200, []), entry('GET', '/x', 200, [])]);
  delete (broken.log.entries[1].response as { status?: number }).status;
  const missing = traffic([write(dir, 'missing.har', JSON.stringify(broken))]);
  expect(missing.code).toBe(2);
  expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  expect(missing.stderr).toContain('entry 1 (log.entries[1].response.status) is missing; the HAR is truncated');
  const text = JSON.stringify(har([entry('GET', '/detectLiveness/singleModal/sessions', 200, [])]), null, 1);
  const cut = traffic([write(dir, 'cut.har', text.slice(0, 300))]);
  expect(cut.code).toBe(2);
  expect(cut.stderr.trim().split('\n')).toHaveLength(1);
  expect(cut.stderr).toMatch(/^traffic: .*cut\.har: not JSON at .*(end of the file|line \d+, column \d+)/);
  const usage = traffic([]);
  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain('usage: npm run traffic');
});

test('x-ms-error-code: absent is legal; present, it must equal error.code', () => {
  const path = '/detectLiveness/singleModal/sessions/a1b2c3d4-0000-4000-8000-00000000dead';
  const notFound = { error: { code: 'SessionNotFound', message: 'gone' } };
  const absent = entry('GET', path, 404, notFound);
  absent.response.headers = absent.response.headers.filter((h) => h.name !== 'x-ms-error-code');
  expect(failed(har([absent]))).toEqual([]);
  const other = entry('GET', path, 404, notFound, { headers: {} });
  other.response.headers = other.response.headers.map((h) =>
    h.name === 'x-ms-error-code' ? { ...h, value: 'NotFound' } : h,
  );
  expect(failed(har([other]))).toEqual(['errorCodeHeaderMatchesBody']);
});
