import { expect, test } from '@playwright/test';
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import tseslint from 'typescript-eslint';
import { ROOT } from '../specs/run';

/** eslint.layers.mjs, the import table as data (ESM, loaded as the lint config loads it). */
interface Layers {
  FOLDERS: string[];
  ENTRY_ONLY: string[];
  LAYERS: Record<string, string[]>;
  FAULTS_IMPORTERS: string[];
  layersConfig: object;
}
const layers = (): Promise<Layers> => import(pathToFileURL(join(ROOT, 'eslint.layers.mjs')).href) as Promise<Layers>;

/** Lints one line of source as if it were the file `file` (relative to the root), with only the layer rule. */
async function violations(file: string, source: string): Promise<string[]> {
  const { layersConfig } = await layers();
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [layersConfig, { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }],
  });
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
  return result.messages.map((m) => m.message);
}

/** ARCHITECTURE.md's import table: folder → the folders in its "may import" column. */
function documentedTable(): Record<string, string[]> {
  const text = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const rows: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const folder = /^`([a-z]+)\/`$/.exec(cells[1] ?? '')?.[1];
    if (!folder || cells.length < 5) continue;
    rows[folder] = [...cells[3].matchAll(/`([a-z]+)\/?`/g)].map((m) => m[1]).filter((f) => f !== folder);
  }
  return rows;
}

test('ARCHITECTURE.md states the same import table the lint rule enforces', async () => {
  const { LAYERS } = await layers();
  const documented = documentedTable();
  expect(Object.keys(documented).sort()).toEqual(Object.keys(LAYERS).sort());
  for (const [folder, may] of Object.entries(LAYERS))
    expect([folder, documented[folder].sort()]).toEqual([folder, [...may].sort()]);
});

test('every row of the table: an allowed import lints clean and a forbidden one fails', async () => {
  const { FOLDERS, LAYERS } = await layers();
  for (const from of FOLDERS) {
    for (const to of FOLDERS) {
      if (to === from) continue;
      const found = await violations(`${from}/probe.ts`, `import { x } from '../${to}';\nexport const y = x;\n`);
      if (LAYERS[from].includes(to)) expect([from, to, found]).toEqual([from, to, []]);
      else
        expect([from, to, found.join()]).toEqual([
          from,
          to,
          expect.stringContaining(`${from}/ must not import ${to}/`),
        ]);
    }
  }
});

test('entry points: a module inside checks/, runner/ or wire/ is imported only through its index', async () => {
  expect(await violations('reports/probe.ts', `import { x } from '../runner';\nexport const y = x;\n`)).toEqual([]);
  expect(
    (await violations('reports/probe.ts', `import { x } from '../runner/client';\nexport const y = x;\n`)).join(),
  ).toContain("only through its entry point 'runner'");
  expect((await violations('tests/specs/probe.ts', `export * from '../../checks/registry';\n`)).join()).toContain(
    'entry point',
  );
  expect((await violations('traffic/probe.ts', `export const m = import('../wire/request');\n`)).join()).toContain(
    'entry point',
  );
  // Inside a folder every module is reachable.
  expect(await violations('runner/probe.ts', `import { x } from './model/commands';\nexport const y = x;\n`)).toEqual(
    [],
  );
});

test('only mock/, tests/mock, tests/selfcheck and bench/ import the planted faults', async () => {
  const line = (depth: number) =>
    `import { FAULTS } from '${'../'.repeat(depth)}mock/faults';\nexport const f = FAULTS;\n`;
  expect(await violations('tests/selfcheck/probe.ts', line(2))).toEqual([]);
  expect(await violations('tests/mock/probe.ts', line(2))).toEqual([]);
  expect(await violations('bench/probe.ts', line(1))).toEqual([]);
  expect((await violations('tests/reports/probe.ts', line(2))).join()).toContain('does not know the faults');
  expect((await violations('specs/probe.ts', line(1))).join()).toContain('must not import mock/faults.ts');
  expect(
    (await violations('specs/probe.ts', `import { x } from '../mock/server';\nexport const y = x;\n`)).join(),
  ).toContain('entry point');
});
