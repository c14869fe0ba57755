import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readmeSummary } from '../../cli/rules';
import { DEFAULT_API_VERSION, SUPPORTED_VERSIONS } from '../../schemas';

const ROOT = join(__dirname, '..', '..');

/** The `.env.example` line that lists the versions (the one above `FACE_API_VERSION=`). */
export const ENV_LINE = /^# v\S+ \(default\).*$/m;

/** The README's list of versions in "Upgrading API versions": the parenthesis after "compares two contracts". */
export const README_LIST = /(compares two\ncontracts )\(`v[^)]*\)/;

/** The README's rule counts per version (`tests/rules/cli.spec.ts` checks them against `readmeSummary()`). */
export const RULES_SUMMARY = /(<!-- rules-summary:start[^\n]*\n)[\s\S]*?(\n<!-- rules-summary:end -->)/;

/** `.env.example`'s line, from the contract table: every supported version, the default marked. */
export function envLine(): string {
  const named = SUPPORTED_VERSIONS.map((v) => (v === DEFAULT_API_VERSION ? `${v} (default)` : v));
  return `# ${named.slice(0, -1).join(', ')} or ${named.at(-1)} (the versions of schemas/contract/table.ts).`;
}

/** The README's list, from the contract table. */
export function readmeList(): string {
  return `(${SUPPORTED_VERSIONS.map((v) => `\`${v}\``).join(', ')})`;
}

/** Both documents with their lists, and the README's rule counts, rewritten from the tables (what `--write` saves). */
export function rewritten(): { env: string; readme: string } {
  const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
  return {
    env: read('.env.example').replace(ENV_LINE, envLine()),
    readme: read('README.md')
      .replace(README_LIST, (_, lead: string) => `${lead}${readmeList()}`)
      .replace(RULES_SUMMARY, (_, start: string, end: string) => `${start}${readmeSummary()}${end}`),
  };
}

// `npx tsx tests/schemas/versionLists.ts --write`: rewrites both lists and the rule counts after a version joins the table.
if (require.main === module && process.argv.includes('--write')) {
  const { env, readme } = rewritten();
  writeFileSync(join(ROOT, '.env.example'), env);
  writeFileSync(join(ROOT, 'README.md'), readme);
}
