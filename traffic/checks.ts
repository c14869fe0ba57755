import type { ContractVersion } from '../schemas';
import { registry } from '../schemas';
import type { Check, CheckInfo, Need } from '../checks';
import type { CheckTarget, NoteRecord, Outcome, Redactor, TestOutcomes } from '../runner';
import { Recorder, runCheck } from '../runner';
import type { Exchange } from '../wire';

const ALL_NEEDS = new Set<Need>(['deviceSimulation', 'write', 'expiry']);

/**
 * Failure records kept per check of a recording: a large HAR fails one check thousands of times, and the
 * report stays readable (and its HTML bounded) with the first ones and "and N more" (the matrix counts all).
 */
export const MAX_FAILURES_PER_CHECK = 20;

/**
 * Checks recorded traffic of one contract version and records the outcomes: every need of a check is met
 * (the recording already happened), and each failure's replay line names its HAR entry.
 */
export class TrafficChecks {
  private readonly recorder: Recorder;
  private readonly target: CheckTarget;

  constructor(
    version: ContractVersion,
    redactor: Redactor,
    private readonly command: string,
  ) {
    this.recorder = new Recorder(redactor, MAX_FAILURES_PER_CHECK);
    this.target = { ctx: { version, registry: registry() }, met: ALL_NEEDS, unmetReason: () => '' };
  }

  /** Evaluates a check on recorded traffic and records its outcome; returns it. */
  run<I>(check: Check<I>, operation: string, input: I, exchange?: Exchange): Outcome[] {
    const at = exchange ? { replay: `${this.command}  # log.entries[${exchange.seq - 1}]` } : {};
    const outcomes = runCheck(this.target, check, operation, input, exchange).map((o) =>
      o.kind === 'failed' ? { ...o, repro: { ...at, ...o.repro } } : o,
    );
    this.recorder.record(outcomes);
    return outcomes;
  }

  /** Records a check as skipped on an operation, with the reason. */
  skip(check: CheckInfo, operation: string, reason: string): void {
    this.recorder.skip(check, operation, reason);
  }

  /** Records a note. */
  note(note: NoteRecord): void {
    this.recorder.note(note);
  }

  /** What was recorded, redacted. */
  result(requests: number): TestOutcomes {
    return this.recorder.result(requests);
  }
}
