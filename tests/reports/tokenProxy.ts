import { request } from 'node:http';
import { localServer } from '../specs/run';

/** A pass-through HTTP proxy that remembers every session `authToken` the target answers with. */
export interface TokenProxy {
  url: string;
  tokens: Set<string>;
  close(): Promise<void>;
}

/** Starts a proxy on 127.0.0.1 in front of `target` (`http://host:port`). */
export async function startTokenProxy(target: string): Promise<TokenProxy> {
  const tokens = new Set<string>();
  const upstream = new URL(target);
  const server = await localServer((req, res) => {
    const out = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          for (const m of body.toString('utf8').matchAll(/"authToken"\s*:\s*"([^"]+)"/g)) tokens.add(m[1]);
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(body);
        });
      },
    );
    out.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(out);
  });
  return { url: server.url, tokens, close: server.close };
}
