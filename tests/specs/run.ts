import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Summary } from '../../reports/model';

/** The repository root. */
export const ROOT = join(__dirname, '..', '..');

/** A local HTTP server on a free port; `handler` answers (or does not). */
export async function localServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/**
 * A proxy in front of a target that records every request (method and path). After `answerFirst`
 * requests it stops answering (the connection stays open), like a target that hangs mid-run.
 */
export async function recordingProxy(
  target: string,
  answerFirst = Infinity,
): Promise<{ url: string; seen: { method: string; path: string }[]; close: () => Promise<void> }> {
  const seen: { method: string; path: string }[] = [];
  const t = new URL(target);
  const server = await localServer((req, res) => {
    seen.push({ method: req.method ?? '', path: req.url ?? '' });
    if (seen.length > answerFirst) return; // never answers
    const upstream = httpRequest(
      { host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  return { url: server.url, seen, close: server.close };
}

/**
 * A proxy in front of a target that rewrites every answer's body with `rewrite(status, body)` (and its
 * `x-ms-error-code` header with the body's new code), like a server that differs from the target in its text.
 */
export async function rewritingProxy(
  target: string,
  rewrite: (status: number, body: string) => string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const t = new URL(target);
  const server = await localServer((req, res) => {
    const upstream = httpRequest(
      { host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        const chunks: Buffer[] = [];
        up.on('data', (c: Buffer) => chunks.push(c));
        up.on('end', () => {
          const raw = Buffer.concat(chunks);
          const json = /json/i.test(String(up.headers['content-type'] ?? ''));
          const body = json ? Buffer.from(rewrite(up.statusCode ?? 502, raw.toString('utf8'))) : raw;
          const headers: Record<string, string | string[] | undefined> = {
            ...up.headers,
            'content-length': String(body.length),
          };
          const code = json ? /"code"\s*:\s*"([^"]*)"/.exec(body.toString('utf8'))?.[1] : undefined;
          if (headers['x-ms-error-code'] !== undefined && code !== undefined) headers['x-ms-error-code'] = code;
          res.writeHead(up.statusCode ?? 502, headers);
          res.end(body);
        });
      },
    );
    req.pipe(upstream);
  });
  return { url: server.url, close: server.close };
}

/** What a command run gave: exit code, output, and the report's summary when one was written. */
export interface CliRun {
  code: number | null;
  out: string;
  dir: string;
  summary?: Summary;
}

/** Runs a command of the repository with only PATH, HOME and `env`; reads the report folder's summary.json. */
export function runCli(args: string[], env: Record<string, string>, bin = 'tsx'): Promise<CliRun> {
  const dir = env.FACE_REPORT_DIR ?? mkdtempSync(join(tmpdir(), 'budget-'));
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', bin), args, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NO_COLOR: '1',
        FACE_NUM_RUNS: '3',
        FACE_REPORT_DIR: dir,
        ...env,
      },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', (code) => {
      let summary: Summary | undefined;
      try {
        summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
      } catch {
        summary = undefined;
      }
      resolve({ code, out, dir, summary });
    });
  });
}

/** `npm run conformance -- <args>` with an environment. */
export function conformance(env: Record<string, string>, args: string[] = []): Promise<CliRun> {
  return runCli([join(ROOT, 'cli', 'conformance.ts'), ...args], env);
}
