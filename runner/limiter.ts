import type { Budget, Phase } from './budget';
import { BudgetLedger, LocalBudget, RequestRefused } from './budget';

/** Thrown when a request is not sent (budget spent, kept for coverage, target down); see RequestRefused. */
export const BudgetExhausted = RequestRefused;
/** The type of BudgetExhausted. */
export type BudgetExhausted = RequestRefused;

/**
 * A worker's gate to the target: the run's request budget (shared by every worker through the budget
 * server, or local) and this worker's concurrency limit.
 */
export class Limiter {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  /** Requests this worker took from the budget. */
  used = 0;
  /** The run's budget. */
  readonly budget: Budget;
  /** The part of a test the next requests belong to, and the test's plan key. */
  phase: Phase = 'coverage';
  key = '';

  constructor(
    budget: number | Budget,
    readonly concurrency: number,
  ) {
    this.budget = typeof budget === 'number' ? new LocalBudget(new BudgetLedger(budget)) : budget;
  }

  /**
   * Takes one request from the budget (throws RequestRefused when none is granted) and a concurrency slot.
   * A `reserved` request (cleanup) is not refused by the budget (only when the target is down), and is
   * counted apart; it still waits for a slot.
   */
  async acquire(reserved = false): Promise<void> {
    if (reserved) await this.budget.cleanup();
    else {
      await this.budget.take(this.phase, this.key);
      this.used++;
    }
    if (this.inFlight >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
  }

  /** Frees a concurrency slot. */
  release(): void {
    this.inFlight--;
    this.waiting.shift()?.();
  }

  /** Starts a test: its requests are its first pass until `endCoverage`. */
  beginTest(key: string): void {
    this.key = key;
    this.phase = 'coverage';
  }

  /** The test's first pass is over: its unused reserve goes back, later requests are repetitions. */
  async endCoverage(): Promise<void> {
    if (this.phase === 'extra') return;
    this.phase = 'extra';
    await this.budget.release(this.key);
  }
}
