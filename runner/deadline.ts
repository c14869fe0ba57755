/**
 * The run's deadline (FACE_MAX_RUN_S): one instant for every process of a run. `npm run conformance` (or
 * Playwright's globalSetup) fixes it when the run starts and hands it down in FACE_RUN_DEADLINE_AT; past it the
 * budget refuses every request (cleanup aside), the client waits out no Retry-After longer than what is left
 * and cuts a request at it, and the report lists what was left as "not run (deadline)".
 */

/** The variable carrying the deadline (epoch milliseconds) to the runner process and the workers. */
export const RUN_DEADLINE_ENV = 'FACE_RUN_DEADLINE_AT';

/** When a run must stop sending; `at` undefined: no deadline (unit tests). */
export class RunDeadline {
  constructor(
    readonly at: number | undefined,
    readonly seconds: number | undefined,
  ) {}

  /** Milliseconds left (Infinity without a deadline; 0 or less once passed). */
  left(now = Date.now()): number {
    return this.at === undefined ? Infinity : this.at - now;
  }

  /** The refusal's words once the deadline passed, naming the setting. */
  passed(): string {
    return `the run's deadline passed (FACE_MAX_RUN_S=${this.seconds ?? '?'}); raise FACE_MAX_RUN_S to run the rest`;
  }
}

/** The run's deadline as handed down in FACE_RUN_DEADLINE_AT, or one starting now (a worker of a direct run). */
export function runDeadline(maxRunS: number, env: Record<string, string | undefined> = process.env): RunDeadline {
  const handed = Number(env[RUN_DEADLINE_ENV]);
  const at = Number.isFinite(handed) && handed > 0 ? handed : Date.now() + maxRunS * 1000;
  return new RunDeadline(at, maxRunS);
}

/**
 * Starts the run's clock: the deadline is now + FACE_MAX_RUN_S, written to FACE_RUN_DEADLINE_AT for the
 * processes this one starts. `keepHanded`: keep one already handed down (globalSetup under `npm run conformance`).
 */
export function startRunDeadline(
  maxRunS: number,
  keepHanded: boolean,
  env: Record<string, string | undefined> = process.env,
): RunDeadline {
  const deadline = keepHanded ? runDeadline(maxRunS, env) : new RunDeadline(Date.now() + maxRunS * 1000, maxRunS);
  env[RUN_DEADLINE_ENV] = String(deadline.at);
  return deadline;
}
