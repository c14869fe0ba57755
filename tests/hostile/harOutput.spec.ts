import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { esc } from '../../reports/html/escape';
import { shellQuote } from '../../runner';
import { CANARY, RAW_CONTROL, caseDir, entry, har, hostileRun, writeHar } from './harFixtures';

const ESC = '\u001b';
const SESSIONS = '/detectLiveness/singleModal/sessions';

/**
 * Pastes a line into a real bash in an empty folder with a harmless curl (it writes its arguments,
 * NUL-separated, to a file) and FACE_API_KEY set: returns the arguments and whether the marker file
 * that every injection in these tests tries to create exists afterwards.
 */
function paste(line: string): { argv: string[]; injected: boolean } {
  const dir = mkdtempSync(join(tmpdir(), 'paste-'));
  execFileSync('bash', ['--norc', '--noprofile', '-c', `curl() { printf '%s\\0' "$@" > argv; }\n${line}`], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', FACE_API_KEY: 'key-from-the-shell' },
  });
  const argv = execFileSync('cat', [join(dir, 'argv')], { encoding: 'utf8' })
    .split('\0')
    .slice(0, -1);
  return { argv, injected: existsSync(join(dir, 'MARK')) };
}

test('any string shell-quoted reads back as itself in bash, and runs nothing', () => {
  const alphabet = ["'", '"', '$', '`', '\\', '(', ')', ';', '&', '|', '\n', '\r', '\t', ESC, '\u0007', '\u009b'];
  const chars = fc.constantFrom(...alphabet, '\u009d', ' ', '!', '*', '?', '~', '#', 'a', 'é', '€', '{', '}', '<');
  const words = fc.sample(
    fc.array(chars, { maxLength: 24 }).map((a) => a.join('')),
    { numRuns: 300, seed: 21 },
  );
  words.push("'$(touch MARK)'", '`touch MARK`', "a'; touch MARK; echo '", '$(touch MARK)\n', '\u0000'.slice(1));
  const { argv, injected } = paste(`curl ${words.map(shellQuote).join(' ')}`);
  expect(injected).toBe(false);
  expect(argv).toEqual(words);
  for (const w of words) expect(shellQuote(w)).not.toMatch(RAW_CONTROL);
});

test("a traffic report's curl line, pasted into bash, runs curl with the recorded request and no other command", () => {
  const dir = caseDir('curl');
  const url = `http://127.0.0.1:9/face/v1.1-preview.1${SESSIONS}/x'$(touch MARK)'\`touch MARK\``;
  const hostile = entry('GET', url, 500, { error: { code: 'Boom', message: 'x' } });
  hostile.request.headers = [
    { name: 'Ocp-Apim-Subscription-Key', value: 'recorded-key-0123456789' },
    { name: 'X-Evil$(touch MARK)', value: "a'; touch MARK; echo '`touch MARK`" },
    { name: 'X-Line', value: 'one\ntouch MARK\n' },
  ];
  hostile.request.postData = { mimeType: 'application/json', text: `{"a":"'$(touch MARK)'"}\n\`touch MARK\`` };
  const run = hostileRun(writeHar(dir, har([hostile])), dir);
  expect(run.code).toBe(1);
  const curl = run.summary?.failures.find((f) => f.check === 'notAServerError')?.curl;
  expect(curl).toBeDefined();
  expect(curl).not.toMatch(RAW_CONTROL);
  // The same line, escaped, is the HTML copy block's.
  expect(run.report['index.html']).toContain(esc(curl));
  const { argv, injected } = paste(curl!);
  expect(injected).toBe(false);
  expect(argv).toEqual([
    '-i',
    '-X',
    hostile.request.method,
    url,
    '-H',
    'Ocp-Apim-Subscription-Key: key-from-the-shell',
    '-H',
    "X-Evil$(touch MARK): a'; touch MARK; echo '`touch MARK`",
    '-H',
    'X-Line: one\ntouch MARK\n',
    '--data-binary',
    hostile.request.postData.text,
  ]);
  expect(run.everything).not.toContain('recorded-key-0123456789');
});

test('control characters in a recording (URL, method, header, error code, message) reach no output raw', () => {
  const dir = caseDir('control');
  const title = `${ESC}]0;pwned\u0007`;
  const clear = `${ESC}[2J${ESC}[H`;
  const weird = entry('GET', `http://127.0.0.1:9/${clear}favicon${title}.ico`, 404);
  weird.request.method = `GET${title}`;
  const server = entry('GET', `${SESSIONS}/${clear}`, 500, {
    error: { code: `Boom${title}`, message: `m${clear}\u009b2J\u009d0;t\u009c` },
  });
  server.response.headers.push({ name: 'x-ms-error-code', value: `Boom${title}` });
  server.request.headers.push({ name: 'X-Trace', value: `v${clear}` });
  const bad = entry('GET', SESSIONS, 200, [{ id: `a${title}`, status: `S${clear}` }]);
  const run = hostileRun(writeHar(dir, har([weird, server, bad])), dir);
  expect(run.code).toBe(1);
  expect(run.summary?.run.verdict).toBe('fail');
  expect(Object.keys(run.report).sort()).toEqual(['index.html', 'junit.xml', 'summary.json']);
  for (const [where, text] of Object.entries({ stdout: run.stdout, stderr: run.stderr, ...run.report }))
    expect(text, where).not.toMatch(RAW_CONTROL);
  // The summary's JSON text itself holds no \u escape of C1 either: the characters are written visibly.
  expect(run.report['summary.json']).toContain('\\\\u001b]0;pwned\\\\u0007');
  expect(run.stdout).toContain('\\u001b]0;pwned\\u0007');
  expect(run.everything).not.toContain(CANARY);
});

test('a malformed HAR quoting control characters is refused in one line with them escaped', () => {
  const dir = caseDir('controlhar');
  const run = hostileRun(writeHar(dir, `{"log":{"version":"\\u001b]0;pwned\\u0007","entries":[]}}`), dir);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(RAW_CONTROL);
  expect(run.stderr).toContain('\\u001b]0;pwned');
});
