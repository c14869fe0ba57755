import type { CheckInfo, Finding } from '../checks';
import type { Exchange } from '../wire';

/** Something reported that is not a failure: a documentation conflict, or an undocumented field seen. */
export interface NoteRecord {
  kind: 'conflict' | 'undocumented' | 'info';
  operation: string;
  id: string;
  message: string;
}

/** Reproduction details of a failure: a property's seed, path and replay command, or a recording's entry. */
export interface Repro {
  seed?: number;
  path?: string;
  replay?: string;
}

/**
 * One thing checking observed, as a value: a check passed, failed (with its findings) or was skipped (with
 * the reason) on an operation; a note; an HTTP status an operation answered. Checking returns these;
 * callers decide from them (`failed`) and hand them to a Recorder, which only records them.
 */
export type Outcome =
  | { kind: 'passed'; check: CheckInfo; operation: string }
  | {
      kind: 'failed';
      check: CheckInfo;
      operation: string;
      findings: Finding[];
      exchange?: Exchange;
      repro?: Repro;
    }
  | { kind: 'skipped'; check: CheckInfo; operation: string; reason: string }
  | { kind: 'note'; note: NoteRecord }
  | { kind: 'status'; operation: string; status: number };

/** True when any check among the outcomes failed. */
export function failed(outcomes: readonly Outcome[]): boolean {
  return outcomes.some((o) => o.kind === 'failed');
}

/** The same outcomes, each failure carrying `repro` (a replayed counterexample's seed and command). */
export function withRepro(outcomes: readonly Outcome[], repro: Repro): Outcome[] {
  return outcomes.map((o) => (o.kind === 'failed' ? { ...o, repro: { ...repro, ...o.repro } } : o));
}

/** Each check skipped on an operation, with the reason. */
export function skipped(checks: readonly CheckInfo[], operation: string, reason: string): Outcome[] {
  return checks.map((check) => ({ kind: 'skipped', check, operation, reason }));
}

/** Where outcomes go as they come: a Recorder, or an `Outcomes` list gathering one step's. */
export interface OutcomeSink {
  record(outcomes: readonly Outcome[]): void;
}

/**
 * The outcomes of one step (a property run, a model command), gathered as they come and passed on at
 * once to `into` (so a request refused half-way loses nothing already checked); the step decides from
 * its own `failed`, never from what others recorded.
 */
export class Outcomes implements OutcomeSink {
  readonly all: Outcome[] = [];

  constructor(private readonly into?: OutcomeSink) {}

  /** Keeps the outcomes and passes them on; returns them, so a caller can also judge them alone. */
  record(outcomes: readonly Outcome[]): readonly Outcome[] {
    this.all.push(...outcomes);
    this.into?.record(outcomes);
    return outcomes;
  }

  /** True when a check of this step failed. */
  get failed(): boolean {
    return failed(this.all);
  }
}
