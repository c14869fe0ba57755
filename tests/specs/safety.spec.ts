import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from '../../mock';
import { ROOT, recordingProxy, runCli } from './run';

const CONFORMANCE = join(ROOT, 'cli', 'conformance.ts');
const KEY = 'safety-test-key-0123456789abcdef';

/** `npm run conformance` with an environment and a reporter (the line reporter unless given). */
const conformance = (env: Record<string, string>, reporter = 'line') =>
  runCli([CONFORMANCE, `--reporter=${reporter}`], env);

async function createForeign(url: string): Promise<string> {
  const res = await fetch(`${url}/face/v1.1-preview.1/detectLiveness/singleModal/sessions`, {
    method: 'POST',
    headers: { 'Ocp-Apim-Subscription-Key': KEY, 'content-type': 'application/json' },
    body: JSON.stringify({ livenessOperationMode: 'Passive', deviceCorrelationId: 'someone-else' }),
  });
  return ((await res.json()) as { sessionId: string }).sessionId;
}

async function listedIds(url: string): Promise<string[]> {
  const ids: string[] = [];
  for (const family of ['detectLiveness', 'detectLivenessWithVerify']) {
    const res = await fetch(`${url}/face/v1.1-preview.1/${family}/singleModal/sessions`, {
      headers: { 'Ocp-Apim-Subscription-Key': KEY },
    });
    ids.push(...((await res.json()) as { id: string }[]).map((s) => s.id));
  }
  return ids;
}

test.describe.configure({ mode: 'serial', timeout: 180_000 });

for (const faults of [[], ['list-unsorted']]) {
  test(`a run deletes every session it created and never touches others (${faults.length ? 'failing target' : 'clean target'})`, async () => {
    const mock = await startMock({ key: KEY, faults });
    const proxy = await recordingProxy(mock.url);
    try {
      const foreign = await createForeign(mock.url);
      const run = await conformance({ FACE_ENDPOINT: proxy.url, FACE_API_KEY: KEY, FACE_DEVICE_SIMULATION: 'true' });
      expect(run.code, run.out.slice(-3000)).toBe(faults.length ? 1 : 0);
      expect(await listedIds(mock.url)).toEqual([foreign]);
      const touched = proxy.seen.filter((r) => r.method !== 'GET' && r.path.includes(foreign));
      expect(touched).toEqual([]);
      expect(run.out).toContain('report in');
    } finally {
      await proxy.close();
      await mock.close();
    }
  });
}

test('read-only: only GETs are sent, and nothing is created', async () => {
  const mock = await startMock({ key: KEY });
  const proxy = await recordingProxy(mock.url);
  try {
    const foreign = await createForeign(mock.url);
    const run = await conformance({ FACE_ENDPOINT: proxy.url, FACE_API_KEY: KEY, FACE_READ_ONLY: 'true' });
    expect(run.code, run.out.slice(-3000)).toBe(0);
    expect(proxy.seen.length).toBeGreaterThan(10);
    expect(proxy.seen.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(await listedIds(mock.url)).toEqual([foreign]);
  } finally {
    await proxy.close();
    await mock.close();
  }
});

test('the request budget bounds what a run sends (cleanup deletes aside)', async () => {
  const mock = await startMock({ key: KEY });
  const proxy = await recordingProxy(mock.url);
  try {
    const run = await conformance({
      FACE_ENDPOINT: proxy.url,
      FACE_API_KEY: KEY,
      FACE_DEVICE_SIMULATION: 'true',
      FACE_REQUEST_BUDGET: '60',
    });
    expect(run.code, run.out.slice(-3000)).toBe(0);
    const deletes = proxy.seen.filter((r) => r.method === 'DELETE').length;
    expect(proxy.seen.length - deletes).toBeLessThanOrEqual(60);
    expect(await listedIds(mock.url)).toEqual([]);
  } finally {
    await proxy.close();
    await mock.close();
  }
});

for (const [env, pattern] of [
  [{ FACE_API_VERSION: 'v9' }, /^conformance: FACE_API_VERSION=v9 is not a documented version; use one of/],
  [
    { FACE_ENDPOINT: 'https://example.invalid' },
    /^conformance: FACE_ENDPOINT is set but neither FACE_API_KEY nor FACE_AAD_TOKEN is/,
  ],
] as const) {
  test(`a wrong setting exits 2 with one line: ${Object.keys(env).join(',')}`, async () => {
    const run = await conformance({ ...env });
    expect(run.code).toBe(2);
    expect(run.out.trim().split('\n')).toHaveLength(1);
    expect(run.out).toMatch(pattern);
  });
}

test('an Azure AD bearer token instead of the key: the run passes and the token never reaches the report', async () => {
  const aadToken = 'aad-token-for-the-safety-test-0123456789';
  const mock = await startMock({ key: KEY, aadToken });
  const dir = mkdtempSync(join(tmpdir(), 'aad-'));
  try {
    const run = await conformance(
      {
        FACE_ENDPOINT: mock.url,
        FACE_AAD_TOKEN: aadToken,
        FACE_DEVICE_SIMULATION: 'true',
        FACE_REPORT_DIR: dir,
      },
      './reports/reporter.ts',
    );
    expect(run.code, run.out.slice(-3000)).toBe(0);
    expect(readFileSync(join(dir, 'summary.json'), 'utf8')).not.toContain(aadToken);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toContain(aadToken);
    expect(run.out).not.toContain(aadToken);
  } finally {
    await mock.close();
  }
});
