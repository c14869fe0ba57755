import fc from 'fast-check';
import { RequestRefused } from './budget';
import type { OutcomeSink } from './outcome';
import { Outcomes, withRepro } from './outcome';

/**
 * The property parameters of a model-based command sequence: the run's seed and replay path, and half the
 * configured runs (at least 2), since each run is a whole sequence of requests.
 */
export function sequenceRuns(config: { seed: number; numRuns: number; fcPath?: string }): {
  seed: number;
  numRuns: number;
  path?: string;
} {
  return { seed: config.seed, numRuns: Math.max(2, Math.ceil(config.numRuns / 2)), path: config.fcPath };
}

/** Runs a failing property may spend on shrinking before it settles for the smallest case found. */
export const SHRINK_BUDGET = 40;

/**
 * Runs an async property over generated inputs against the target the fast-check way (seeded,
 * shrinking). Each run hands its outcomes to the `Outcomes` it is given; a run fails when one of its
 * checks failed. The runs of the first pass over the cases are recorded, up to and including the first
 * failing one; shrinking runs are not; the minimal counterexample is then replayed once and recorded,
 * its failures carrying the seed, path and a replay command. Shrinking stops after SHRINK_BUDGET further
 * runs (staging quotas). A request not sent (RequestRefused) ends the run (what it checked before is
 * recorded) and is rethrown. `afterFirstRun` marks the end of the first pass (runner/budget.ts: coverage
 * before repetition).
 */
export async function checkProperty<T>(
  rec: OutcomeSink,
  arb: fc.Arbitrary<T>,
  body: (value: T, outcomes: Outcomes) => Promise<void>,
  params: { seed: number; numRuns: number; path?: string; afterFirstRun?: () => Promise<void> },
  replay: (seed: number, path: string) => string,
): Promise<void> {
  let failedOnce = false;
  let shrinkRuns = 0;
  let exhausted: RequestRefused | undefined;
  let runs = 0;
  const property = fc.asyncProperty(arb, async (value) => {
    if (exhausted || (failedOnce && ++shrinkRuns > SHRINK_BUDGET)) return true;
    const shrinking = failedOnce;
    const run = new Outcomes();
    try {
      await body(value, run);
    } catch (err) {
      if (err instanceof RequestRefused) {
        exhausted = err;
        return true;
      }
      failedOnce = true; // a crash: fast-check shrinks it like a failure
      throw err;
    } finally {
      if (!shrinking) rec.record(run.all);
    }
    if (run.failed) failedOnce = true;
    // The first run checks every rule of the property once; the rest are repetitions (budget plan).
    if (++runs === 1) await params.afterFirstRun?.();
    return !run.failed;
  });
  const details = await fc.check(property, { seed: params.seed, numRuns: params.numRuns, path: params.path });
  if (exhausted) throw exhausted;
  if (!details.failed || details.counterexample === null) return;
  const [value] = details.counterexample;
  const path = details.counterexamplePath ?? '';
  const repro = { seed: details.seed, path, replay: replay(details.seed, path) };
  const run = new Outcomes();
  const ran = await body(value, run).then(
    () => true,
    () => false,
  );
  rec.record(withRepro(run.all, repro));
  if (ran && !run.failed && details.errorInstance) throw details.errorInstance; // a crash, not a check failure
}
