import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rule } from './types';
import { v12Rules } from './v12';
import { v12PreviewRules } from './v12preview';
import { v13Rules } from './v13';

/**
 * The committed snapshot of the rules extracted from the OpenAPI excerpts, with their coverage. The test
 * re-extracts and compares: a changed excerpt (or a suite schema that stops stating a rule) fails it until
 * the change is reviewed and `npm run rules:export` rewrites the snapshot.
 */
export const SNAPSHOT_FILE = join(__dirname, 'generated', 'openapi-rules.json');

/** The rules of the OpenAPI excerpts (extracted, and the v1.2 prose ones beside them), as the snapshot stores them. */
export function extractedRules(v12Text?: string): Rule[] {
  return [...v12PreviewRules(), ...v12Rules(v12Text), ...v13Rules()];
}

/** The snapshot text for the current excerpts (or for another v1.2 excerpt text). */
export function snapshotText(v12Text?: string): string {
  return `${JSON.stringify(extractedRules(v12Text), null, 1)}\n`;
}

/** The committed snapshot text. */
export function committedSnapshot(): string {
  return readFileSync(SNAPSHOT_FILE, 'utf8');
}

/** Rewrites the snapshot (`npm run rules:export`). */
export function writeSnapshot(): void {
  writeFileSync(SNAPSHOT_FILE, snapshotText());
}
