/**
 * `npm run validate -- <Definition> <file.json> [--api-version V]`: validates a JSON file against one
 * documented definition. Exit 0 valid, 1 invalid (each violation printed with its JSON pointer), 2 usage error.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CONTRACT_VERSIONS, DEFAULT_API_VERSION, conflictFor, isContractVersion, registry } from '../schemas';
import { UsageError, runMain } from './usage';

const USAGE = 'usage: npm run validate -- <Definition> <file.json> [--api-version V]';

export function validateMain(
  argv: string[],
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { 'api-version': { type: 'string' } } });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; ${USAGE}`);
  }
  const [definition, file, ...rest] = parsed.positionals;
  if (!definition || !file || rest.length > 0) throw new UsageError(`expected a definition and a file; ${USAGE}`);
  const version = parsed.values['api-version'] ?? DEFAULT_API_VERSION;
  if (!isContractVersion(version)) {
    throw new UsageError(`unknown API version "${version}"; use one of ${CONTRACT_VERSIONS.join(', ')}`);
  }
  const reg = registry();
  if (!reg.has(version, definition)) {
    throw new UsageError(
      `unknown definition "${definition}" for ${version}; known: ${reg.definitionNames(version).join(', ')}`,
    );
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; check the path`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file} is not JSON (${(err as Error).message}); pass a JSON document`);
  }
  const violations = reg.validate(version, definition, value);
  if (violations.length === 0) {
    out(`${file}: valid ${definition} (${version})`);
    return 0;
  }
  out(`${file}: ${violations.length} violation(s) of ${definition} (${version})`);
  for (const v of violations) {
    const conflict = conflictFor(definition, v.schemaPath);
    const note = conflict ? `  [documented conflict: ${conflict.id}]` : '';
    out(`  ${v.instancePath || '/'}  ${v.keyword}: ${v.message}  (schema ${v.schemaPath})${note}`);
  }
  return 1;
}

if (require.main === module) runMain('validate', () => validateMain(process.argv.slice(2)));
