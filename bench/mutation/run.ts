/**
 * `npm run bench:mutation [-- <stryker options>]`: Stryker over the mock (bench/mutation/stryker.config.json:
 * the command runner, bench/mutation/cleanRun.ts as the test command, incremental), then the score per mock
 * folder and every survivor the legal register does not name. Options go to Stryker, e.g.
 * `-- --mutate mock/query.ts` (one file), `-- --mutate mock/query.ts:20-30 --force` (retest those lines
 * after a check changed: the command runner has one test, so an incremental run never retests a survivor).
 * `-- --versions v1.2` runs only that version's clean targets (a file one design serves).
 * `-- --score` prints the score of the committed result without running Stryker (`--write`: into the README). Not a test, not in CI.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readMutants } from './report';
import { isBlindSpot, scoreByFolder, scoreTable, withTable } from './score';

const root = join(__dirname, '..', '..');

function main(): number {
  const argv = process.argv.slice(2);
  // --versions a,b: the fast profile of a file one design serves (MUTATION_VERSIONS for the test command).
  const at = argv.indexOf('--versions');
  const versions = at >= 0 ? argv[at + 1] : undefined;
  const args = at >= 0 ? [...argv.slice(0, at), ...argv.slice(at + 2)] : argv;
  if (!args.includes('--score')) {
    const stryker = join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
    const run = spawnSync(process.execPath, [stryker, 'run', 'bench/mutation/stryker.config.json', ...args], {
      cwd: root,
      stdio: 'inherit',
      env: versions ? { ...process.env, MUTATION_VERSIONS: versions } : process.env,
    });
    if (run.status !== 0) return run.status ?? 1;
  }
  // The result Stryker wrote: its --incrementalFile when given (a copy kept apart), else the committed one.
  const file = args.indexOf('--incrementalFile');
  const mutants = file >= 0 ? readMutants(resolve(root, args[file + 1])) : readMutants();
  const table = scoreTable(scoreByFolder(mutants));
  process.stdout.write(`\nMutation score of the mock (killed / (killed + survived)):\n${table}\n`);
  if (args.includes('--write')) {
    const readme = join(root, 'README.md');
    writeFileSync(readme, withTable(readFileSync(readme, 'utf8'), table));
  }
  const blind = mutants.filter(isBlindSpot);
  process.stdout.write(`\n${blind.length} survivor(s) not in the legal register (bench/mutation/legalMutants.ts):\n`);
  for (const m of blind)
    process.stdout.write(
      `  ${m.file}:${m.line} ${m.mutatorName}: ${m.original.split('\n')[0].slice(0, 80)} → ${m.replacement.split('\n')[0].slice(0, 60)}\n`,
    );
  return 0;
}

process.exitCode = main();
