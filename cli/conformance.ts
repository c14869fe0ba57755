/**
 * `npm run conformance [-- --plan | <playwright args>]`: runs the conformance suite against FACE_ENDPOINT,
 * or against the embedded mock when none is configured. First the preflight (runner/preflight.ts): a
 * target that cannot be reached or refuses the credentials ends the run at once. The exit code is the
 * verdict of the report (reports/verdict.ts): 0 pass (or incomplete), 1 a check failed (or incomplete with
 * FACE_REQUIRE_COMPLETE=true), 2 a configuration or setup problem (one line naming it and the fix).
 * `--plan` prints the run's plan under the request budget and sends nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import type { Summary } from '../reports/model';
import { ConfigError, loadConfig, PREFLIGHT_SENT_ENV, preflight, startRunDeadline, SUITE_CONFIG_ENV } from '../runner';
import type { SuiteConfig } from '../runner';
import { printPlan } from './plan';
import { UsageError, runMain } from './usage';

function configOrExit(): SuiteConfig {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}

async function main(argv: string[]): Promise<number> {
  loadDotenv({ quiet: true });
  const config = configOrExit();
  const out = (line: string): boolean => process.stdout.write(`${line}\n`);
  if (argv.includes('--plan')) {
    printPlan(config, out);
    return 0;
  }
  startRunDeadline(config.maxRunS, false); // FACE_MAX_RUN_S counts from here, the preflight included
  const check = await preflight(config);
  if (!check.ok) throw new UsageError(check.message);
  const target = config.endpoint ?? 'the embedded mock (no FACE_ENDPOINT set)';
  out(
    `conformance: ${target}, API ${config.apiVersion}, seed ${config.seed}, budget ${config.requestBudget}${config.readOnly ? ', read-only' : ''}`,
  );
  const report = resolve(config.reportDir);
  const summaryFile = join(report, 'summary.json');
  rmSync(summaryFile, { force: true }); // a stale verdict must not decide this run's exit code
  const bin = join(__dirname, '..', 'node_modules', '.bin', 'playwright');
  const run = spawnSync(bin, ['test', '--project=conformance', ...argv], {
    stdio: 'inherit',
    // The configuration read here is the run's: the test runner and its workers get it parsed (runner/config.ts).
    env: {
      ...process.env,
      LIVENESS_SUITE: '1',
      [PREFLIGHT_SENT_ENV]: String(check.sent),
      [SUITE_CONFIG_ENV]: JSON.stringify(config),
    },
  });
  out(`conformance: report in ${join(report, 'index.html')} (summary.json, junit.xml beside it)`);
  if (!existsSync(summaryFile)) {
    // Another reporter was asked for (--reporter): Playwright's status is all there is.
    if (run.status === 0 || run.status === 1) return run.status;
    if (run.status === 2) return 2;
    throw new UsageError(`the test runner ended with ${run.status ?? run.signal}; see its output above`);
  }
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8')) as Summary;
  if (summary.run.verdict === 'setup-error') {
    // One line: what happened and the fix (the client's reason names both: timeout, invalid HTTP, 429, …).
    const why = summary.run.verdictReason ?? summary.run.budget?.down ?? 'the target stopped answering';
    const cells = summary.totals.cells;
    const notRun = cells.notRunTarget + cells.notRunDeadline + cells.notRunRateLimited + cells.notRunLimit;
    throw new UsageError(
      `${why} (${cells.passed + cells.failed} check × operation cell(s) checked, ${notRun} not run)`,
    );
  }
  return summary.run.exitCode;
}

if (require.main === module) runMain('conformance', () => main(process.argv.slice(2)));
