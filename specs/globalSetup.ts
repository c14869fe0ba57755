/**
 * Playwright globalSetup, in the runner process before any worker: for a conformance run, the preflight
 * (unless `npm run conformance` already did it) and the run's budget server (runner/budgetServer.ts),
 * whose address the workers read from FACE_BUDGET_URL. `npm test` (project `self`) gets neither.
 */
import {
  BudgetLedger,
  BUDGET_URL_ENV,
  startBudgetServer,
  loadConfig,
  PREFLIGHT_SENT_ENV,
  preflight,
  planReserve,
} from '../runner';

/** Whether this Playwright invocation runs the conformance project. */
function conformanceSelected(argv: string[]): boolean {
  if (process.env.LIVENESS_SUITE === '1') return true;
  return argv.some((a, i) => a === '--project=conformance' || (a === '--project' && argv[i + 1] === 'conformance'));
}

export default async function globalSetup(): Promise<void> {
  if (!conformanceSelected(process.argv)) return;
  const config = loadConfig();
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
  const server = await startBudgetServer(new BudgetLedger(config.requestBudget, planReserve(config), spent));
  process.env[BUDGET_URL_ENV] = server.url;
}
