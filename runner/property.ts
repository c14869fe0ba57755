import fc from 'fast-check';
import { RequestRefused } from './budget';
import type { Recorder } from './recorder';

/** Runs a failing property may spend on shrinking before it settles for the smallest case found. */
export const SHRINK_BUDGET = 40;

/**
 * Runs an async property over generated inputs against the target the fast-check way (seeded,
 * shrinking) while keeping the recorder honest: passes are counted during the first pass over the
 * cases; shrinking runs are quiet; the minimal counterexample is then replayed once and only its
 * failures are recorded, with the seed, path and a replay command. Shrinking stops after
 * SHRINK_BUDGET further runs (staging quotas). A request not sent (RequestRefused) ends the run and is
 * rethrown. `afterFirstRun` marks the end of the first pass (runner/budget.ts: coverage before repetition).
 */
export async function checkProperty<T>(
  rec: Recorder,
  arb: fc.Arbitrary<T>,
  body: (value: T) => Promise<boolean>,
  params: { seed: number; numRuns: number; path?: string; afterFirstRun?: () => Promise<void> },
  replay: (seed: number, path: string) => string,
): Promise<void> {
  let failedOnce = false;
  let shrinkRuns = 0;
  let exhausted: RequestRefused | undefined;
  let runs = 0;
  const property = fc.asyncProperty(arb, async (value) => {
    if (exhausted || (failedOnce && ++shrinkRuns > SHRINK_BUDGET)) return true;
    rec.quiet = failedOnce;
    try {
      const ok = await body(value);
      if (!ok) failedOnce = true;
      // The first run checks every rule of the property once; the rest are repetitions (budget plan).
      if (++runs === 1) await params.afterFirstRun?.();
      return ok;
    } catch (err) {
      if (err instanceof RequestRefused) {
        exhausted = err;
        return true;
      }
      throw err;
    }
  });
  const details = await fc.check(property, { seed: params.seed, numRuns: params.numRuns, path: params.path });
  rec.quiet = false;
  if (exhausted) throw exhausted;
  if (!details.failed || details.counterexample === null) return;
  const [value] = details.counterexample;
  const path = details.counterexamplePath ?? '';
  rec.repro = { seed: details.seed, path, replay: replay(details.seed, path) };
  try {
    const ok = await body(value).catch(() => false);
    if (ok && details.errorInstance) throw details.errorInstance; // a crash, not a check failure
  } finally {
    rec.repro = undefined;
  }
}
