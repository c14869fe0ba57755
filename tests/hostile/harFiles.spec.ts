import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileRun } from './harFixtures';
import { CANARY, PASSWD_MARK, RAW_CONTROL, attached, caseDir, entry, har, hostileRun, writeHar } from './harFixtures';

/** What every hostile HAR run must hold, whatever its case: no local file, secret or control character out. */
function clean(run: HostileRun): void {
  expect(run.everything).not.toContain(CANARY);
  expect(run.everything).not.toContain(PASSWD_MARK);
  expect(run.everything).not.toMatch(RAW_CONTROL);
  expect(run.everything).not.toContain('internal error');
  expect(run.peakMb).toBeLessThan(1024);
}

/** A refused HAR: exit 2, one line on stderr naming the problem, no report. */
function refused(run: HostileRun, words: RegExp): void {
  clean(run);
  expect(run.code).toBe(2);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(words);
  expect(run.report).toEqual({});
}

test.describe.configure({ mode: 'parallel' });

for (const [name, file, words] of [
  ['the environment of the process', '/proc/self/environ', /outside the HAR folder/],
  ['a system file by a relative path', '../../../../../../etc/passwd', /outside the HAR folder/],
  ['an endless device', '/dev/zero', /outside the HAR folder/],
] as const) {
  test(`a HAR naming ${name} as a body file (${file}) is refused: exit 2, one line, nothing read`, () => {
    const dir = caseDir('file');
    const run = hostileRun(writeHar(dir, har([attached(file)])), dir);
    refused(run, words);
    expect(run.stderr).toContain('entry 0 response.content._file');
  });
}

test('a body file that is a symlink out of the folder, or a FIFO in it, is refused: exit 2, one line', () => {
  const dir = caseDir('link');
  symlinkSync('/etc/passwd', join(dir, 'body.json'));
  refused(hostileRun(writeHar(dir, har([attached('body.json')])), dir), /leads outside the HAR folder \(a symlink\)/);
  const zero = caseDir('zero');
  symlinkSync('/dev/zero', join(zero, 'zero.json'));
  refused(hostileRun(writeHar(zero, har([attached('zero.json')])), zero), /leads outside the HAR folder/);
  const fifo = caseDir('fifo');
  execFileSync('mkfifo', [join(fifo, 'body.fifo')]);
  refused(hostileRun(writeHar(fifo, har([attached('body.fifo')])), fifo), /is not a regular file/);
});

test('a body file beside the HAR is read (the refusals refuse only what leaves the folder)', () => {
  const dir = caseDir('inside');
  writeFileSync(join(dir, 'body.json'), '[]');
  const run = hostileRun(writeHar(dir, har([attached('body.json')])), dir);
  clean(run);
  expect(run.code).toBe(0);
  expect(run.summary?.run.verdict).toBe('pass');
});

/** The skip reasons of the report's cells, joined: where "not run (safety limit)" shows. */
const skipReasons = (run: HostileRun): string => run.report['summary.json'] ?? '';

test('a body file over the body cap is read no further and its checks are not run (safety limit); no failure', () => {
  const dir = caseDir('bigbody');
  writeFileSync(join(dir, 'body.json'), `[${'"x",'.repeat(5000)}"x"]`);
  // An ordinary entry beside it, so the run checks something (a run that checked nothing never passes).
  const ordinary = entry('GET', '/detectLiveness/singleModal/sessions', 200, []);
  const run = hostileRun(writeHar(dir, har([attached('body.json'), ordinary])), dir, {
    FACE_MAX_RESPONSE_BYTES: '1000',
  });
  clean(run);
  expect(run.code).toBe(0);
  expect(run.summary?.run.verdict).toBe('incomplete');
  expect(run.summary?.failures).toEqual([]);
  expect(skipReasons(run)).toMatch(
    /not run \(safety limit\): entry 0: body of \d+ bytes over FACE_MAX_RESPONSE_BYTES=1000/,
  );
});

test('a HAR over the file cap is refused with the cap and how to raise it, never "check the path"', () => {
  const dir = caseDir('bighar');
  const entries = Array.from({ length: 50 }, () => entry('GET', '/detectLiveness/singleModal/sessions', 200, []));
  const run = hostileRun(writeHar(dir, har(entries)), dir, { FACE_MAX_HAR_BYTES: '4096' });
  refused(run, /over the 4096 bytes cap on a HAR file; split the recording .* or raise FACE_MAX_HAR_BYTES/);
  expect(run.stderr).not.toContain('check the path');
});

test('a HAR path that is a device or a folder is refused as not a regular file, not read', () => {
  const dir = caseDir('device');
  refused(hostileRun('/dev/zero', dir), /\/dev\/zero is not a regular file/);
  refused(hostileRun(dir, dir), /is not a regular file/);
});

test('a response body nested 100 000 levels deep is not read (safety limit), not a crash; the run goes on', () => {
  const dir = caseDir('deep');
  const deep = entry('GET', '/detectLiveness/singleModal/sessions', 200, []);
  const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  deep.response.content = { size: text.length, mimeType: 'application/json', text };
  const broken = entry('GET', '/detectLiveness/singleModal/sessions', 500, { error: { code: 'Boom', message: 'x' } });
  const run = hostileRun(writeHar(dir, har([deep, broken])), dir);
  clean(run);
  // The second entry is still checked (and fails); the first one's checks are not run.
  expect(run.code).toBe(1);
  expect(run.summary?.failures.map((f) => f.check)).toContain('notAServerError');
  expect(skipReasons(run)).toContain('not run (safety limit): entry 0: JSON nested deeper than 64 levels');
});

test('a HAR whose own structure nests 100 000 levels deep is refused in one line', () => {
  const dir = caseDir('deephar');
  const text = `{"log":{"version":"1.2","entries":[],"comment":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
  refused(hostileRun(writeHar(dir, text), dir), /JSON nested deeper than \d+ levels/);
});
