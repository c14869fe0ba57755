import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Family } from '../schemas';

/** A session this run created, so that it — and only it — is deleted at the end. */
export interface LedgerEntry {
  event: 'created' | 'deleted';
  family: Family;
  id: string;
}

/**
 * The sessions this run created, in one append-only file per worker. Every worker deletes what it
 * created as it goes; the global teardown deletes whatever is still open in any worker's file, so
 * nothing is left behind even when a test or a worker fails. Only ids from the ledger are ever deleted.
 */
export class Ledger {
  private readonly file: string;

  constructor(
    readonly dir: string,
    worker: string,
  ) {
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, `${worker}.jsonl`);
  }

  created(family: Family, id: string): void {
    appendFileSync(this.file, `${JSON.stringify({ event: 'created', family, id } satisfies LedgerEntry)}\n`);
  }

  deleted(family: Family, id: string): void {
    appendFileSync(this.file, `${JSON.stringify({ event: 'deleted', family, id } satisfies LedgerEntry)}\n`);
  }

  /** Sessions this worker created and has not deleted. */
  open(): { family: Family; id: string }[] {
    return Ledger.openIn([this.file]);
  }

  /** Sessions created and not yet deleted, over every worker's file in `dir`. */
  static openAll(dir: string): { family: Family; id: string }[] {
    if (!existsSync(dir)) return [];
    return Ledger.openIn(
      readdirSync(dir)
        .filter((n) => n.endsWith('.jsonl'))
        .map((n) => join(dir, n)),
    );
  }

  private static openIn(files: string[]): { family: Family; id: string }[] {
    const state = new Map<string, { family: Family; id: string; open: boolean }>();
    for (const file of files) {
      if (!existsSync(file)) continue;
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const entry = JSON.parse(line) as LedgerEntry;
        const key = `${entry.family}/${entry.id}`;
        state.set(key, { family: entry.family, id: entry.id, open: entry.event === 'created' });
      }
    }
    return [...state.values()].filter((s) => s.open).map(({ family, id }) => ({ family, id }));
  }

  /** Removes the ledger files once everything in them is deleted. */
  static clear(dir: string): void {
    rmSync(dir, { recursive: true, force: true });
  }
}
