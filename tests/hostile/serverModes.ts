/**
 * A hostile target on 127.0.0.1: a proxy in front of the embedded mock that, in one mode, rate limits
 * everything, sends huge or decompression-bomb bodies, drips, breaks HTTP, nests JSON deep, echoes the key,
 * puts control characters in error codes or redirects to another origin. The preflight's first requests go
 * through untouched where a mode would otherwise end the run before it starts (`afterPreflight`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';
import { createGzip } from 'node:zlib';
import { startMock } from '../../mock';
import { localServer } from '../specs/run';

/** The hostile behaviours. */
export type HostileMode =
  | '429-long'
  | '429-short'
  | '429-30'
  | 'huge-list'
  | 'gzip-bomb'
  | 'slow-drip'
  | 'invalid-http'
  | 'header-overflow'
  | 'deep-json'
  | 'echo-key'
  | 'control-chars'
  | 'redirect';

/** The key the hostile target accepts (the mock's). */
export const HOSTILE_KEY = 'hostile-key-0123456789abcdef0123';

/** Requests answered normally first (the preflight's two probes), in modes that would stop the run there. */
const PREFLIGHT = 2;

/** Control characters a hostile error code carries: set the window title, clear the screen, ring the bell. */
export const CONTROL = '\u001b]0;pwned\u0007\u001b[2J\u001b[31mRED\u0000';

let bomb: Promise<Buffer> | undefined;

/** A gzip body that inflates to 256 MiB of zeros (about 250 KB on the wire), made once. */
function gzipBomb(): Promise<Buffer> {
  bomb ??= new Promise((resolve) => {
    const gz = createGzip({ level: 9 });
    const out: Buffer[] = [];
    gz.on('data', (d: Buffer) => out.push(d));
    gz.on('end', () => resolve(Buffer.concat(out)));
    const zeros = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < 256; i++) gz.write(zeros);
    gz.end();
  });
  return bomb;
}

/** Streams `total` bytes of a JSON array of strings, as fast as the reader takes them. */
function streamHuge(res: ServerResponse, total: number): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.from(`"${'x'.repeat(64 * 1024 - 4)}",`);
  let sent = 0;
  res.write('[');
  const pump = (): void => {
    while (sent < total) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end('"end"]');
  };
  res.on('close', () => (sent = total + 1));
  pump();
}

function proxy(mockUrl: string, req: IncomingMessage, res: ServerResponse, edit?: (body: string) => string): void {
  const t = new URL(mockUrl);
  const up = httpRequest(
    { host: t.hostname, port: t.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (d: Buffer) => chunks.push(d));
      answer.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const text = edit ? edit(body) : body;
        const headers = { ...answer.headers };
        delete headers['content-length'];
        delete headers['transfer-encoding'];
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(text);
      });
    },
  );
  req.pipe(up);
}

/** A running hostile target: its URL, what reached the other origin (redirect mode), and close. */
export interface HostileTarget {
  url: string;
  /** Requests the redirect's other origin received, with the key header they carried. */
  elsewhere: { path: string; key?: string }[];
  close(): Promise<void>;
}

/** Starts the hostile target in a mode. */
export async function startHostile(mode: HostileMode): Promise<HostileTarget> {
  const mock = await startMock({ key: HOSTILE_KEY });
  const elsewhere: HostileTarget['elsewhere'] = [];
  const other = await localServer((req, res) => {
    elsewhere.push({ path: req.url ?? '', key: req.headers['ocp-apim-subscription-key'] as string | undefined });
    res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
  });
  const zipped = mode === 'gzip-bomb' ? await gzipBomb() : undefined;
  let seen = 0;
  const server = await localServer((req, res) => {
    seen++;
    const afterPreflight = seen > PREFLIGHT;
    const isGet = req.method === 'GET';
    const isList = isGet && /\/sessions(\?|$)/.test(req.url ?? '');
    const json = { 'content-type': 'application/json' };
    const error = (code: string): string => JSON.stringify({ error: { code, message: `no: ${code}` } });
    switch (mode) {
      case '429-long':
      case '429-short':
      case '429-30': {
        const after = { '429-long': '100000', '429-short': '1', '429-30': '30' }[mode];
        return void res.writeHead(429, { ...json, 'retry-after': after }).end(error('429'));
      }
      case 'huge-list':
        return isList ? streamHuge(res, 200 * 1024 * 1024) : proxy(mock.url, req, res);
      case 'gzip-bomb':
        if (!isGet || !afterPreflight) return proxy(mock.url, req, res);
        return void res.writeHead(200, { ...json, 'content-encoding': 'gzip' }).end(zipped);
      case 'slow-drip': {
        if (!afterPreflight) return proxy(mock.url, req, res);
        res.writeHead(200, json);
        const drip = setInterval(() => res.write(' '), 300);
        return void res.on('close', () => clearInterval(drip));
      }
      case 'invalid-http':
        if (!afterPreflight) return proxy(mock.url, req, res);
        return void req.socket.end('HTTP/1.1 200 OK\r\nthis is not a header\r\n\r\n{}');
      case 'header-overflow':
        if (!afterPreflight) return proxy(mock.url, req, res);
        return void res.writeHead(200, { ...json, 'x-filler': 'y'.repeat(128 * 1024) }).end('[]');
      case 'deep-json':
        if (!isGet) return proxy(mock.url, req, res);
        return void res.writeHead(200, json).end(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      case 'echo-key':
        res.setHeader('x-echo', String(req.headers['ocp-apim-subscription-key'] ?? ''));
        return proxy(mock.url, req, res, (body) =>
          body.replace(/"message":"/g, `"message":"key ${String(req.headers['ocp-apim-subscription-key'])} `),
        );
      case 'control-chars':
        // JSON-escaped, so the body still parses and the characters reach the checks as the code's value.
        return proxy(mock.url, req, res, (body) =>
          body.replace(/"code":"([^"]*)"/g, `"code":"$1${JSON.stringify(CONTROL).slice(1, -1)}"`),
        );
      case 'redirect':
        return void res.writeHead(307, { location: `${other.url}${req.url ?? '/'}` }).end();
    }
  });
  return {
    url: server.url,
    elsewhere,
    close: async () => {
      await server.close();
      await other.close();
      await mock.close();
    },
  };
}
