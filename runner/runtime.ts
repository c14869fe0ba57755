import { registry } from '../schemas';
import type { CheckContext, Need } from '../checks';
import { TargetClient } from './client';
import type { SuiteConfig } from './config';
import { Ledger } from './ledger';
import { BudgetLedger, LocalBudget } from './budget';
import { BUDGET_URL_ENV, RemoteBudget } from './budgetServer';
import { Limiter } from './limiter';
import { runDeadline } from './deadline';
import { Redactor } from './redact';
import { join } from 'node:path';

/** What every test of a worker shares: configuration, the client, the ledger and the check context. */
export interface Runtime {
  config: SuiteConfig;
  baseUrl: string;
  embedded: boolean;
  client: TargetClient;
  redactor: Redactor;
  ledger: Ledger;
  ctx: CheckContext;
  met: Set<Need>;
  unmetReason(need: Need): string;
}

/** The embedded mock a worker started because no FACE_ENDPOINT was configured. */
export interface EmbeddedTarget {
  url: string;
  key: string;
}

/**
 * Builds a worker's runtime. The request budget is the run's budget server (FACE_BUDGET_URL, started by
 * specs/globalSetup.ts); without one (a config without our globalSetup) each worker keeps its share
 * (`workers` splits it). Without FACE_ENDPOINT, `embedded` (the worker's own mock) is the target.
 */
export function createRuntime(
  workerIndex: number,
  workers: number,
  config: SuiteConfig,
  embeddedTarget?: EmbeddedTarget,
): Runtime {
  const embedded = !config.endpoint;
  const endpoint = config.endpoint ?? embeddedTarget?.url;
  if (!endpoint) throw new Error('no FACE_ENDPOINT and no embedded mock');
  const apiKey = embedded ? embeddedTarget?.key : config.apiKey;
  const redactor = new Redactor();
  const baseUrl = `${endpoint}/face/${config.apiVersion}`;
  const server = process.env[BUDGET_URL_ENV];
  const budget = server
    ? new RemoteBudget(server)
    : new LocalBudget(new BudgetLedger(Math.max(1, Math.floor(config.requestBudget / Math.max(1, workers)))));
  const limiter = new Limiter(budget, config.concurrency);
  const client = new TargetClient(
    { baseUrl, apiKey, aadToken: embedded ? undefined : config.aadToken },
    limiter,
    redactor,
    {
      maxRetries: config.maxRetries,
      maxWaitMs: config.maxRetryWaitMs,
      timeoutMs: config.requestTimeoutMs,
      maxResponseBytes: config.maxResponseBytes,
      deadline: runDeadline(config.maxRunS),
    },
  );
  const met = new Set<Need>();
  if (config.deviceSimulation) met.add('deviceSimulation');
  if (!config.readOnly) met.add('write');
  if (config.expiryWaitMs !== undefined) met.add('expiry');
  const reasons: Record<Need, string> = {
    deviceSimulation: 'the target does not accept the simulated device call (FACE_DEVICE_SIMULATION is not true)',
    write: 'read-only run (FACE_READ_ONLY=true): only GETs are sent',
    expiry: 'waiting for a token TTL to pass is opt-in (set FACE_CHECK_EXPIRY_WAIT_MS)',
  };
  return {
    config,
    baseUrl,
    embedded,
    client,
    redactor,
    ledger: new Ledger(join(config.reportDir, '.ledger'), `worker-${workerIndex}-${process.pid}`),
    ctx: { version: config.apiVersion, registry: registry() },
    met,
    unmetReason: (need) => reasons[need],
  };
}
