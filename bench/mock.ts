/**
 * `npm run bench:mock [-- --requests N --concurrency C]`: requests per second of the mock's list call over
 * 1,000 sessions, as a ratio to a bare node:http server answering a canned body of the same size, both
 * measured in this run on 127.0.0.1 with the same keep-alive client. Not a test: it prints numbers.
 */
import type { Server } from 'node:http';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { startMock } from '../mock';

const SESSIONS = 1000;
const LIST_PATH = '/face/v1.1-preview.1/detectLiveness/singleModal/sessions';

/** One GET, body read and dropped; resolves with the status and the body size. */
function get(agent: Agent, port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; bytes: number }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent }, (res) => {
      let bytes = 0;
      res.on('data', (d: Buffer) => (bytes += d.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Sends `total` GETs with `concurrency` in flight over keep-alive connections; returns requests per second. */
async function measure(
  port: number,
  headers: Record<string, string>,
  total: number,
  concurrency: number,
  path: (i: number) => string = () => LIST_PATH,
) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const r = await get(agent, port, path(next++), headers);
      if (r.status !== 200) throw new Error(`unexpected status ${r.status}`);
    }
  };
  const started = process.hrtime.bigint();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  return total / seconds;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { requests: { type: 'string' }, concurrency: { type: 'string' } } });
  const total = Number(values.requests ?? 2000);
  const concurrency = Number(values.concurrency ?? 16);
  const mock = await startMock();
  const auth = { 'Ocp-Apim-Subscription-Key': mock.key };
  const port = Number(new URL(mock.url).port);
  const body = JSON.stringify({ livenessOperationMode: 'Passive', deviceCorrelationId: 'bench' });
  for (let i = 0; i < SESSIONS; i++) {
    await new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `${LIST_PATH}`,
          headers: { ...auth, 'Content-Type': 'application/json' },
        },
        (res) => res.resume().on('end', resolve),
      );
      req.on('error', reject);
      req.end(body);
    });
  }
  const probe = await get(new Agent(), port, LIST_PATH, auth);
  const canned = Buffer.alloc(probe.bytes, 'x');
  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': canned.length });
    res.end(canned);
  });
  const barePort = await listen(bare);
  // Warm both up, then measure each twice in alternation and keep the best of each.
  await measure(barePort, {}, 200, concurrency);
  await measure(port, auth, 200, concurrency);
  let bareRps = 0;
  let mockRps = 0;
  let freshRps = 0;
  // A `start` below every id lists the same 1,000 sessions, but a new one each time misses the list cache:
  // what the first read after a change costs.
  const fresh = (i: number) => `${LIST_PATH}?start=${String(i).padStart(8, '0')}`;
  for (let round = 0; round < 2; round++) {
    bareRps = Math.max(bareRps, await measure(barePort, {}, total, concurrency));
    mockRps = Math.max(mockRps, await measure(port, auth, total, concurrency));
    freshRps = Math.max(freshRps, await measure(port, auth, Math.ceil(total / 4), concurrency, fresh));
  }
  bare.close();
  await mock.close();
  const line = (name: string, rps: number) => `${name.padEnd(34)} ${rps.toFixed(0).padStart(7)} req/s`;
  process.stdout.write(
    [
      `list over ${SESSIONS} sessions, body ${probe.bytes} bytes, ${total} requests, ${concurrency} in flight, best of 2`,
      line('bare node:http, canned body', bareRps),
      line('mock list (GET .../sessions)', mockRps),
      line('mock list, a new start each time', freshRps),
      `ratio mock/bare: ${(mockRps / bareRps).toFixed(2)}`,
      `BENCH\tmock: list of ${SESSIONS} sessions\tmock req/s\t${mockRps.toFixed(0)}\tbare node:http req/s\t${bareRps.toFixed(0)}`,
      `BENCH\tmock: list of ${SESSIONS} sessions, uncached\tmock req/s\t${freshRps.toFixed(0)}\tbare node:http req/s\t${bareRps.toFixed(0)}`,
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:mock: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
