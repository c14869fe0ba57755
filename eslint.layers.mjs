import path from 'node:path';
// The import table of ARCHITECTURE.md as data: which of our folders each folder may import, and which of them
// only through their entry point (`../runner`, never `../runner/client`). eslint.config.mjs turns it into
// no-restricted-imports rules; tests/lint/layers.spec.ts proves every row is enforced and matches ARCHITECTURE.md.

/** Every top-level folder of ours that code lives in. */
export const FOLDERS = [
  'schemas',
  'wire',
  'rules',
  'generators',
  'checks',
  'mock',
  'runner',
  'specs',
  'reports',
  'traffic',
  'cli',
  'bench',
  'tests',
];

/** Folders whose consumers outside them import only their entry point (index.ts). */
export const ENTRY_ONLY = ['checks', 'runner', 'wire'];

/** folder → the folders it may import (itself always). */
export const LAYERS = {
  schemas: [],
  wire: [],
  rules: ['schemas'],
  generators: ['schemas', 'wire'],
  checks: ['schemas', 'wire'],
  mock: ['schemas'],
  runner: ['schemas', 'wire', 'generators', 'checks'],
  specs: ['schemas', 'wire', 'generators', 'checks', 'runner', 'mock'],
  reports: ['schemas', 'rules', 'checks', 'runner'],
  traffic: ['schemas', 'wire', 'checks', 'runner'],
  cli: ['schemas', 'wire', 'rules', 'generators', 'checks', 'mock', 'runner', 'reports', 'traffic'],
  bench: ['schemas', 'wire', 'rules', 'generators', 'checks', 'mock', 'runner', 'reports', 'traffic', 'tests'],
  tests: FOLDERS.filter((f) => f !== 'tests'),
};

/** Where the planted faults may be imported from: the suite must not know them. */
export const FAULTS_IMPORTERS = ['mock', 'tests/mock', 'tests/selfcheck', 'bench'];

/**
 * The layer of a file or import target: its top-level folder, and whether it is a module inside
 * a folder rather than the folder's entry point. `tests/mock/x.ts` is in `tests/mock` for FAULTS_IMPORTERS.
 */
function locate(root, absolute) {
  const rel = path.relative(root, absolute).split(path.sep);
  return { folder: rel[0], rest: rel.slice(1), rel: rel.join('/') };
}

/** Whether `file` (relative to the root) may import mock/faults.ts. */
function mayImportFaults(rel) {
  return FAULTS_IMPORTERS.some((f) => rel === f || rel.startsWith(`${f}/`));
}

/** The message for an import that breaks the table, or undefined. Exported for tests/lint. */
export function layerViolation(root, filename, source) {
  if (!source.startsWith('.')) return undefined;
  const from = locate(root, filename);
  if (!FOLDERS.includes(from.folder)) return undefined;
  const target = locate(root, path.resolve(path.dirname(filename), source));
  if (target.folder === from.folder || !FOLDERS.includes(target.folder)) return undefined;
  if (!LAYERS[from.folder].includes(target.folder))
    return `${from.folder}/ must not import ${target.folder}/ (ARCHITECTURE.md, import table)`;
  const inside = target.rest.length > 0 && !(target.rest.length === 1 && /^index(\.ts)?$/.test(target.rest[0]));
  if (inside && target.folder === 'mock' && target.rest.join('/').replace(/\.ts$/, '') === 'faults') {
    if (!mayImportFaults(from.rel))
      return `${from.folder}/ must not import mock/faults.ts: the suite does not know the faults`;
    return undefined;
  }
  if (inside && (ENTRY_ONLY.includes(target.folder) || (from.folder === 'specs' && target.folder === 'mock')))
    return `${from.folder}/ imports ${target.folder}/ only through its entry point '${target.folder}' (ARCHITECTURE.md)`;
  return undefined;
}

/** The ESLint rule `layers/import-table`: every relative import, re-export and dynamic import is checked. */
const importTable = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const root = context.cwd;
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const message = layerViolation(root, context.filename, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** The ESLint config object that enforces the table on every TypeScript file. */
export const layersConfig = {
  files: ['**/*.ts'],
  plugins: { layers: { rules: { 'import-table': importTable } } },
  rules: { 'layers/import-table': 'error' },
};
