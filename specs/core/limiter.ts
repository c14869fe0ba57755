/** Thrown when the run's request budget is spent: the checks that needed more requests are skipped. */
export class BudgetExhausted extends Error {
  override name = 'BudgetExhausted';
}

/** A request budget and a concurrency limit, shared by every request of a worker. */
export class Limiter {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  used = 0;

  constructor(
    readonly budget: number,
    readonly concurrency: number,
  ) {}

  /**
   * Takes one request from the budget (throws BudgetExhausted when none is left) and a concurrency slot.
   * A `reserved` request (cleanup) is not refused by the budget, but still waits for a slot.
   */
  async acquire(reserved = false): Promise<void> {
    if (!reserved && this.used >= this.budget) throw new BudgetExhausted(`request budget of ${this.budget} spent`);
    if (!reserved) this.used++;
    if (this.inFlight >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight++;
  }

  /** Frees a concurrency slot. */
  release(): void {
    this.inFlight--;
    this.waiting.shift()?.();
  }

  /** Requests left in the budget. */
  get remaining(): number {
    return this.budget - this.used;
  }
}
