import type { CheckInfo } from '../checks';
import type { FailureRecord } from './failure';
import { exchangeExcerpt } from './failure';
import type { NoteRecord, Outcome, OutcomeSink } from './outcome';
import { skipped } from './outcome';
import type { Redactor } from './redact';
import { printable } from '../wire';

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
  /**
   * Failures not kept, by check, beyond the recorder's cap per check (a large recording fails one check
   * thousands of times; the matrix still counts every one). Absent when nothing was left out.
   */
  omittedFailures?: Record<string, number>;
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
  private readonly keptByCheck = new Map<string, number>();
  private readonly omitted: Record<string, number> = {};

  /** `maxFailuresPerCheck`: failure records kept per check; the rest are only counted (`omittedFailures`). */
  constructor(
    private readonly redactor: Redactor,
    private readonly maxFailuresPerCheck = Infinity,
  ) {}

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
          const kept = this.keptByCheck.get(o.check.name) ?? 0;
          if (kept >= this.maxFailuresPerCheck) {
            this.omitted[o.check.name] = (this.omitted[o.check.name] ?? 0) + 1;
            continue;
          }
          this.keptByCheck.set(o.check.name, kept + 1);
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

  /**
   * What this test recorded, redacted, with control characters escaped in every text (a target's error
   * code, a recording's URL or method): the terminal, HTML, JSON and JUnit outputs all read from this.
   */
  result(requests: number): TestOutcomes {
    return printableValue(
      this.redactor.value({
        outcomes: [...this.outcomes.values()],
        failures: [...this.recordedFailures],
        notes: [...this.notes.values()],
        checks: [...this.checks.values()],
        requests,
        ...(Object.keys(this.omitted).length > 0 ? { omittedFailures: { ...this.omitted } } : {}),
        statuses: this.statuses,
      }),
    );
  }
}

/** A copy of a recorded value (our own shape, a few levels deep) with control characters escaped in every string. */
function printableValue<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return printable(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [printable(k), walk(x)]));
    return v;
  };
  return walk(value) as T;
}
