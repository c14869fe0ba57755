/**
 * The run's request budget as one ledger: every request of every worker (including workers Playwright
 * restarts after a failure, and retries) takes one unit from it, so FACE_REQUEST_BUDGET is a hard cap for
 * the run (per shard when sharded). Coverage before repetition: each test's estimated first-pass requests
 * (the plan, runner/plan.ts) are reserved, and a repetition (property runs after the first, random
 * sequences, shrinking) is only granted from what the reserves leave. Cleanup deletes are outside the
 * budget and counted.
 */
import type { RunDeadline } from './deadline';

/** Which part of a test a request belongs to: the first check of every rule, or repetitions. */
export type Phase = 'coverage' | 'extra';

/** Why a request was not sent. */
export type RefusalReason = 'budget' | 'repetitions' | 'down' | 'deadline' | 'limit';

/**
 * A request the run would not send, or whose answer it would not read: the budget is spent or kept for
 * coverage, the target stopped answering, the run's deadline passed, or the answer was over the size cap.
 */
export class RequestRefused extends Error {
  override name = 'RequestRefused';
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
  }
}

/** Skip reason of a check left out because the budget was spent (the report shows it as "not run (budget)"). */
export const NOT_RUN_BUDGET = 'not run (budget)';
/** Skip reason prefix of a check left out because the target stopped answering (or answered invalid HTTP). */
export const NOT_RUN_TARGET = 'not run (target)';
/** Skip reason prefix of a check left out because the run's deadline (FACE_MAX_RUN_S) passed. */
export const NOT_RUN_DEADLINE = 'not run (deadline)';
/** Skip reason prefix of a check whose answer was over FACE_MAX_RESPONSE_BYTES (a safety limit, not a rule). */
export const NOT_RUN_LIMIT = 'not run (safety limit)';

/** Skip reason prefix of a check whose answer was still 429 after the retries the settings allow. */
export const NOT_RUN_RATE_LIMITED = 'not run (rate limited)';

/** The skip-reason prefix of each refusal that leaves checks not run. */
export const NOT_RUN_PREFIX: Record<Exclude<RefusalReason, 'repetitions'>, string> = {
  budget: NOT_RUN_BUDGET,
  down: NOT_RUN_TARGET,
  deadline: NOT_RUN_DEADLINE,
  limit: NOT_RUN_LIMIT,
};

/** The ledger's counts, as reported in summary.json (`run.budget`). */
export interface BudgetState {
  /** FACE_REQUEST_BUDGET (for this shard). */
  limit: number;
  /** Requests taken from the budget (preflight included). */
  used: number;
  /** Cleanup deletes sent outside the budget. */
  cleanup: number;
  /** Requests not sent, by reason. */
  refused: Record<RefusalReason, number>;
  /** Requests still reserved for tests' first passes. */
  reserved: number;
  /** Why the target was declared unreachable mid-run, when it was. */
  down?: string;
  /**
   * First-pass requests a test sent beyond what the plan reserved for it, by test (absent when none): the
   * plan (runner/plan.ts) under-states that test's first pass.
   */
  overdrawn?: Record<string, number>;
  /**
   * First-pass requests each test sent, by test (tests that sent none absent): what the plan's reservation
   * of that test is measured against (tests/specs/versionRuns.spec.ts).
   */
  firstPass?: Record<string, number>;
}

/** Answer of `take`: granted, or refused with the reason. */
export type TakeResult = { ok: true } | { ok: false; reason: RefusalReason; message: string };

/** The budget's bookkeeping; one instance per run, in the Playwright runner process (budgetServer.ts). */
export class BudgetLedger {
  private readonly reserve: Map<string, number>;
  private readonly state: BudgetState & { firstPass: Record<string, number> };
  /** Tests whose first pass ended: a later coverage take of theirs (a retry) is not an overdraft. */
  private readonly released = new Set<string>();

  constructor(
    limit: number,
    reserve: Record<string, number> = {},
    spentBefore = 0,
    private readonly deadline?: RunDeadline,
  ) {
    this.reserve = new Map(Object.entries(reserve).filter(([, n]) => n > 0));
    this.state = {
      limit,
      used: spentBefore,
      cleanup: 0,
      refused: { budget: 0, repetitions: 0, down: 0, deadline: 0, limit: 0 },
      reserved: 0,
      firstPass: {},
    };
  }

  private reservedLeft(): number {
    let n = 0;
    for (const v of this.reserve.values()) n += v;
    return n;
  }

  private refuse(reason: RefusalReason, message: string): TakeResult {
    this.state.refused[reason]++;
    return { ok: false, reason, message };
  }

  /** Takes one request for test `key` in `phase`, or refuses it. */
  take(phase: Phase, key: string): TakeResult {
    const s = this.state;
    if (s.down) return this.refuse('down', s.down);
    if (this.deadline && this.deadline.left() <= 0) return this.refuse('deadline', this.deadline.passed());
    if (s.used >= s.limit) return this.refuse('budget', `request budget of ${s.limit} spent`);
    if (phase === 'coverage' && !this.released.has(key)) {
      s.firstPass[key] = (s.firstPass[key] ?? 0) + 1;
      const mine = this.reserve.get(key);
      if (mine !== undefined) {
        if (mine <= 1) this.reserve.delete(key);
        else this.reserve.set(key, mine - 1);
      } else {
        s.overdrawn = { ...s.overdrawn, [key]: (s.overdrawn?.[key] ?? 0) + 1 };
      }
    } else if (phase === 'extra' && s.used + this.reservedLeft() >= s.limit) {
      return this.refuse(
        'repetitions',
        `the rest of the request budget of ${s.limit} is kept for the first check of every rule`,
      );
    }
    s.used++;
    return { ok: true };
  }

  /** A test's first pass is over (or it ended): what it did not use of its reserve goes back. */
  release(key: string): void {
    this.released.add(key);
    this.reserve.delete(key);
  }

  /** Counts a cleanup delete (outside the budget); refused only when the target stopped answering. */
  cleanup(): TakeResult {
    if (this.state.down) return this.refuse('down', this.state.down);
    this.state.cleanup++;
    return { ok: true };
  }

  /** The target stopped answering: every later request is refused at once, so the run ends in bounded time. */
  markDown(reason: string): void {
    this.state.down ??= reason;
  }

  /** A copy of the counts. */
  snapshot(): BudgetState {
    const overdrawn = this.state.overdrawn ? { overdrawn: { ...this.state.overdrawn } } : {};
    return {
      ...this.state,
      refused: { ...this.state.refused },
      reserved: this.reservedLeft(),
      firstPass: { ...this.state.firstPass },
      ...overdrawn,
    };
  }
}

/** The budget as a worker sees it: local (one process) or the run's budget server. */
export interface Budget {
  take(phase: Phase, key: string): Promise<void>;
  cleanup(): Promise<void>;
  release(key: string): Promise<void>;
  markDown(reason: string): Promise<void>;
  state(): Promise<BudgetState>;
}

function orThrow(r: TakeResult): void {
  if (!r.ok) throw new RequestRefused(r.reason, r.message);
}

/** A budget kept in this process (a worker without a budget server, and unit tests). */
export class LocalBudget implements Budget {
  constructor(readonly ledger: BudgetLedger) {}
  take(phase: Phase, key: string): Promise<void> {
    return Promise.resolve(orThrow(this.ledger.take(phase, key)));
  }
  cleanup(): Promise<void> {
    return Promise.resolve(orThrow(this.ledger.cleanup()));
  }
  release(key: string): Promise<void> {
    return Promise.resolve(this.ledger.release(key));
  }
  markDown(reason: string): Promise<void> {
    return Promise.resolve(this.ledger.markDown(reason));
  }
  state(): Promise<BudgetState> {
    return Promise.resolve(this.ledger.snapshot());
  }
}

/** Turns a ledger answer into the error a worker throws; shared by the remote budget. */
export const takeOrThrow = orThrow;
