/**
 * `npm run conformance` against a hostile target (tests/hostile/serverModes.ts), one mode per test, with a
 * small budget and a short deadline: each run ends in bounded time and memory with a report and the verdict
 * the mode deserves, never a green run that checked nothing, and no key or raw control character in any output.
 */
import { expect, test } from '@playwright/test';
import type { Verdict } from '../../reports/verdict';
import type { HostileMode } from './serverModes';
import { HOSTILE_KEY, startHostile } from './serverModes';
import { controlCharacters, runHostile } from './serverRun';

interface Expectation {
  code: number;
  verdict: Verdict;
  /** Words the terminal output or summary.json must contain (the one line saying why). */
  says: string[];
  /** Words they must not contain (misleading advice). */
  never?: string[];
  env?: Record<string, string>;
  /** Playwright arguments: a mode whose every test fails runs one operation's tests (each failure restarts a worker). */
  args?: string[];
}

/** The tests of the operations of one family's session reads (positive, boundary, negative). */
const FEW_TESTS = ['-g', 'getLivenessSession'];

/**
 * The deadline (FACE_MAX_RUN_S, counted from the command's start) of the modes only a deadline ends (429 with a
 * short Retry-After); the others end by the budget or the first answer that is not one, well before theirs.
 */
const DEADLINE_S = 30;
const OTHERS_DEADLINE_S = 300;
/** Most seconds a run may take past its deadline: the last requests' timeout, cleanup and the report. */
const PAST_DEADLINE_S = 45;
/** Most memory of the whole run (every process's peak, summed), in MiB. */
const MAX_MIB = 1024;

const CASES: Record<HostileMode, Expectation> = {
  '429-long': {
    code: 2,
    verdict: 'setup-error',
    says: ['every request was answered 429', 'FACE_MAX_RETRY_WAIT_MS=30000'],
  },
  '429-short': {
    code: 2,
    verdict: 'setup-error',
    says: ['every request was answered 429', 'FACE_MAX_RETRIES=3'],
    env: { FACE_MAX_RUN_S: String(DEADLINE_S) },
  },
  '429-30': {
    code: 2,
    verdict: 'setup-error',
    says: ['every request was answered 429', `FACE_MAX_RUN_S=${DEADLINE_S}`],
    env: { FACE_MAX_RUN_S: String(DEADLINE_S) },
  },
  'huge-list': { code: 0, verdict: 'incomplete', says: ['FACE_MAX_RESPONSE_BYTES', 'not run (safety limit)'] },
  'gzip-bomb': { code: 0, verdict: 'incomplete', says: ['decompressed', 'not run (safety limit)'] },
  'slow-drip': {
    code: 2,
    verdict: 'setup-error',
    says: ['no whole answer within 1500 ms', 'FACE_REQUEST_TIMEOUT_MS'],
    env: { FACE_REQUEST_TIMEOUT_MS: '1500' },
  },
  'invalid-http': {
    code: 2,
    verdict: 'setup-error',
    says: ['the target answered invalid HTTP'],
    never: ['FACE_REQUEST_TIMEOUT_MS'],
  },
  'header-overflow': {
    code: 2,
    verdict: 'setup-error',
    says: ['the target answered invalid HTTP', 'HPE_HEADER_OVERFLOW'],
    never: ['FACE_REQUEST_TIMEOUT_MS'],
  },
  // Nested deeper than any walker may go: the answer is not handed to the checks (wire/json.ts), whose cells
  // are not run (safety limit); no document states a depth, so it is no failure of the server.
  'deep-json': {
    code: 0,
    verdict: 'incomplete',
    says: ['not run (safety limit)'],
    args: FEW_TESTS,
  },
  'echo-key': { code: 0, verdict: 'pass', says: [], args: FEW_TESTS },
  'control-chars': {
    code: 1,
    verdict: 'fail',
    says: [],
    args: FEW_TESTS,
  },
  redirect: { code: 1, verdict: 'fail', says: ['307'], args: FEW_TESTS },
};

test.describe.configure({ mode: 'parallel', timeout: 180_000 });

for (const [mode, expected] of Object.entries(CASES) as [HostileMode, Expectation][]) {
  test(`hostile target, ${mode}: exit ${expected.code} (${expected.verdict}) with a report, in bounded time and memory`, async () => {
    const target = await startHostile(mode);
    try {
      const run = await runHostile(
        {
          FACE_ENDPOINT: target.url,
          FACE_API_KEY: HOSTILE_KEY,
          FACE_REQUEST_BUDGET: '80',
          FACE_MAX_RUN_S: String(OTHERS_DEADLINE_S),
          FACE_NUM_RUNS: '2',
          ...expected.env,
        },
        ['--workers=1', ...(expected.args ?? [])],
      );
      const deadline = Number(expected.env?.FACE_MAX_RUN_S ?? OTHERS_DEADLINE_S);
      const measured = `| ${mode} | ${run.code} (${run.summary?.run.verdict}) | ${run.seconds.toFixed(0)} s | ${run.cpuSeconds.toFixed(0)} s | ${run.peakMiB.total} MiB (largest process ${run.peakMiB.largest}) |`;
      test.info().annotations.push({ type: 'measured', description: measured });
      const tail = `${run.out.slice(-2500)}\n${measured}`;
      expect(run.code, tail).toBe(expected.code);
      expect(run.summary?.run.verdict, tail).toBe(expected.verdict);
      const outputs = [run.out, ...Object.values(run.files)].join('\n');
      for (const words of expected.says) expect(outputs.includes(words), `"${words}" missing\n${tail}`).toBe(true);
      for (const words of expected.never ?? []) expect(run.out, tail).not.toContain(words);
      expect(outputs.includes(HOSTILE_KEY), 'the key reached an output').toBe(false);
      expect(controlCharacters(run.out), 'raw control characters in the terminal').toEqual([]);
      for (const [file, text] of Object.entries(run.files))
        expect(controlCharacters(text), `raw control characters in ${file}`).toEqual([]);
      expect(target.elsewhere, 'a request reached another origin').toEqual([]);
      expect(run.seconds, tail).toBeLessThan(deadline + PAST_DEADLINE_S);
      expect(run.peakMiB.total, tail).toBeLessThan(MAX_MIB);
    } finally {
      await target.close();
    }
  });
}
