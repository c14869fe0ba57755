/**
 * `npm run rules [-- --version V] [--check <name>] [--gaps]`: prints the rule inventory (rules/) as a table
 * per version (id, source, the checks that enforce each rule or why not), then one summary line per version.
 * `--check` lists only the rules a named check enforces (exit 2 when no check has that name). `--pending`
 * lists the rules of versions the suite does not support yet: none since v1.3-preview.1 is supported.
 */
import { parseArgs } from 'node:util';
import type { ContractVersion } from '../schemas';
import { CONTRACT_VERSIONS, isContractVersion } from '../schemas';
import type { Rule } from '../rules';
import { coverageOf, inventoryCounts, rulesFor } from '../rules';
import { allChecks } from '../checks';
import { UsageError, runMain } from './usage';

const USAGE = 'usage: npm run rules -- [--version V] [--check <name>] [--gaps] [--pending]';

/** What a rule's last column says: its checks, or why it has none. */
export function coverageText(rule: Rule): string {
  switch (coverageOf(rule)) {
    case 'checked':
      return (rule.checks ?? []).join(', ');
    case 'notCheckable':
      return `not checkable: ${rule.notCheckable?.reason} (would need: ${rule.notCheckable?.wouldMakeCheckable})`;
    case 'conflict':
      return `conflict: ${rule.conflict}`;
    default:
      return `gap: ${rule.gap}`;
  }
}

/** The summary line of one version. */
export function summaryLine(version: ContractVersion): string {
  const c = inventoryCounts().find((x) => x.version === version);
  if (!c) return '';
  return `${version}: ${c.rules} rules, ${c.checked} checked, ${c.notCheckable} not checkable, ${c.conflict} conflicts, ${c.gap} gaps`;
}

export function rulesMain(argv: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        version: { type: 'string' },
        check: { type: 'string' },
        gaps: { type: 'boolean' },
        pending: { type: 'boolean' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; ${USAGE}`);
  }
  const { version, check, gaps, pending } = parsed.values;
  if (pending) return pendingMain(out);
  if (version && !isContractVersion(version)) {
    throw new UsageError(`unknown API version "${version}"; use one of ${CONTRACT_VERSIONS.join(', ')}`);
  }
  if (check && !allChecks().some((c) => c.name === check)) {
    throw new UsageError(
      `no check named "${check}"; known: ${allChecks()
        .map((c) => c.name)
        .join(', ')}`,
    );
  }
  const versions = version ? [version as ContractVersion] : [...CONTRACT_VERSIONS];
  for (const v of versions) {
    let rules = rulesFor(v);
    if (check) rules = rules.filter((r) => r.checks?.includes(check));
    if (gaps) rules = rules.filter((r) => coverageOf(r) === 'gap');
    out(`\n## ${v}${check ? ` — rules enforced by ${check}` : ''} (${rules.length})`);
    const idWidth = Math.min(70, Math.max(4, ...rules.map((r) => r.id.length)));
    out(`${'id'.padEnd(idWidth)}  ${'source'.padEnd(48)}  checks, or why not`);
    for (const r of rules) {
      const source = `${r.source.doc} ${r.source.where}`.slice(0, 48);
      out(`${r.id.padEnd(idWidth)}  ${source.padEnd(48)}  ${coverageText(r)}`);
    }
  }
  out('');
  for (const v of versions) out(summaryLine(v));
  return 0;
}

if (require.main === module) runMain('rules', () => rulesMain(process.argv.slice(2)));

/** `--pending`: the rules of versions not supported yet; every version with an excerpt is supported now. */
function pendingMain(out: (line: string) => void): number {
  out(`no version is pending: ${CONTRACT_VERSIONS.join(', ')} are all supported (npm run rules -- --version V)`);
  return 0;
}

/** The README's rule-count block: one line per version (tests/rules keeps README.md in sync with it). */
export function readmeSummary(): string {
  return CONTRACT_VERSIONS.map((v) => `- ${summaryLine(v)}`).join('\n');
}
