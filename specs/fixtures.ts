import { test as base } from '@playwright/test';
import type { OperationSpec } from '../schemas';
import { operation } from '../schemas';
import type { CheckInfo } from './checks';
import { EXCHANGE_CHECKS } from './checks';
import type { Intent } from './checks/types';
import type { CreatedSession } from './core/api';
import { Api } from './core/api';
import type { Exchange } from './core/client';
import { BudgetExhausted } from './core/limiter';
import type { Repro } from './core/recorder';
import { Recorder } from './core/recorder';
import type { Runtime } from './core/runtime';
import { createRuntime } from './core/runtime';
import { loadConfig } from './core/config';
import { deleteOpenSessions } from './core/cleanup';
import { startMock } from '../mock';
import { randomBytes } from 'node:crypto';
import { undocumentedFields } from './core/undocumented';
import { HarSaver, harSavePath } from './core/harSave';

/** Runs every per-exchange check on one exchange; returns true when all passed (a final 429 skips them). */
export function checkExchange(rec: Recorder, rt: Runtime, exchange: Exchange, intent: Intent, repro?: Repro): boolean {
  const op: OperationSpec = operation(exchange.request.operationId);
  let ok = true;
  rec.status(op.id, exchange.response.status);
  if (exchange.response.status === 429) {
    // Still rate limited after the bounded retries: the answer says nothing about the rule under test.
    const reason = `rate limited (429) after ${exchange.retries} retries; raise FACE_MAX_RETRIES or lower FACE_CONCURRENCY`;
    for (const check of EXCHANGE_CHECKS) rec.skip(check, op.id, reason);
    return true;
  }
  for (const check of EXCHANGE_CHECKS) ok = rec.run(check, op.id, { exchange, op, intent }, exchange, repro) && ok;
  for (const note of undocumentedFields(rt.ctx, op, exchange)) rec.note(note);
  return ok;
}

interface TestFixtures {
  api: Api;
  recorder: Recorder;
  /** Sessions a test created; deleted when the test ends, whatever happened. */
  created: CreatedSession[];
  /** Skips the test, recording each check as skipped on the operation, when the target cannot run them. */
  requireChecks: (operationId: string, checks: CheckInfo[]) => void;
}

/** The suite's Playwright `test`: a worker-scoped runtime, a per-test recorder, cleanup of created sessions. */
export const test = base.extend<TestFixtures, { runtime: Runtime }>({
  runtime: [
    async ({}, use, workerInfo) => {
      const config = loadConfig();
      // No endpoint: this worker runs against its own embedded mock, with device simulation on.
      const mock = config.endpoint ? undefined : await startMock({ port: 0, key: randomBytes(16).toString('hex') });
      const rt = createRuntime(workerInfo.workerIndex, workerInfo.config.workers, config, mock);
      // FACE_SAVE_HAR: this worker's traffic, redacted, into one HAR per run (specs/core/harSave.ts).
      const harFile = harSavePath(process.env, config.reportDir);
      const har = harFile ? new HarSaver(harFile, rt.redactor) : undefined;
      if (har) rt.client.onExchange((exchange) => har.add(exchange));
      try {
        await use(rt);
      } finally {
        await deleteOpenSessions(rt);
        await rt.client.dispose();
        await mock?.close();
        await har?.close();
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  api: async ({ runtime }, use) => {
    await use(new Api(runtime));
  },
  recorder: async ({ runtime }, use, testInfo) => {
    const rec = new Recorder(runtime.ctx, runtime.redactor, runtime.met, runtime.unmetReason);
    const before = runtime.client.sent;
    await use(rec);
    const result = rec.result(runtime.client.sent - before);
    await testInfo.attach('liveness-outcomes', { body: JSON.stringify(result), contentType: 'application/json' });
    if (result.failures.length > 0 && testInfo.status === 'passed') {
      const lines = result.failures
        .slice(0, 10)
        .map(
          (f) =>
            `- ${f.check} on ${f.operation} at ${f.pointer || '/'}: ${f.message} (expected ${f.expected}, received ${f.received})`,
        );
      throw new Error(`${result.failures.length} conformance failure(s):\n${lines.join('\n')}`);
    }
  },
  created: async ({ api, runtime }, use, testInfo) => {
    const sessions: CreatedSession[] = [];
    await use(sessions);
    if (runtime.config.readOnly) return;
    const failed = await api.cleanup(sessions);
    if (failed.length > 0)
      await testInfo.attach('cleanup-failures', { body: failed.join('\n'), contentType: 'text/plain' });
  },
  requireChecks: async ({ recorder }, use) => {
    await use((operationId, checks) => {
      const reasons = checks.map((c) => recorder.unmet(c)).filter((r): r is string => !!r);
      if (reasons.length === 0) return;
      for (const c of checks) recorder.skip(c, operationId, recorder.unmet(c) ?? reasons[0]);
      base.skip(true, reasons[0]);
    });
  },
});

/** Wraps a test body so a spent request budget skips the rest of the test instead of failing it. */
export async function withinBudget(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    if (err instanceof BudgetExhausted) base.skip(true, `request budget exhausted: ${err.message}`);
    throw err;
  }
}

export { expect } from '@playwright/test';
