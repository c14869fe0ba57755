/**
 * `npm run bench:selfcheck`: the self-check's seconds per target (a planted fault or a clean mock) when
 * every target runs in its one conformance run, against the seconds of a run with a single target (the
 * fixed cost of one Playwright invocation, which the old one-run-per-fault self-check paid per fault).
 * Not a test: it prints numbers.
 */
import { runName, runSelfCheck } from '../tests/selfcheck/run';
import { TARGETS } from '../tests/selfcheck/targets';

async function main(): Promise<void> {
  const single = TARGETS.filter((t) => t.name === 'clean').slice(0, 1);
  const one = await runSelfCheck(single);
  const all = await runSelfCheck(TARGETS);
  const missing = TARGETS.filter((t) => !all.results.has(runName(t))).length;
  if (one.code !== 0 || all.code !== 0 || missing > 0) throw new Error(`a run failed (missing targets: ${missing})`);
  const faults = TARGETS.filter((t) => t.expect).length;
  const perTarget = all.seconds / TARGETS.length;
  process.stdout.write(
    [
      `self-check: ${TARGETS.length} targets (${faults} planted faults) in one run: ${all.seconds.toFixed(1)} s`,
      `one run of a single target: ${one.seconds.toFixed(1)} s`,
      `BENCH\tself-check: seconds per target\tall in one run, s/target\t${perTarget.toFixed(2)}\ta single-target run, s\t${one.seconds.toFixed(2)}`,
      '',
    ].join('\n'),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:selfcheck: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
