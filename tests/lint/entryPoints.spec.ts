/**
 * Entry points export what other folders use (issue 22): `runner/index.ts` and `checks/index.ts` name each
 * export, and every name is imported by a file outside the folder (a module's helpers stay inside it). And
 * every folder of code is type-checked: tsconfig.json's `include` lists each folder of the import table.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ROOT } from '../specs/run';

/** eslint.layers.mjs's folder list (ESM, loaded as the lint config loads it). */
const folders = async (): Promise<string[]> =>
  ((await import(pathToFileURL(join(ROOT, 'eslint.layers.mjs')).href)) as { FOLDERS: string[] }).FOLDERS;

/** Every .ts file under a folder of the repository. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const parse = (file: string): ts.SourceFile =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);

/** The names a file imports (or re-exports) from the entry point `entry` (a folder's absolute path). */
function namesFrom(file: string, entry: string): string[] {
  const names: string[] = [];
  for (const node of parse(file).statements) {
    if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node))) continue;
    const spec = node.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec) || !spec.text.startsWith('.')) continue;
    if (resolve(dirname(file), spec.text).replace(/\/index(\.ts)?$/, '') !== entry) continue;
    const bindings = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : node.exportClause;
    if (bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings)))
      for (const e of bindings.elements) names.push((e.propertyName ?? e.name).text);
  }
  return names;
}

/** The names an entry point (`<folder>/index.ts`) exports; an `export *` fails (every export is named). */
function exportedNames(folder: string): string[] {
  const exported: string[] = [];
  for (const node of parse(join(ROOT, folder, 'index.ts')).statements) {
    if (!ts.isExportDeclaration(node)) continue;
    // `export *` would export whatever a module adds: every export is named here.
    expect(node.exportClause, `an \`export *\` in ${folder}/index.ts`).toBeDefined();
    if (node.exportClause && ts.isNamedExports(node.exportClause))
      for (const e of node.exportClause.elements) exported.push(e.name.text);
  }
  for (const node of parse(join(ROOT, folder, 'index.ts')).statements)
    if (ts.isVariableStatement(node) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
      for (const d of node.declarationList.declarations) if (ts.isIdentifier(d.name)) exported.push(d.name.text);
  return exported;
}

for (const [folder, atLeast] of [
  ['runner', 50],
  ['checks', 40],
] as const) {
  test(`${folder}/index.ts exports by name only what files outside ${folder}/ import`, async () => {
    const entry = join(ROOT, folder);
    const exported = exportedNames(folder);
    const outside = (await folders()).filter((f) => f !== folder).flatMap((f) => sources(join(ROOT, f)));
    outside.push(
      ...readdirSync(ROOT)
        .filter((n) => n.endsWith('.config.ts'))
        .map((n) => join(ROOT, n)),
    );
    const imported = new Set(outside.flatMap((file) => namesFrom(file, entry)));
    const unused = exported.filter((name) => !imported.has(name));
    expect(unused, `exported by ${folder}/index.ts but imported by no file outside ${folder}/`).toEqual([]);
    expect(exported.length).toBeGreaterThan(atLeast);
  });
}

test("every folder of code is type-checked: tsconfig.json's include lists each", async () => {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile).config as { include: string[] };
  for (const folder of await folders()) expect(config.include, folder).toContain(folder);
});
