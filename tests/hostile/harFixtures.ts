/**
 * Hostile HAR files and how a test runs `npm run traffic` on them: in its own process (bench/runTraffic.ts,
 * which measures its peak memory), with a canary secret in its environment, and every output gathered
 * (stdout, stderr, and the report's three files when written) so a test can assert that no local file, no
 * secret and no raw control character reached any of them.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HarEntry, HarLog } from '../../runner';
import type { TrafficRun } from '../../bench/runTraffic';
import { runTraffic } from '../../bench/runTraffic';
import { entry, har } from '../traffic/har';

export { entry, har };

/** A value in the child's environment that must never reach an output (what `/proc/self/environ` holds). */
export const CANARY = 'canary-secret-4f1e9a7c0d2b';

/** Lines of /etc/passwd every Linux has: their presence in an output means the file was read. */
export const PASSWD_MARK = 'root:x:0:0';

/** Raw C0 (but tab, newline), DEL and C1 control characters: none may reach any output. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** A fresh folder for one case's HAR and report. */
export function caseDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `hostile-${name}-`));
}

/** Writes a HAR (or any text) into the folder; returns its path. */
export function writeHar(dir: string, value: HarLog | string, name = 'hostile.har'): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

/** An entry whose response body is a file beside the HAR (Playwright's `content: 'attach'`). */
export function attached(file: string): HarEntry {
  const e = entry('GET', '/detectLiveness/singleModal/sessions', 200, []);
  e.response.content = { size: 2, mimeType: 'application/json', _file: file };
  return e;
}

/** One run of the command on a hostile HAR, with every output it produced. */
export interface HostileRun extends TrafficRun {
  /** The report's files (summary.json, index.html, junit.xml) that were written, by name. */
  report: Record<string, string>;
  /** The summary, when written. */
  summary?: {
    run: { verdict: string; exitCode: number };
    failures: { check: string; message: string; curl?: string }[];
    failuresOmitted?: { check: string; count: number }[];
  };
  /** stdout, stderr and every report file, joined: what a user could see. */
  everything: string;
}

/** Runs `npm run traffic -- <file> --out <dir>/report` with the canary in the environment. */
export function hostileRun(file: string, dir: string, env: Record<string, string> = {}): HostileRun {
  const out = join(dir, 'report');
  const run = runTraffic([file, '--out', out], { FACE_API_KEY: CANARY, ...env }, 120_000);
  const report: Record<string, string> = {};
  for (const name of ['summary.json', 'index.html', 'junit.xml']) {
    const path = join(out, name);
    if (existsSync(path)) report[name] = readFileSync(path, 'utf8');
  }
  const summary = report['summary.json'] ? (JSON.parse(report['summary.json']) as HostileRun['summary']) : undefined;
  const everything = [run.stdout, run.stderr, ...Object.values(report)].join('\n');
  return { ...run, report, ...(summary ? { summary } : {}), everything };
}
