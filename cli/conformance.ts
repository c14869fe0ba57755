/**
 * `npm run conformance [-- <playwright args>]`: runs the conformance suite against FACE_ENDPOINT, or
 * against the embedded mock when none is configured. Exit 0 all checks passed, 1 a check failed,
 * 2 a configuration error (one line naming the variable and the fix).
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../specs/core/config';
import { UsageError, runMain } from './usage';

function main(argv: string[]): number {
  loadDotenv({ quiet: true });
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
  const target = config.endpoint ?? 'the embedded mock (no FACE_ENDPOINT set)';
  process.stdout.write(
    `conformance: ${target}, API ${config.apiVersion}, seed ${config.seed}${config.readOnly ? ', read-only' : ''}\n`,
  );
  const bin = join(__dirname, '..', 'node_modules', '.bin', 'playwright');
  const run = spawnSync(bin, ['test', '--project=conformance', ...argv], {
    stdio: 'inherit',
    env: { ...process.env, LIVENESS_SUITE: '1' },
  });
  const report = resolve(config.reportDir);
  process.stdout.write(`conformance: report in ${join(report, 'index.html')} (summary.json, junit.xml beside it)\n`);
  if (run.status === 0) return 0;
  if (run.status === 1) return 1;
  throw new UsageError(`the test runner ended with ${run.status ?? run.signal}; see its output above`);
}

if (require.main === module) runMain('conformance', () => main(process.argv.slice(2)));
