import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTRACT_TABLE, CONTRACT_VERSIONS, DEFAULT_API_VERSION, SUPPORTED_VERSIONS } from '../../schemas';
import { ENV_LINE, README_LIST, envLine, readmeList, rewritten } from './versionLists';

const ROOT = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

// Documents that list the versions are generated from the contract table (`npx tsx tests/schemas/versionLists.ts
// --write`), so a new version is not forgotten in them.
test('.env.example and the README\'s "Upgrading API versions" list exactly the contract table\'s versions', () => {
  expect(Object.keys(CONTRACT_TABLE)).toEqual([...SUPPORTED_VERSIONS]);
  expect([...CONTRACT_VERSIONS]).toEqual([...SUPPORTED_VERSIONS]);
  const env = read('.env.example');
  expect(env.match(ENV_LINE)?.[0], 'run npx tsx tests/schemas/versionLists.ts --write').toBe(envLine());
  expect(env).toContain(`FACE_API_VERSION=${DEFAULT_API_VERSION}`);
  const readme = read('README.md');
  expect(readme.match(README_LIST)?.[0], 'run npx tsx tests/schemas/versionLists.ts --write').toContain(readmeList());
  const start = readme.indexOf('**Upgrading API versions.**');
  const section = readme.slice(start, readme.indexOf('\n\n', start));
  for (const version of SUPPORTED_VERSIONS) expect(section, `README names ${version}`).toContain(`\`${version}\``);
  expect(rewritten()).toEqual({ env, readme });
});
