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
import '../specs/checks';
import { allChecks } from '../specs/checks/registry';
import { isGaVersion } from '../schemas';
import { buildSummary } from './aggregate';
import type { TestRun } from './model';
import { Progress } from './progress';
import type { RunTarget } from './runInfo';
import { runTarget } from './runInfo';
import { secretsFromEnv } from './secrets';
import { toTestRun } from './testRun';
import { writeReport } from './write';

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
  private readonly target: RunTarget;
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

  onEnd(result: FullResult): void {
    const { target, apiVersion, seed } = this.target;
    const summary = buildSummary(
      [...this.runs.values()],
      {
        target,
        apiVersion,
        seed,
        startedAt: result.startTime.toISOString(),
        durationMs: result.duration,
        status: result.status,
      },
      { registered: allChecks(isGaVersion(apiVersion) ? 'ga' : 'preview'), globalErrors: this.globalErrors },
    );
    const files = writeReport(this.reportDir, summary, secretsFromEnv());
    this.progress.end(summary, files);
  }
}
