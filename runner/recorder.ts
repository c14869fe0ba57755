import type { Check, CheckContext, CheckInfo, Need } from '../checks';
import type { Exchange } from '../wire';
import type { FailureRecord } from './failure';
import { exchangeExcerpt } from './failure';
import type { Redactor } from './redact';

/** Counts of one check on one operation. */
export interface OutcomeRecord {
  check: string;
  operation: string;
  passed: number;
  failed: number;
  skipped: number;
  skipReasons: string[];
}

/** Something reported that is not a failure: a documentation conflict, or an undocumented field seen. */
export interface NoteRecord {
  kind: 'conflict' | 'undocumented' | 'info';
  operation: string;
  id: string;
  message: string;
}

/** Everything one test recorded; attached to its Playwright result and merged by the reporter. */
export interface TestOutcomes {
  outcomes: OutcomeRecord[];
  failures: FailureRecord[];
  notes: NoteRecord[];
  checks: CheckInfo[];
  requests: number;
  /** HTTP statuses seen per operation, with counts (coverage); absent in outcomes built elsewhere. */
  statuses?: Record<string, Record<string, number>>;
}

/** Reproduction details of a property-based case. */
export interface Repro {
  seed?: number;
  path?: string;
  replay?: string;
}

/** Records check outcomes of one test, with the needs the target meets. */
export class Recorder {
  private readonly outcomes = new Map<string, OutcomeRecord>();
  readonly failures: FailureRecord[] = [];
  private readonly notes = new Map<string, NoteRecord>();
  private readonly checks = new Map<string, CheckInfo>();
  private readonly statuses: Record<string, Record<string, number>> = {};
  /** When true, nothing is recorded (a property's shrinking runs). */
  quiet = false;
  /** Failed check evaluations so far, quiet ones included (for callers that judge a whole step). */
  failedEvaluations = 0;
  /** Reproduction details attached to every failure recorded while set (a replayed counterexample). */
  repro?: Repro;

  constructor(
    private readonly ctx: CheckContext,
    private readonly redactor: Redactor,
    private readonly met: Set<Need>,
    private readonly unmetReason: (need: Need) => string,
  ) {}

  private slot(check: CheckInfo, operation: string): OutcomeRecord {
    this.checks.set(check.name, {
      name: check.name,
      title: check.title,
      rule: check.rule,
      source: check.source,
      needs: check.needs,
    });
    const key = `${check.name}\u0000${operation}`;
    let slot = this.outcomes.get(key);
    if (!slot) {
      slot = { check: check.name, operation, passed: 0, failed: 0, skipped: 0, skipReasons: [] };
      this.outcomes.set(key, slot);
    }
    return slot;
  }

  /** The reason a check cannot run against this target, or undefined when it can. */
  unmet(check: CheckInfo): string | undefined {
    const need = check.needs?.find((n) => !this.met.has(n));
    return need ? this.unmetReason(need) : undefined;
  }

  /** Evaluates a check; returns true when it passed (or was skipped). */
  run<I>(check: Check<I>, operation: string, input: I, exchange?: Exchange, repro: Repro = {}): boolean {
    if (check.applies && !check.applies(input)) return true;
    const reason = this.unmet(check);
    if (reason) {
      this.skip(check, operation, reason);
      return true;
    }
    const findings = check.evaluate(input, this.ctx);
    if (findings.length > 0) this.failedEvaluations++;
    if (this.quiet) return findings.length === 0;
    const slot = this.slot(check, operation);
    if (findings.length === 0) {
      slot.passed++;
      return true;
    }
    slot.failed++;
    for (const f of findings.slice(0, 5)) {
      this.failures.push({
        check: check.name,
        title: check.title,
        rule: check.rule,
        source: check.source,
        operation,
        ...f,
        received: this.redactor.text(f.received),
        ...(exchange ? exchangeExcerpt(exchange, this.redactor) : {}),
        ...this.repro,
        ...repro,
      });
    }
    return false;
  }

  /** Records a check as skipped on an operation, with the reason. */
  skip(check: CheckInfo, operation: string, reason: string): void {
    if (this.quiet) return;
    const slot = this.slot(check, operation);
    slot.skipped++;
    if (!slot.skipReasons.includes(reason)) slot.skipReasons.push(reason);
  }

  /** Counts an HTTP status an operation answered (not during a property's quiet shrinking runs). */
  status(operation: string, status: number): void {
    if (this.quiet) return;
    const byStatus = (this.statuses[operation] ??= {});
    byStatus[String(status)] = (byStatus[String(status)] ?? 0) + 1;
  }

  /** Records a note (deduplicated by kind, operation and id). */
  note(note: NoteRecord): void {
    if (this.quiet) return;
    this.notes.set(`${note.kind}\u0000${note.operation}\u0000${note.id}`, {
      ...note,
      message: this.redactor.text(note.message),
    });
  }

  /** What this test recorded, redacted. */
  result(requests: number): TestOutcomes {
    return this.redactor.value({
      outcomes: [...this.outcomes.values()],
      failures: this.failures,
      notes: [...this.notes.values()],
      checks: [...this.checks.values()],
      requests,
      statuses: this.statuses,
    });
  }
}
