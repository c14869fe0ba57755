/**
 * `npm run bench`: one table of throughput ratios, each pair measured back to back in the same run:
 * the suite against raw Playwright `request`, the generators, and the mock against bare `node:http`.
 * It runs the three benchmark scripts in turn and prints their tables. Not a test: timings are noisy.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const tsx = join(__dirname, '..', 'node_modules', '.bin', 'tsx');
for (const [title, script] of [
  ['Suite: cases checked per second vs raw Playwright request', 'suite.ts'],
  ['Generators: cases generated and validated per second', 'generators.ts'],
  ['Mock: list of 1,000 sessions vs bare node:http', 'mock.ts'],
] as const) {
  process.stdout.write(`\n## ${title}\n\n`);
  const run = spawnSync(tsx, [join(__dirname, script)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) process.exitCode = 1;
}
