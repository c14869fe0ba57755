/**
 * `npm run diff -- <fromVersion> <toVersion> [--out DIR] [--fail-on-breaking]`: compares two versions'
 * contracts and writes `<DIR>/<from>__<to>.html` and `.json` (DIR defaults to reports/diff), then prints a
 * summary with each breaking change. Exit 0 done (breaking changes or not), 1 breaking changes with
 * `--fail-on-breaking`, 2 usage error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTRACT_VERSIONS, isContractVersion } from '../schemas';
import type { ContractDiff } from '../schemas/diff';
import { diffContracts } from '../schemas/diff';
import { diffHtml } from './diffHtml';
import { UsageError, runMain } from './usage';

const USAGE = 'usage: npm run diff -- <fromVersion> <toVersion> [--out DIR] [--fail-on-breaking]';

/** The summary lines: counts, then one line per breaking change. */
export function summaryLines(diff: ContractDiff): string[] {
  const { total, breaking, nonBreaking } = diff.counts;
  const lines = [
    `diff ${diff.from} → ${diff.to}: ${total} change(s), ${breaking} breaking, ${nonBreaking} not breaking`,
  ];
  for (const c of diff.changes.filter((x) => x.breaking)) {
    const subject = c.subject ? ` ${c.subject}` : '';
    const values = c.before || c.after ? ` (${c.before ?? '–'} → ${c.after ?? '–'})` : '';
    lines.push(`  BREAKING ${c.kind}: ${c.operation}${subject}${values} — ${c.reason}`);
  }
  return lines;
}

/** Runs the command; returns its exit code. */
export function diffMain(argv: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, 'fail-on-breaking': { type: 'boolean' } },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; ${USAGE}`);
  }
  const [from, to, ...rest] = parsed.positionals;
  if (!from || !to || rest.length > 0) throw new UsageError(`expected two versions; ${USAGE}`);
  const unknown = (v: string): UsageError =>
    new UsageError(`unknown version "${v}"; use two of ${CONTRACT_VERSIONS.join(', ')}`);
  if (!isContractVersion(from)) throw unknown(from);
  if (!isContractVersion(to)) throw unknown(to);
  if (from === to) throw new UsageError(`"${from}" given twice; compare two different versions`);
  const diff = diffContracts(from, to);
  const dir = parsed.values.out ?? join('reports', 'diff');
  const base = join(dir, `${from}__${to}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${base}.json`, `${JSON.stringify(diff, null, 2)}\n`);
  writeFileSync(`${base}.html`, diffHtml(diff));
  for (const line of summaryLines(diff)) out(line);
  out(`report: ${base}.html (${base}.json beside it)`);
  return parsed.values['fail-on-breaking'] && diff.counts.breaking > 0 ? 1 : 0;
}

if (require.main === module) runMain('diff', () => diffMain(process.argv.slice(2)));
