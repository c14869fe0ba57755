/**
 * Writes mock/FAULTS.md from the catalogue in mock/faults.ts: `npx tsx mock/writeFaultsTable.ts`.
 * A test fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FaultContract } from './faults';
import { FAULTS } from './faults';

const cell = (text: string): string => text.replace(/\|/g, '\\|');
const CONTRACT_NAMES: Record<FaultContract, string> = {
  preview: 'previews',
  ga: 'GA design',
  attemptLimitAndSettings: 'attempt limit & settings',
};
const contractName = (c: FaultContract): string => CONTRACT_NAMES[c];

/** The FAULTS.md text: one table row per fault, in catalogue order. */
export function faultsTable(): string {
  const rows = FAULTS.map(
    (f) =>
      `| \`${f.name}\` | ${cell(f.category)} | ${cell(f.rule)} | ${cell(f.behaviour)} | ${f.contracts.map(contractName).join(', ')} |`,
  );
  return [
    '# Planted faults of the reference mock',
    '',
    'Generated from `mock/faults.ts` by `npx tsx mock/writeFaultsTable.ts`; do not edit by hand.',
    'Switch faults on with `npm run mock -- --fault <name>` (repeatable), `MOCK_FAULTS=a,b`, or',
    '`startMock({ faults: [...] })`. Each breaks exactly one rule of `/work/shared/CONTRACT.md`.',
    '',
    `${FAULTS.length} faults.`,
    '',
    '| fault | category | rule broken (CONTRACT.md) | what the mock does | shows in |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

if (require.main === module) writeFileSync(join(__dirname, 'FAULTS.md'), faultsTable());
