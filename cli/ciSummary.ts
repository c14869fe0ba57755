/**
 * Prints the closing line CI reads, `N passed, N failed, N skipped`, from Playwright's JSON report
 * (`reports/self/results.json`). A missing report (the run died before tests) counts as one failure.
 */
import { existsSync, readFileSync } from 'node:fs';

interface Stats {
  expected: number;
  unexpected: number;
  flaky: number;
  skipped: number;
}

const file = process.argv[2] ?? 'reports/self/results.json';
const extraFailures = Number(process.argv[3] ?? 0);
if (!existsSync(file)) {
  process.stdout.write(`0 passed, ${1 + extraFailures} failed\n`);
} else {
  const stats = (JSON.parse(readFileSync(file, 'utf8')) as { stats: Stats }).stats;
  const passed = stats.expected + stats.flaky;
  process.stdout.write(`${passed} passed, ${stats.unexpected + extraFailures} failed, ${stats.skipped} skipped\n`);
}
