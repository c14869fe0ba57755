/**
 * The conformance reporter (Playwright `Reporter`): collects every test's `liveness-outcomes`
 * attachment, prints compact progress, and at the end writes `index.html`, `summary.json` and
 * `junit.xml` to the report directory (FACE_REPORT_DIR, default reports/conformance). Works the same
 * under `playwright merge-reports`, which replays the shards' events.
 */
import type {
  FullConfig,
  FullResult,
  Reporter,
  Suite,
  TestCase,
  TestError,
  TestResult,
} from '@playwright/test/reporter';
import '../checks';
import { checksForVersion } from '../checks';
import { buildSummary } from './aggregate';
import type { TestRun } from './model';
import { Progress } from './progress';
import type { RunTarget } from './runInfo';
import { runTarget } from './runInfo';
import { secretsFromEnv } from './secrets';
import { toTestRun } from './testRun';
import { writeReport } from './write';
import { BUDGET_URL_ENV, RemoteBudget } from '../runner';
import type { BudgetState } from '../runner';

/** The run's budget counts from its budget server (a live run), or undefined (merge-reports). */
async function budgetState(): Promise<BudgetState | undefined> {
  const url = process.env[BUDGET_URL_ENV];
  if (!url) return undefined;
  return new RemoteBudget(url).state().catch(() => undefined);
}

/** Options from the Playwright config (`['./reports/reporter.ts', { outputDir, quiet }]`). */
export interface ConformanceReporterOptions {
  /** Overrides the report directory of the suite's configuration. */
  outputDir?: string;
  /** No progress lines (the files are still written). */
  quiet?: boolean;
}

/** Playwright reporter writing the conformance report; the default export Playwright loads. */
export default class ConformanceReporter implements Reporter {
  private readonly runs = new Map<string, TestRun>();
  private readonly globalErrors: string[] = [];
  /** The run's target, read in `onBegin`: after globalSetup, which parses the configuration of a direct run. */
  private target: RunTarget;
  private readonly progress: Progress;
  private rootDir = process.cwd();

  constructor(private readonly options: ConformanceReporterOptions = {}) {
    this.target = runTarget();
    const color = !!process.stdout.isTTY && !process.env.NO_COLOR;
    this.progress = new Progress((t) => (options.quiet ? undefined : process.stdout.write(t)), color);
  }

  private get reportDir(): string {
    return this.options.outputDir ?? this.target.reportDir;
  }

  /** Tells Playwright this reporter prints, so it adds no default terminal reporter. */
  printsToStdio(): boolean {
    return !this.options.quiet;
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.rootDir = config.rootDir;
    this.target = runTarget();
    this.progress.begin(suite.allTests().length, this.target.target, this.reportDir);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const run = toTestRun(test, result, this.rootDir);
    this.runs.set(test.id, run); // a retry replaces the earlier attempt
    this.progress.testEnd(run);
  }

  onError(error: TestError): void {
    this.globalErrors.push(error.message ?? error.value ?? 'unknown error');
  }

  /**
   * Writes the report and makes the process exit with the verdict's code (reports/verdict.ts), also under
   * `merge-reports`, whose own exit code ignores the tests: the code is set in an `exit` listener, after
   * Playwright has chosen its own. Codes other than 0 and 1 (e.g. 130 after Ctrl-C) are left alone.
   */
  async onEnd(result: FullResult): Promise<{ status?: FullResult['status'] } | undefined> {
    const { target, apiVersion, seed } = this.target;
    const budget = await budgetState();
    const summary = buildSummary(
      [...this.runs.values()],
      {
        target,
        apiVersion,
        seed,
        startedAt: result.startTime.toISOString(),
        durationMs: result.duration,
        status: result.status,
        ...(budget ? { budget } : {}),
      },
      {
        registered: checksForVersion(apiVersion),
        globalErrors: this.globalErrors,
        requireComplete: this.target.requireComplete,
      },
    );
    const files = writeReport(this.reportDir, summary, secretsFromEnv());
    this.progress.end(summary, files);
    const code = summary.run.exitCode;
    process.on('exit', () => {
      if (process.exitCode === undefined || process.exitCode === 0 || process.exitCode === 1) process.exitCode = code;
    });
    return code !== 0 ? { status: 'failed' } : undefined;
  }
}
