import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_API_VERSION, SUPPORTED_VERSIONS } from '../../schemas';

const ROOT = join(__dirname, '..', '..');

/** The `.env.example` line that lists the versions (the one above `FACE_API_VERSION=`). */
export const ENV_LINE = /^# v\S+ \(default\).*$/m;

/** The README's list of versions in "Upgrading API versions": the parenthesis after "compares two contracts". */
export const README_LIST = /(compares two\ncontracts )\(`v[^)]*\)/;

/** `.env.example`'s line, from the contract table: every supported version, the default marked. */
export function envLine(): string {
  const named = SUPPORTED_VERSIONS.map((v) => (v === DEFAULT_API_VERSION ? `${v} (default)` : v));
  return `# ${named.slice(0, -1).join(', ')} or ${named.at(-1)} (the versions of schemas/contract/table.ts).`;
}

/** The README's list, from the contract table. */
export function readmeList(): string {
  return `(${SUPPORTED_VERSIONS.map((v) => `\`${v}\``).join(', ')})`;
}

/** Both documents with their lists rewritten from the table (what `--write` saves). */
export function rewritten(): { env: string; readme: string } {
  const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
  return {
    env: read('.env.example').replace(ENV_LINE, envLine()),
    readme: read('README.md').replace(README_LIST, (_, lead: string) => `${lead}${readmeList()}`),
  };
}

// `npx tsx tests/schemas/versionLists.ts --write`: rewrites both lists after a version joins the table.
if (require.main === module && process.argv.includes('--write')) {
  const { env, readme } = rewritten();
  writeFileSync(join(ROOT, '.env.example'), env);
  writeFileSync(join(ROOT, 'README.md'), readme);
}
