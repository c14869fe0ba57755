/**
 * `npm run bench:traffic`: `npm run traffic` on a synthetic HAR of 10 000 and of 100 000 entries
 * (bench/largeHar.ts), each in its own process, back to back: wall time, peak memory (the child's
 * max RSS) and the ratio. Issue 21's goal is about ten times the time for ten times the entries.
 * Prints a `BENCH` line for `npm run bench`. Not a test.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largeHar } from './largeHar';
import { runTraffic } from './runTraffic';

function measure(dir: string, entries: number): { ms: number; rssMb: number; code: number; mb: number } {
  const file = join(dir, `${entries}.har`);
  writeFileSync(file, JSON.stringify(largeHar(entries)));
  const run = runTraffic([file, '--out', join(dir, `out-${entries}`)]);
  if (run.code !== 1)
    throw new Error(`the traffic command on ${entries} entries exited ${run.code}: ${run.stderr.slice(-2000)}`);
  const { ms, peakMb: rssMb, code } = run;
  return { ms, rssMb, code, mb: statSync(file).size / 1024 / 1024 };
}

{
  const dir = mkdtempSync(join(tmpdir(), 'bench-traffic-'));
  try {
    const small = measure(dir, 10_000);
    const large = measure(dir, 100_000);
    for (const [n, r] of [
      [10_000, small],
      [100_000, large],
    ] as const) {
      const html = statSync(join(dir, `out-${n}`, 'index.html')).size / 1024 / 1024;
      console.log(
        `${n} entries (${r.mb.toFixed(0)} MB HAR): ${(r.ms / 1000).toFixed(1)} s, peak ${r.rssMb} MB, exit ${r.code}, index.html ${html.toFixed(1)} MB`,
      );
    }
    console.log(`time ratio 100k / 10k: ${(large.ms / small.ms).toFixed(1)} (goal about 10)`);
    console.log(`BENCH\ttraffic 100k vs 10k entries (ms)\t100k\t${large.ms}\t10k\t${small.ms}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
