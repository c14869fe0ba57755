import type { CheckInfo } from '../checks';
import type { FailureRecord } from './failure';
import { exchangeExcerpt } from './failure';
import type { NoteRecord, Outcome, OutcomeSink } from './outcome';
import { skipped } from './outcome';
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

/**
 * Records the outcomes of one test as it is handed them (counts per check and operation, failures with
 * their exchange, notes, statuses), redacted. It evaluates nothing and decides nothing: checking returns
 * `Outcome` values (runner/outcome.ts), and their callers decide from those.
 */
export class Recorder implements OutcomeSink {
  private readonly outcomes = new Map<string, OutcomeRecord>();
  private readonly recordedFailures: FailureRecord[] = [];
  private readonly notes = new Map<string, NoteRecord>();
  private readonly checks = new Map<string, CheckInfo>();
  private readonly statuses: Record<string, Record<string, number>> = {};

  constructor(private readonly redactor: Redactor) {}

  /** The failures recorded so far. */
  get failures(): readonly FailureRecord[] {
    return this.recordedFailures;
  }

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

  /** Records outcomes as they are. */
  record(outcomes: readonly Outcome[]): void {
    for (const o of outcomes) this.one(o);
  }

  private one(o: Outcome): void {
    switch (o.kind) {
      case 'passed':
        this.slot(o.check, o.operation).passed++;
        return;
      case 'skipped': {
        const slot = this.slot(o.check, o.operation);
        slot.skipped++;
        if (!slot.skipReasons.includes(o.reason)) slot.skipReasons.push(o.reason);
        return;
      }
      case 'failed':
        this.slot(o.check, o.operation).failed++;
        for (const f of o.findings.slice(0, 5)) {
          this.recordedFailures.push({
            check: o.check.name,
            title: o.check.title,
            rule: o.check.rule,
            source: o.check.source,
            operation: o.operation,
            ...f,
            received: this.redactor.text(f.received),
            ...(o.exchange ? exchangeExcerpt(o.exchange, this.redactor) : {}),
            ...o.repro,
          });
        }
        return;
      case 'note':
        this.notes.set(`${o.note.kind}\u0000${o.note.operation}\u0000${o.note.id}`, {
          ...o.note,
          message: this.redactor.text(o.note.message),
        });
        return;
      case 'status': {
        const byStatus = (this.statuses[o.operation] ??= {});
        byStatus[String(o.status)] = (byStatus[String(o.status)] ?? 0) + 1;
      }
    }
  }

  /** Records a check as skipped on an operation, with the reason. */
  skip(check: CheckInfo, operation: string, reason: string): void {
    this.record(skipped([check], operation, reason));
  }

  /** Records a note (deduplicated by kind, operation and id). */
  note(note: NoteRecord): void {
    this.record([{ kind: 'note', note }]);
  }

  /** What this test recorded, redacted. */
  result(requests: number): TestOutcomes {
    return this.redactor.value({
      outcomes: [...this.outcomes.values()],
      failures: [...this.recordedFailures],
      notes: [...this.notes.values()],
      checks: [...this.checks.values()],
      requests,
      statuses: this.statuses,
    });
  }
}
