import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import type { Exchange } from '../../wire';
import { curlLine, Redactor } from '../../runner';
import { Progress } from '../../reports/progress';
import { syntheticTests } from '../reports/synthetic';

const KEY = 'replay-test-key-0123456789abcdef';
const AAD = 'eyJhbGciOiJSUzI1NiJ9.cmVwbGF5.c2ln';

function exchange(headers: Record<string, string>): Exchange {
  return {
    seq: 1,
    request: {
      operationId: 'getLivenessSessions',
      method: 'GET',
      path: '/detectLiveness/singleModal/sessions',
      auth: 'key',
      url: 'http://127.0.0.1:4010/face/v1.1-preview.1/detectLiveness/singleModal/sessions?top=2',
      sentHeaders: headers,
    },
    response: { status: 200, headers: {}, body: Buffer.alloc(0) },
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    retries: 0,
  } as unknown as Exchange;
}

/** The arguments curl would get if the line were pasted into bash with the variables set (curl stubbed). */
function pasted(line: string, env: Record<string, string>): string[] {
  const out = execFileSync('sh', ['-c', `curl() { printf '%s\\n' "$@"; }; ${line}`], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
  return out.trim().split('\n');
}

test('a curl line names the credential as "$FACE_API_KEY" and runs as pasted, never holding the key', () => {
  const redactor = new Redactor();
  redactor.add(KEY, 'api-key');
  const line = curlLine(exchange({ 'Ocp-Apim-Subscription-Key': KEY, Accept: 'application/json' }), redactor);
  expect(line).not.toContain(KEY);
  expect(line).toContain('-H "Ocp-Apim-Subscription-Key: $FACE_API_KEY"');
  expect(pasted(line, { FACE_API_KEY: 'from-the-shell' })).toContain('Ocp-Apim-Subscription-Key: from-the-shell');
});

test('with an Azure AD token the curl line uses "$FACE_AAD_TOKEN"; a session token stays a placeholder', () => {
  const redactor = new Redactor();
  redactor.add(AAD, 'aad-token');
  const line = curlLine(exchange({ Authorization: `Bearer ${AAD}` }), redactor);
  expect(line).not.toContain(AAD);
  expect(pasted(line, { FACE_AAD_TOKEN: 'tok' })).toContain('Authorization: Bearer tok');
  const device = curlLine(exchange({ Authorization: 'Bearer some-session-token' }), new Redactor());
  expect(device).toContain('-H "Authorization: Bearer $SESSION_TOKEN"');
  expect(device).not.toContain('some-session-token');
});

test("the terminal progress shows a failure's replay command and seed under it", () => {
  let text = '';
  const progress = new Progress((t) => (text += t), false);
  const tests = syntheticTests();
  progress.begin(tests.length, 'http://127.0.0.1:4010', 'reports/x');
  for (const run of tests) progress.testEnd(run);
  const replays = tests.flatMap((t) => t.outcomes?.failures ?? []).filter((f) => f.replay);
  expect(replays.length).toBeGreaterThan(0);
  for (const f of replays) expect(text).toContain(`replay (seed ${f.seed}): ${f.replay}`);
});
