/**
 * `npm run bench`: one table of throughput ratios, each pair measured back to back in the same run:
 * the suite against raw Playwright `request`, the generators against validation alone, and the mock
 * against bare `node:http`, mock paging at 10,000 against 2,500 sessions, and the self-check's seconds per
 * target against a single-target run, and `npm run traffic` at 100,000 against 10,000 entries. Each script
 * prints a `BENCH` line per pair; this collects them. Not a test.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
const rows: string[] = [];
for (const script of ['suite.ts', 'generators.ts', 'mock.ts', 'paging.ts', 'selfcheck.ts', 'traffic.ts']) {
  const run = spawnSync(tsx, [join(__dirname, script)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) process.exitCode = 1;
  for (const line of run.stdout.split('\n').filter((l) => l.startsWith('BENCH\t'))) {
    const [, measure, aLabel, a, bLabel, b] = line.split('\t');
    rows.push(`| ${measure} | ${aLabel}: ${a} | ${bLabel}: ${b} | ${(Number(a) / Number(b)).toFixed(2)} |`);
  }
}
console.log(['| pair | measured | baseline | ratio |', '|---|---|---|---|', ...rows].join('\n'));
