/** `npm run conformance -- --plan`: the run's plan under the request budget, printed; nothing is sent. */
import type { SuiteConfig } from '../runner';
import { planFor } from '../runner';

/** Prints the plan: each test's first-pass and repetition requests, and what the budget covers. */
export function printPlan(config: SuiteConfig, out: (line: string) => void): void {
  const plan = planFor(config);
  const active = plan.filter((e) => !e.skipped);
  const coverage = active.reduce((n, e) => n + e.coverage, 0);
  const extra = active.reduce((n, e) => n + e.extra, 0);
  const budget = config.requestBudget;
  out(
    `plan: ${config.endpoint ?? 'embedded mock'}, API ${config.apiVersion}, budget ${budget}, ${config.numRuns} run(s) per property`,
  );
  out('first pass (every rule once; reserved) | repetitions | test — what it checks');
  for (const e of plan) {
    const head = e.skipped
      ? `skipped (${e.skipped})`
      : `${String(e.coverage).padStart(5)} | ${String(e.extra).padStart(5)}`;
    out(`  ${head} | ${e.key} — ${e.checks}`);
  }
  out(`total: first pass ~${coverage} request(s), repetitions ~${extra}, both ~${coverage + extra}`);
  if (budget >= coverage + extra) out(`budget ${budget}: everything fits.`);
  else if (budget >= coverage)
    out(`budget ${budget}: every rule is checked once; ~${budget - coverage} request(s) left for repetitions.`);
  else
    out(
      `budget ${budget}: the first pass needs ~${coverage}; some checks will be reported "not run (budget)" (verdict incomplete). Raise FACE_REQUEST_BUDGET to at least ~${coverage}.`,
    );
  out('cleanup deletes are sent outside the budget; the plan is estimated (list pages depend on the server).');
}
