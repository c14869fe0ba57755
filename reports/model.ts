import type { DocumentedConflict } from '../schemas';
import type { CheckInfo } from '../checks';
import type { FailureRecord, BudgetState, TestOutcomes } from '../runner';
import type { NotRun, Verdict } from './verdict';

/** Status of one check on one operation, of a check, or of an operation; `never-run` only for checks. */
export type Status = 'passed' | 'failed' | 'skipped' | 'never-run';

/** Name of the pseudo-check under which Playwright-level errors (crashes, timeouts) are reported. */
export const TEST_ERROR_CHECK = 'testError';

/** One finished Playwright test, as the aggregator needs it (the reporter and merge-reports build these). */
export interface TestRun {
  title: string;
  /** `file:line`, relative to the project. */
  location: string;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  durationMs: number;
  /** Playwright errors of the test (messages, first lines of stacks). */
  errors: string[];
  /** The test's `liveness-outcomes` attachment, when it had one. */
  outcomes?: TestOutcomes;
  /** Why it was skipped, from its `skip` annotation. */
  skipReason?: string;
}

/** What the aggregator knows of the run itself. */
export interface RunInfo {
  /** The endpoint, or `embedded mock`. */
  target: string;
  apiVersion: string;
  seed: number;
  startedAt: string;
  durationMs: number;
  /** Playwright's overall status (`passed`, `failed`, `timedout`, `interrupted`). */
  status: string;
  /** The request budget's counts (limit, used, cleanup deletes, refused), when the run had a budget server. */
  budget?: BudgetState;
}

/** Counts of evaluations, and why some were skipped. */
export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  skipReasons: string[];
}

/** One check on one operation. */
export interface CellSummary extends Counts {
  check: string;
  operation: string;
  status: Status;
  /** Never evaluated here: the budget, the target, the deadline, the rate limit or the size cap (NotRun). */
  notRun?: NotRun;
}

/** One check over all operations. */
export interface CheckSummary extends CheckInfo, Counts {
  status: Status;
  operations: string[];
  /** Never evaluated in the run: "not run (budget)", "(target)", "(deadline)", "(rate limited)", "(safety limit)". */
  notRun?: NotRun;
}

/** One operation over all checks. */
export interface OperationSummary extends Counts {
  id: string;
  name: string;
  method: string;
  path: string;
  /** The session family (`liveness`, `livenessWithVerify`, `sessionImage`); empty when not documented. */
  family: string;
  /** False for an operation seen in the outcomes but not documented for the run's API version. */
  documented: boolean;
  status: Status | 'not-exercised';
  /** HTTP statuses answered, by status code, as far as the attachments tell. */
  statusesSeen: Record<string, number>;
}

/** A failure with the test it came from and a replay command (derived from the seed when none recorded). */
export interface FailureEntry extends FailureRecord {
  id: string;
  test: string;
  location: string;
  replay: string;
  /** The documented rules the failed check enforces that this failure breaks (rules/), with their words. */
  rules?: Pick<RuleEntry, 'id' | 'doc' | 'where' | 'words' | 'gloss'>[];
}

/** A note seen in one or more tests. */
export interface NoteEntry {
  operation: string;
  id: string;
  message: string;
  /** Number of tests that recorded it. */
  tests: number;
}

/** A documented conflict (CONTRACT.md §4) and the notes that observed it. */
export interface ConflictEntry extends DocumentedConflict {
  observed: NoteEntry[];
}

/** What the run exercised. */
export interface Coverage {
  operations: { exercised: string[]; skippedOnly: string[]; notExercised: string[]; outsideVersion: string[] };
  /** Where `statusesSeen` comes from: failure excerpts only, or per-operation counts in the attachments. */
  statusesSource: 'failures-only' | 'attachments';
  checks: {
    registered: string[];
    checked: string[];
    skippedOnly: string[];
    neverRun: string[];
    unregistered: string[];
    /** Checks never evaluated because the request budget was spent. */
    notRunBudget: string[];
    /** Checks never evaluated because the target stopped answering. */
    notRunTarget: string[];
  };
}

/** One Playwright test, as listed in the report. */
export interface TestEntry {
  title: string;
  location: string;
  status: TestRun['status'];
  durationMs: number;
  requests: number;
  failures: number;
  skipReason?: string;
}

/** The whole report, as written to summary.json and rendered to HTML and JUnit. */
export interface Summary {
  schemaVersion: 1;
  /** `verdict` and `exitCode` (reports/verdict.ts): what every entry point exits with. */
  run: RunInfo & {
    requests: number;
    verdict: Verdict;
    exitCode: number;
    /** Why a run is `incomplete` or a `setup-error`, in one line naming the setting or the fix. */
    verdictReason?: string;
  };
  totals: {
    tests: Record<TestRun['status'], number>;
    /**
     * `notRunBudget`/`notRunTarget`…: skipped cells never evaluated because of the budget, the target, the run's
     * deadline, answers over the size cap, answers still 429 after the retries.
     */
    cells: {
      passed: number;
      failed: number;
      skipped: number;
      notRunBudget: number;
      notRunTarget: number;
      notRunDeadline: number;
      notRunLimit: number;
      notRunRateLimited: number;
    };
    checks: {
      passed: number;
      failed: number;
      skipped: number;
      neverRun: number;
      notRunBudget: number;
      notRunTarget: number;
    };
    failures: number;
  };
  checks: CheckSummary[];
  operations: OperationSummary[];
  cells: CellSummary[];
  failures: FailureEntry[];
  /** Failures counted but not listed, by check (a recorder keeps a capped number per check); absent when none. */
  failuresOmitted?: { check: string; count: number }[];
  /** Documentation conflicts, apart from failures: CONTRACT.md §4 ones, and other `conflict` notes. */
  conflicts: { documented: ConflictEntry[]; other: NoteEntry[] };
  undocumented: NoteEntry[];
  notes: NoteEntry[];
  coverage: Coverage;
  tests: TestEntry[];
  /** Rule coverage: per documented rule of the run's version (rules/), its outcome from its checks'. */
  rules?: RuleCoverage;
}

/** What became of one documented rule in a run, derived from its checks' outcomes. */
export type RuleOutcome = 'passed' | 'failed' | 'skipped' | 'not-run' | 'not-checkable' | 'conflict' | 'gap';

/** One rule's outcome, with what the report shows of it. */
export interface RuleEntry {
  id: string;
  outcome: RuleOutcome;
  statement: string;
  doc: string;
  where: string;
  words: string;
  gloss?: string;
  checks: string[];
  /** Skip reasons of its checks (skipped), or why it is not checked (not-checkable, conflict, gap). */
  reasons: string[];
}

/** The run's rule coverage: per outcome counts, and every rule of the run's version. */
export interface RuleCoverage {
  version: string;
  totals: Record<
    'rules' | 'checked' | 'passed' | 'failed' | 'skipped' | 'notRun' | 'notCheckable' | 'conflict' | 'gap',
    number
  >;
  /** Skip reasons, with how many rules each left unchecked. */
  skipReasons: { reason: string; rules: number }[];
  rules: RuleEntry[];
}
