import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { playwrightReportEntries } from './unzip';

/** The repository root (where playwright.config.ts is). */
export const ROOT = resolve(__dirname, '..', '..');

/** The outcome of a child process. */
export interface RunResult {
  code: number | null;
  output: string;
}

/** The environment of a nested suite run: ours, minus what the outer Playwright and the suite read. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(TEST_|PW_|PLAYWRIGHT_|FACE_|LIVENESS_)/.test(k)) env[k] = v;
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

/** Runs a command in the repository root; resolves with its exit code and combined output. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
  });
}

/** The Playwright CLI of the repository. */
export const PLAYWRIGHT = join(ROOT, 'node_modules', '.bin', 'playwright');

/** Every file under a directory (recursively); none when it does not exist. */
export function filesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A file's text, plus the decoded text of every long base64 run in it (attachment bodies in JSON). */
export function textsOf(bytes: Buffer): string[] {
  const text = bytes.toString('latin1');
  const runs = text.match(/[A-Za-z0-9+/]{40,}={0,2}/g) ?? [];
  return [text, ...runs.map((r) => Buffer.from(r, 'base64').toString('latin1'))];
}

/** The files under `dirs` (and the files inside Playwright HTML reports) containing one of `secrets`. */
export function filesContaining(dirs: string[], secrets: string[]): string[] {
  const hits: string[] = [];
  for (const file of dirs.flatMap(filesUnder)) {
    const bytes = readFileSync(file);
    const inner = file.endsWith('.html') ? [...playwrightReportEntries(bytes.toString('utf8'))] : [];
    for (const [name, content] of [[file, bytes] as const, ...inner.map(([n, b]) => [`${file}!${n}`, b] as const)]) {
      if (textsOf(content).some((t) => secrets.some((s) => t.includes(s)))) hits.push(name);
    }
  }
  return hits;
}
