/**
 * `npm run bench:paging`: pages through the mock's session list (top=100) at 2,500, 5,000 and 10,000
 * sessions, printing the time per 1,000 sessions listed and the heap growth while paging. Linear paging
 * keeps the time per 1,000 flat as the list grows; flat memory keeps the heap growth bounded. Not a test.
 */
import { Agent, request } from 'node:http';
import { startMock } from '../mock';

const LIST_PATH = '/face/v1.1-preview.1/detectLiveness/singleModal/sessions';
const SIZES = [2500, 5000, 10000];
const TOP = 100;

function call(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const mock = await startMock();
  const port = Number(new URL(mock.url).port);
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const auth = { 'Ocp-Apim-Subscription-Key': mock.key };
  const create = JSON.stringify({ livenessOperationMode: 'Passive', deviceCorrelationId: 'bench' });
  let created = 0;
  const rows: { size: number; msPer1000: number; heapMiB: number }[] = [];
  for (const size of SIZES) {
    while (created < size) {
      const batch = Math.min(16, size - created);
      await Promise.all(
        Array.from({ length: batch }, () =>
          call(agent, port, 'POST', LIST_PATH, { ...auth, 'Content-Type': 'application/json' }, create),
        ),
      );
      created += batch;
    }
    const heapBefore = process.memoryUsage().heapUsed;
    let heapMax = heapBefore;
    const started = process.hrtime.bigint();
    let seen = 0;
    let start = '';
    for (;;) {
      const query = `?top=${TOP}${start ? `&start=${encodeURIComponent(start)}` : ''}`;
      const page = await call(agent, port, 'GET', `${LIST_PATH}${query}`, auth);
      if (page.status !== 200) throw new Error(`list answered ${page.status}`);
      const items = JSON.parse(page.text) as { id: string }[];
      seen += items.length;
      heapMax = Math.max(heapMax, process.memoryUsage().heapUsed);
      if (items.length < TOP) break;
      start = items[items.length - 1].id;
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (seen !== size) throw new Error(`paged ${seen} sessions, expected ${size}`);
    rows.push({ size, msPer1000: (ms / size) * 1000, heapMiB: (heapMax - heapBefore) / 2 ** 20 });
  }
  agent.destroy();
  await mock.close();
  const lines = rows.map(
    (r) =>
      `${String(r.size).padStart(6)} sessions: ${r.msPer1000.toFixed(1).padStart(7)} ms per 1,000 listed, heap growth while paging ${r.heapMiB.toFixed(1)} MiB`,
  );
  const first = rows[0];
  const last = rows[rows.length - 1];
  process.stdout.write(
    [
      `paging the mock's list with top=${TOP} (mock and client in this process)`,
      ...lines,
      `BENCH\tmock: paging ${last.size} vs ${first.size} sessions, ms per 1,000\tat ${last.size}\t${last.msPer1000.toFixed(1)}\tat ${first.size}\t${first.msPer1000.toFixed(1)}`,
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:paging: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
