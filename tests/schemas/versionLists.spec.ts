import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTRACT_TABLE, CONTRACT_VERSIONS, DEFAULT_API_VERSION } from '../../schemas';

const ROOT = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

// Documents that list the versions are checked against the contract table, so a new version is not
// forgotten in them.
test('.env.example and the README\'s "Upgrading API versions" name every version of the contract table', () => {
  expect(Object.keys(CONTRACT_TABLE).sort()).toEqual([...CONTRACT_VERSIONS].sort());
  const env = read('.env.example');
  const line = env.split('\n').find((l) => l.startsWith('# v') && l.includes('(default)')) ?? '';
  for (const version of CONTRACT_VERSIONS) expect(line, `.env.example names ${version}`).toContain(version);
  expect(line).toContain(`${DEFAULT_API_VERSION} (default)`);
  expect(env).toContain(`FACE_API_VERSION=${DEFAULT_API_VERSION}`);
  const readme = read('README.md');
  const start = readme.indexOf('**Upgrading API versions.**');
  const section = readme.slice(start, readme.indexOf('\n\n', start));
  for (const version of CONTRACT_VERSIONS) expect(section, `README names ${version}`).toContain(`\`${version}\``);
});
