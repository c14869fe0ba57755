/**
 * `npm run traffic -- <file.har> [--api-version V] [--out DIR]`: checks recorded traffic (HAR 1.2: browsers,
 * proxies, Playwright, or a conformance run with FACE_SAVE_HAR) against the contract, and writes the same
 * report as a live run (index.html, summary.json, junit.xml; default reports/out/traffic).
 * Exit 0 no failure, 1 a failure, 2 a usage error or an unreadable HAR (one line naming the entry).
 */
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSummary } from '../reports/aggregate';
import type { TestRun } from '../reports/model';
import type { TestOutcomes } from '../runner';
import { writeReport } from '../reports/write';
import { requireCompleteFromEnv } from '../reports/verdict';
import { CONTRACT_VERSIONS, isContractVersion } from '../schemas';
import { checksForVersion } from '../checks';
import { HarError, loadHar } from '../traffic/load';
import { checkTraffic } from '../traffic/run';
import { printableLine } from '../wire';
import { UsageError, runMain } from './usage';

const USAGE = 'usage: npm run traffic -- <file.har> [--api-version V] [--out DIR]';

/** Runs the command; `out` receives the printed lines. Returns the exit code (UsageError for code 2). */
export function trafficMain(
  argv: string[],
  print: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): number {
  // Lines quote a recording (URLs, methods, messages): control characters are escaped before they print.
  const out = (line: string): void => print(printableLine(line));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'api-version': { type: 'string' }, out: { type: 'string' } },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; ${USAGE}`);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) throw new UsageError(`expected one HAR file; ${USAGE}`);
  const override = parsed.values['api-version'];
  if (override !== undefined && !isContractVersion(override)) {
    throw new UsageError(`unknown API version "${override}"; use one of ${CONTRACT_VERSIONS.join(', ')}`);
  }
  const started = Date.now();
  let result;
  try {
    result = checkTraffic(loadHar(file), file, override);
  } catch (err) {
    if (err instanceof HarError) throw new UsageError(err.message);
    throw err;
  }
  const omitted = (o: TestOutcomes): number => Object.values(o.omittedFailures ?? {}).reduce((a, b) => a + b, 0);
  const failures = result.versions.reduce((n, v) => n + v.outcomes.failures.length + omitted(v.outcomes), 0);
  const status = failures > 0 ? 'failed' : 'passed';
  const tests: TestRun[] = result.versions.map(({ version, outcomes }) => ({
    title: `recorded traffic ${basename(file)} (${version})`,
    location: file,
    status: outcomes.failures.length > 0 ? 'failed' : 'passed',
    durationMs: Date.now() - started,
    errors: [],
    outcomes,
  }));
  const summary = buildSummary(
    tests,
    {
      target: `recorded traffic: ${file}`,
      apiVersion: result.versions[0]?.version ?? override ?? CONTRACT_VERSIONS[0],
      seed: 0,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      status,
    },
    {
      registered: checksForVersion(String(result.versions[0]?.version ?? override ?? '')),
      requireComplete: requireCompleteFromEnv(),
    },
  );
  const dir = resolve(parsed.values.out ?? join('reports', 'out', 'traffic'));
  writeReport(dir, summary, []);
  const versions = result.versions.map((v) => `${v.version}: ${v.outcomes.requests}`).join(', ') || 'none';
  out(
    `traffic: ${file}: ${result.entries} entries; API exchanges by version ${versions}; ${result.notApi.length} not part of the API`,
  );
  for (const n of result.notApi.slice(0, 20))
    out(`  not part of the API: entry ${n.index} ${n.method} ${n.url} (${n.reason})`);
  for (const f of summary.failures.slice(0, 20)) {
    out(
      `  ${f.id} ${f.check} on ${f.operation} at ${f.pointer || '/'}: ${f.message} (expected ${f.expected}, received ${f.received}) ${f.replay.split('#')[1]?.trim() ?? ''}`,
    );
  }
  if (summary.failures.length > 20) out(`  … and ${summary.failures.length - 20} more listed in the report`);
  for (const o of summary.failuresOmitted ?? [])
    out(`  … and ${o.count} more failure(s) of ${o.check}, counted in the report's matrix but not listed`);
  out(
    `traffic: ${failures} failure(s), verdict ${summary.run.verdict}; report in ${join(dir, 'index.html')} (summary.json, junit.xml beside it)`,
  );
  // The exit code is the report's verdict (reports/verdict.ts), as for a live run.
  return summary.run.exitCode;
}

if (require.main === module) runMain('traffic', () => trafficMain(process.argv.slice(2)));
