import { Agent, request } from 'node:http';
import { startMock } from '../../mock';
import { MockClient } from './client';
import { expect, test } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test answers are read loosely
type Json = any;

/** One keep-alive client: its own agent, so several clients hold their own connections. */
function client(url: string, key: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const { port } = new URL(url);
  const call = (method: string, path: string, body?: string) =>
    new Promise<{ status: number; json: Json }>((resolve, reject) => {
      const headers: Record<string, string> = { 'Ocp-Apim-Subscription-Key': key };
      if (body) headers['Content-Type'] = 'application/json';
      const req = request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined }));
      });
      req.on('error', reject);
      req.end(body);
    });
  return { call, close: () => agent.destroy() };
}

test('200 parallel creates from 5 clients: none lost or duplicated, pages consistent', async () => {
  const mock = await startMock();
  const clients = Array.from({ length: 5 }, () => client(mock.url, mock.key));
  const base = '/face/v1.1-preview.1/detectLiveness/singleModal/sessions';
  try {
    const body = JSON.stringify({ livenessOperationMode: 'Passive', deviceCorrelationId: 'd' });
    const created = await Promise.all(
      Array.from({ length: 200 }, (_, i) => clients[i % clients.length].call('POST', base, body)),
    );
    expect(created.every((r) => r.status === 200)).toBe(true);
    const ids = created.map((r) => r.json.sessionId as string);
    expect(new Set(ids).size).toBe(200);
    // Concurrent deletes of 50 and reads of pages while they happen.
    const doomed = ids.slice(0, 50);
    const during = await Promise.all([
      ...doomed.map((id, i) => clients[i % 5].call('DELETE', `${base}/${id}`)),
      ...Array.from({ length: 20 }, (_, i) => clients[i % 5].call('GET', `${base}?top=37`)),
    ]);
    expect(during.slice(0, 50).every((r) => r.status === 200)).toBe(true);
    for (const page of during.slice(50)) {
      const pageIds = (page.json as { id: string }[]).map((s) => s.id);
      expect(pageIds).toEqual([...pageIds].sort());
      expect(pageIds.length).toBe(37);
    }
    const walked: string[] = [];
    let start = '';
    for (;;) {
      const page = await clients[walked.length % 5].call('GET', `${base}?top=7&start=${start}`);
      const pageIds = (page.json as { id: string }[]).map((s) => s.id);
      if (pageIds.length === 0) break;
      walked.push(...pageIds);
      start = pageIds[pageIds.length - 1];
    }
    expect(walked).toEqual(ids.slice(50).sort());
    // The other family saw nothing.
    const other = await new MockClient(mock, 'v1.1-preview.1').list('livenessWithVerify');
    expect(other.json).toEqual([]);
  } finally {
    for (const c of clients) c.close();
    await mock.close();
  }
});

test('parallel device calls on one session: every call gets its own audit entry id', async ({ mock }) => {
  const c = new MockClient(mock, 'v1.2-preview.1');
  const { sessionId, authToken } = await c.session('liveness', { sendResultsToClient: true });
  const answers = await Promise.all(Array.from({ length: 40 }, () => c.device('liveness', authToken)));
  expect(answers.every((a) => a.status === 200)).toBe(true);
  const audit = (await c.audit('liveness', sessionId)).json as { id: number; requestId: string }[];
  expect(audit.map((e) => e.id)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  expect(new Set(audit.map((e) => e.requestId))).toEqual(new Set(answers.map((a) => a.headers['apim-request-id'])));
  expect((await c.get('liveness', sessionId)).json.result.id).toBe(40);
});
