/**
 * The test command of `npm run bench:mutation` (Stryker's command runner runs it once per mutant): the
 * conformance suite against the clean targets of every version in one Playwright invocation, the mocks in
 * this process (tests/selfcheck/run.ts), so a mutant Stryker activates through `__STRYKER_ACTIVE_MUTANT__`
 * is the code they serve. Exit 0: every clean target passed (the mutant survived); 1: some check failed or
 * some test ended in error (the mutant is killed).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Target } from '../../tests/selfcheck/targets';
import { TARGETS } from '../../tests/selfcheck/targets';
import { runName, runSelfCheck } from '../../tests/selfcheck/run';

/** The prefix of the skip reasons of checks a run left out (budget spent, target stopped answering). */
const NOT_RUN = 'not run (';

/** The self-check's clean targets (no planted fault), every version; `MUTATION_VERSIONS` narrows them. */
export function cleanTargets(versions = process.env.MUTATION_VERSIONS): Target[] {
  const only = versions?.split(',').map((v) => v.trim());
  return TARGETS.filter((t) => !t.expect && (!only || only.includes(t.version))).map((t) => ({
    ...t,
    // A mock answers in milliseconds: a mutant that never answers should not cost 30 s per request.
    env: { FACE_REQUEST_TIMEOUT_MS: '10000', ...t.env },
  }));
}

/** Why a clean target's run counts as failed, one line each; empty when every target passed. */
export function problems(targets: Target[], results: Awaited<ReturnType<typeof runSelfCheck>>['results']): string[] {
  return targets.flatMap((t) => {
    const r = results.get(runName(t));
    if (!r) return [`${runName(t)}: no test ran`];
    return [
      ...[...r.failedChecks].map((c) => `${runName(t)}: ${c} failed`),
      ...r.errors.map((e) => `${runName(t)}: ${e.split('\n')[0]}`),
      ...(t.mustPass && !r.passedChecks.has(t.mustPass) ? [`${runName(t)}: ${t.mustPass} never passed`] : []),
      // A clean mock answers every request within the budget: a check left out because the target stopped
      // answering (a mutant that never responds) or the budget ran out counts as a failure here.
      ...[
        ...new Set(
          r.outcomes.flatMap((o) =>
            o.outcomes.flatMap((x) =>
              x.skipReasons.filter((s) => s.startsWith(NOT_RUN)).map((s) => `${x.check}: ${s}`),
            ),
          ),
        ),
      ].map((s) => `${runName(t)}: ${s}`),
      // A test skipped because a request was refused (its first request unanswered: nothing recorded yet).
      ...r.skips.filter((s) => s.startsWith(NOT_RUN)).map((s) => `${runName(t)}: a test skipped: ${s}`),
    ];
  });
}

/** Stryker's state in an instrumented run: the active mutant, and the mutants the run's code reached. */
interface StrykerState {
  activeMutant?: string;
  mutantCoverage?: { static: Record<string, number>; perTest: Record<string, Record<string, number>> };
}

/**
 * The mutants the dry run (no active mutant) reached, saved in Stryker's sandbox: a mutant in code no clean
 * run reaches cannot change what the suite sees, so its run is skipped (it survives) instead of costing a
 * whole conformance run. Stryker's command runner has no coverage analysis of its own.
 */
const COVERAGE_FILE = join(__dirname, '..', '..', '.stryker-reached.json');

/** Whether the active mutant is one the dry run never reached (so it survives without a run). */
function unreached(stryker: StrykerState | undefined): boolean {
  if (!stryker?.activeMutant || !existsSync(COVERAGE_FILE)) return false;
  return !(JSON.parse(readFileSync(COVERAGE_FILE, 'utf8')) as string[]).includes(stryker.activeMutant);
}

/** After the dry run: saves the mutants its code reached. */
function saveReached(stryker: StrykerState | undefined): void {
  if (!stryker || stryker.activeMutant) return;
  const cov = stryker.mutantCoverage;
  const reached = new Set([
    ...Object.keys(cov?.static ?? {}),
    ...Object.values(cov?.perTest ?? {}).flatMap((t) => Object.keys(t)),
  ]);
  writeFileSync(COVERAGE_FILE, JSON.stringify([...reached]));
}

async function main(): Promise<void> {
  const stryker = (globalThis as { __stryker__?: StrykerState }).__stryker__;
  if (unreached(stryker)) {
    process.stdout.write(`mutant ${stryker?.activeMutant}: no clean run reaches it (survives)\n`);
    return;
  }
  const targets = cleanTargets();
  // Fail-fast when a mutant is active: the first failed check kills it, the rest of the run is not needed. The
  // dry run (no active mutant) runs whole, so it reaches every mutant the suite can.
  const run = await runSelfCheck(targets, { failFast: Boolean(stryker?.activeMutant) });
  saveReached(stryker);
  const found = problems(targets, run.results);
  if (run.code !== 0 && found.length === 0) found.push(`the run ended with ${run.code}: ${run.output.slice(-500)}`);
  process.stdout.write(`${targets.length} clean targets in ${run.seconds.toFixed(1)} s\n`);
  for (const line of found) process.stdout.write(`${line}\n`);
  process.exitCode = found.length > 0 ? 1 : 0;
}

main().catch((err: unknown) => {
  process.stderr.write(`mutation test command: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
