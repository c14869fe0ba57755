import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderHtml } from './html';
import { renderJunit } from './junit';
import type { Summary } from './model';
import { scrubText, scrubValue } from './secrets';

/** Writes `index.html`, `summary.json` and `junit.xml` into `dir`, scrubbed of `secrets`; returns their paths. */
export function writeReport(dir: string, summary: Summary, secrets: readonly string[]): string[] {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const clean = scrubValue(summary, secrets);
  const files: [string, string][] = [
    ['index.html', renderHtml(clean)],
    ['summary.json', `${JSON.stringify(clean, null, 2)}\n`],
    ['junit.xml', renderJunit(clean)],
  ];
  return files.map(([name, text]) => {
    const path = join(out, name);
    writeFileSync(path, scrubText(text, secrets));
    return path;
  });
}
