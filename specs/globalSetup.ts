/**
 * Playwright globalSetup, in the runner process before the spec files load and any worker starts: for a
 * conformance run, the configuration parsed and checked once and handed to the spec files and workers
 * (unless `npm run conformance` already did; runner/config.ts FACE_SUITE_CONFIG), the preflight (unless
 * `npm run conformance` already did it) and the run's budget server (runner/budgetServer.ts), whose address
 * the workers read from FACE_BUDGET_URL. `npm test` (project `self`) gets none of them.
 */
import {
  BudgetLedger,
  BUDGET_URL_ENV,
  startBudgetServer,
  ConfigError,
  handConfig,
  handedConfig,
  loadConfig,
  PREFLIGHT_SENT_ENV,
  preflight,
  planReserve,
  startRunDeadline,
} from '../runner';
import type { SuiteConfig } from '../runner';

/** The configuration, read once; a mistake is one line and exit 2, as `npm run conformance` does. */
function parsed(): SuiteConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`conformance: ${err.message}\n`);
    process.exit(2);
  }
}

/** Whether this Playwright invocation runs the conformance project. */
function conformanceSelected(argv: string[]): boolean {
  if (process.env.LIVENESS_SUITE === '1') return true;
  return argv.some((a, i) => a === '--project=conformance' || (a === '--project' && argv[i + 1] === 'conformance'));
}

export default async function globalSetup(): Promise<void> {
  if (!conformanceSelected(process.argv)) return;
  const handed = handedConfig();
  const config = handed ?? parsed();
  handConfig(config);
  // The run's clock: started by `npm run conformance` before its preflight, or here.
  const deadline = startRunDeadline(config.maxRunS, handed !== undefined);
  let spent = Number(process.env[PREFLIGHT_SENT_ENV]);
  if (!Number.isInteger(spent)) {
    const result = await preflight(config);
    if (!result.ok) {
      // A setup mistake, before any test: one line and exit 2, as `npm run conformance` does.
      process.stderr.write(`conformance: ${result.message}\n`);
      process.exit(2);
    }
    spent = result.sent;
  }
  const server = await startBudgetServer(new BudgetLedger(config.requestBudget, planReserve(config), spent, deadline));
  process.env[BUDGET_URL_ENV] = server.url;
}
