import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock } from '../../mock';
import { buildSummary } from '../../reports/aggregate';
import type { Summary } from '../../reports/model';
import { scrubText } from '../../reports/secrets';
import { writeReport } from '../../reports/write';
import { ROOT, cleanEnv, filesContaining, run } from './run';
import { PLANTED, REGISTERED, SYNTHETIC_RUN, syntheticTests } from './synthetic';
import { startTokenProxy } from './tokenProxy';

test('the final scan replaces known secrets and credential-shaped values, not placeholders', () => {
  const secrets = ['s3cr3t-key-value'];
  expect(scrubText('key s3cr3t-key-value here', secrets)).toBe('key [REDACTED:secret] here');
  expect(scrubText('Authorization: Bearer abc.def-ghi_jkl', [])).toBe('Authorization: Bearer [REDACTED:bearer]');
  expect(scrubText('-H "Authorization: Bearer $TOKEN"', [])).toBe('-H "Authorization: Bearer $TOKEN"');
  expect(scrubText('{"authToken":"tok-123456"}', [])).toBe('{"authToken":"[REDACTED:authToken]"}');
  expect(scrubText("-H 'Ocp-Apim-Subscription-Key: abcdef0123456789'", [])).toBe(
    "-H 'Ocp-Apim-Subscription-Key: [REDACTED:api-key]'",
  );
  const wrong = "-H 'Ocp-Apim-Subscription-Key: 00000000000000000000000000000000'";
  expect(scrubText(wrong, [])).toBe(wrong);
});

test('synthetic outcomes carrying secrets never reach the written files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-secrets-'));
  writeReport(dir, buildSummary(syntheticTests(), SYNTHETIC_RUN, { registered: REGISTERED }), [
    PLANTED.apiKey,
    PLANTED.aadToken,
  ]);
  expect(filesContaining([dir], [PLANTED.apiKey, PLANTED.aadToken])).toEqual([]);
});

test('a real run against a faulty mock leaks neither the key, the AAD token nor any session token', async () => {
  // A whole conformance run: generous bounds, as the machine may be shared.
  test.setTimeout(300_000);
  const key = `key-${randomBytes(16).toString('hex')}`;
  const aadToken = `aad-${randomBytes(24).toString('base64url')}`;
  // Faults whose failures hold create responses (with their authToken) and list calls as excerpts.
  const mock = await startMock({ key, aadToken, faults: ['list-unsorted', 'accept-ttl-below-minimum'] });
  const proxy = await startTokenProxy(mock.url);
  const tmp = mkdtempSync(join(tmpdir(), 'conformance-secrets-'));
  const dirs = { report: join(tmp, 'conformance'), playwright: join(tmp, 'playwright'), results: join(tmp, 'results') };
  try {
    const env = cleanEnv({
      FACE_ENDPOINT: proxy.url,
      FACE_API_KEY: key,
      FACE_AAD_TOKEN: aadToken,
      FACE_DEVICE_SIMULATION: 'true',
      FACE_NUM_RUNS: '2',
      FACE_REPORT_DIR: dirs.report,
      PLAYWRIGHT_HTML_OUTPUT_DIR: dirs.playwright,
    });
    const result = await run(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      ['cli/conformance.ts', `--output=${dirs.results}`],
      env,
      240_000,
    );
    expect(result.code, result.output).toBe(1);
    const summary = JSON.parse(readFileSync(join(dirs.report, 'summary.json'), 'utf8')) as Summary;
    expect(summary.run.verdict).toBe('fail');
    expect(summary.failures.some((f) => f.operation === 'createLivenessSession' && f.response)).toBe(true);
    expect(summary.failures.some((f) => f.curl && f.response)).toBe(true);
    expect(proxy.tokens.size).toBeGreaterThan(0);
    const secrets = [key, aadToken, ...[...proxy.tokens].filter((t) => t.length >= 8)];
    expect(filesContaining(Object.values(dirs), secrets)).toEqual([]);
    // The terminal shows how to reproduce a failure from its first lines, and no secret.
    // Which failures a property run finds first depends on timing; every replay line shown names its seed
    // (tests/specs/replay.spec.ts proves the terminal shows a property failure's replay line).
    for (const l of result.output.split('\n').filter((x) => x.includes('replay (seed')))
      expect(l).toMatch(/replay \(seed -?\d+\): FACE_SEED=-?\d+ /);
    expect(result.output).toMatch(
      /curl: curl -i -X \w+ '[^']+'.* -H "(Ocp-Apim-Subscription-Key: \$FACE_API_KEY|Authorization: Bearer \$FACE_AAD_TOKEN)"/,
    );
    expect(secrets.filter((s) => result.output.includes(s))).toEqual([]);
    // The scan looked at something: the suite's output mentions redactions.
    expect(readFileSync(join(dirs.report, 'summary.json'), 'utf8')).toContain('[REDACTED');
  } finally {
    await proxy.close();
    await mock.close();
  }
});
