import { test as base } from '@playwright/test';
import type { CheckInfo } from '../checks';
import type { CreatedSession, Runtime, SuiteConfig } from '../runner';
import {
  NOT_RUN_PREFIX,
  RequestRefused,
  Recorder,
  createRuntime,
  deleteOpenSessions,
  deleteTestSessions,
  HarSaver,
  SessionCalls,
  unmetReason,
} from '../runner';
import { startMock } from '../mock';
import { randomBytes } from 'node:crypto';
import { runConfig } from './runConfig';

interface TestFixtures {
  /** The runtime (config, client, ledger) of this test's target. */
  runtime: Runtime;
  /** The session calls of this test's target (runner/sessionCalls.ts). */
  api: SessionCalls;
  recorder: Recorder;
  /** Sessions a test created; deleted when the test ends, whatever happened. */
  created: CreatedSession[];
  /** Skips the test, recording each check as skipped on the operation, when the target cannot run them. */
  requireChecks: (operationId: string, checks: CheckInfo[]) => void;
}

/** Options a config can set per project or per describe block; a normal run leaves both at their defaults. */
export interface TargetOptions {
  /**
   * The configuration of this test's target, parsed and checked by whoever set it; undefined (the default):
   * the run's own (specs/runConfig.ts). Lets one run address several targets, each test using the runtime of
   * its own. Tests are registered when their file loads, so a target of another version needs the spec
   * files registered for it too (`registerFor`, as tests/selfcheck does).
   */
  suiteConfig: SuiteConfig | undefined;
  /**
   * Whether a test whose checks recorded failures also fails as a Playwright test (the default). A harness
   * that reads every test's recorded outcomes (the self-check) turns it off, so an expected failure does
   * not cost a worker restart; the failures stay in the outcomes and the report.
   */
  checkFailuresFailTests: boolean;
}

/** The runtime of one target (one configuration), made on first use and kept for the worker's life. */
type Runtimes = (config: SuiteConfig) => Promise<Runtime>;

/** The suite's Playwright `test`: a runtime per worker and target, a per-test recorder, cleanup of created sessions. */
export const test = base.extend<TestFixtures & TargetOptions, { runtimes: Runtimes }>({
  suiteConfig: [undefined, { option: true }],
  checkFailuresFailTests: [true, { option: true }],
  runtimes: [
    async ({}, use, workerInfo) => {
      const made = new Map<string, Promise<Runtime>>();
      const teardowns: (() => Promise<void>)[] = [];
      const hars = new Map<string, HarSaver>();
      const make = async (config: SuiteConfig): Promise<Runtime> => {
        // No endpoint: this worker runs against its own embedded mock, with device simulation on.
        const like = {
          ...(config.mockLikeService ? { likeService: config.mockLikeService } : {}),
          ...(config.mockWidest ? { widest: { seed: config.seed } } : {}),
        };
        const mock = config.endpoint
          ? undefined
          : await startMock({ port: 0, key: randomBytes(16).toString('hex'), ...like });
        const rt = createRuntime(workerInfo.workerIndex, workerInfo.config.workers, config, mock);
        // FACE_SAVE_HAR: this worker's traffic, redacted, into one HAR per run (runner/harSave.ts).
        const harFile = config.saveHar;
        if (harFile && !hars.has(harFile)) hars.set(harFile, new HarSaver(harFile, rt.redactor));
        const har = harFile ? hars.get(harFile) : undefined;
        if (har) rt.client.onExchange((exchange) => har.add(exchange));
        teardowns.push(async () => {
          await deleteOpenSessions(rt);
          await rt.client.dispose();
          await mock?.close();
        });
        return rt;
      };
      try {
        await use((config) => {
          const key = JSON.stringify(config);
          let rt = made.get(key);
          if (!rt) made.set(key, (rt = make(config)));
          return rt;
        });
      } finally {
        for (const teardown of teardowns) await teardown();
        for (const har of hars.values()) await har.close();
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  runtime: async ({ runtimes, suiteConfig }, use) => {
    await use(await runtimes(suiteConfig ?? runConfig()));
  },
  api: async ({ runtime }, use) => {
    await use(new SessionCalls(runtime));
  },
  recorder: async ({ runtime, checkFailuresFailTests }, use, testInfo) => {
    const rec = new Recorder(runtime.redactor);
    const before = runtime.client.sent;
    // The plan's key of this test (runner/plan.ts): its first-pass requests are reserved under it.
    runtime.client.limiter.beginTest(planKey(testInfo.titlePath));
    // The suite's own time limit for this test: 429 waits stop short of it (runner/client.ts).
    runtime.client.testEndsAt = testInfo.timeout > 0 ? Date.now() + testInfo.timeout : Infinity;
    current = rec;
    try {
      await use(rec);
    } finally {
      current = undefined;
      await runtime.client.limiter.endCoverage();
    }
    const result = rec.result(runtime.client.sent - before);
    await testInfo.attach('liveness-outcomes', { body: JSON.stringify(result), contentType: 'application/json' });
    // A test whose checks failed is failed, even when it was skipped afterwards (budget spent, target down).
    if (
      checkFailuresFailTests &&
      result.failures.length > 0 &&
      (testInfo.status === 'passed' || testInfo.status === 'skipped')
    ) {
      const lines = result.failures.slice(0, 10).map(
        (f) =>
          `- ${f.check} on ${f.operation} at ${f.pointer || '/'}: ${f.message} (expected ${f.expected}, received ${f.received})` +
          // Reproduce from the first lines: the seeded replay of a property, else the request as curl.
          (f.replay ? `\n    replay (seed ${f.seed}): ${f.replay}` : f.curl ? `\n    curl: ${f.curl}` : ''),
      );
      throw new Error(`${result.failures.length} conformance failure(s):\n${lines.join('\n')}`);
    }
  },
  created: async ({ runtime }, use, testInfo) => {
    const sessions: CreatedSession[] = [];
    await use(sessions);
    if (runtime.config.readOnly) return;
    const failed = await deleteTestSessions(runtime, sessions);
    if (failed.length > 0)
      await testInfo.attach('cleanup-failures', { body: failed.join('\n'), contentType: 'text/plain' });
  },
  requireChecks: async ({ runtime, recorder }, use) => {
    await use((operationId, checks) => {
      const reasons = checks.map((c) => unmetReason(runtime, c)).filter((r): r is string => !!r);
      if (reasons.length === 0) return;
      for (const c of checks) recorder.skip(c, operationId, unmetReason(runtime, c) ?? reasons[0]);
      base.skip(true, reasons[0]);
    });
  },
});

/**
 * The running test's recorder (a worker runs one test at a time), so `withinBudget` can record what the
 * budget left out without every spec passing its recorder.
 */
let current: Recorder | undefined;

/** A test's plan key: its describe blocks and title (the file name left out), as runner/plan.ts names it. */
export function planKey(titlePath: string[]): string {
  return titlePath.slice(1).join(' › ');
}

/**
 * Wraps a test body for requests the run does not send. Repetitions cut by the budget end the body quietly
 * (the rules were checked once). A spent budget, a target that stopped answering, the run's deadline or an
 * answer over the size cap records `checks` on `operation` as not run (budget / target / deadline / safety
 * limit), and skips the test, unless a check already failed: then the
 * test fails with its failures (the recorder fixture), never reported skipped.
 */
export async function withinBudget(
  body: () => Promise<void>,
  notRun?: { operation: string; checks: readonly CheckInfo[] },
): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (!(err instanceof RequestRefused)) throw err;
    const rec = current;
    if (err.reason === 'repetitions') {
      rec?.note({ kind: 'info', operation: notRun?.operation ?? '', id: 'repetitions-cut', message: err.message });
      return;
    }
    const reason = `${NOT_RUN_PREFIX[err.reason]}: ${err.message}`;
    if (rec && notRun) for (const c of notRun.checks) rec.skip(c, notRun.operation, reason);
    if (rec && rec.failures.length > 0) return;
    base.skip(true, reason);
  }
}

export { expect } from '@playwright/test';
