import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Family } from '../schemas';
import type { Runtime } from './runtime';
import type { CreatedSession } from './sessionCalls';
import { SessionCalls } from './sessionCalls';

/** Where sessions that could not be deleted are listed, one line each. */
export const LEFTOVERS_FILE = 'leftover-sessions.txt';

/** Sends a cleanup delete (outside the budget, counted) for each session; returns the failures, each naming it. */
async function deleteEach(rt: Runtime, sessions: readonly { family: Family; id: string }[]): Promise<string[]> {
  const failed: string[] = [];
  const calls = new SessionCalls(rt);
  for (const { family, id } of sessions) {
    if (family === 'sessionImage' || family === 'settings') continue;
    try {
      const ex = await calls.delete(family, id, { cleanup: true });
      if (ex.response.status >= 300 && ex.response.status !== 404)
        failed.push(`${family} ${id}: DELETE answered ${ex.response.status}`);
    } catch (err) {
      failed.push(`${family} ${id}: ${(err as Error).message}`);
    }
  }
  return failed;
}

/**
 * Deletes every session this worker's ledger still has open (created by this run, not yet deleted).
 * Cleanup deletes are sent even past the request budget (safety first) and counted. Only ledger ids
 * are ever deleted; failures are listed in `leftover-sessions.txt` in the report folder.
 */
export async function deleteOpenSessions(rt: Runtime): Promise<string[]> {
  const failed = await deleteEach(rt, rt.ledger.open());
  if (failed.length > 0) {
    mkdirSync(rt.config.reportDir, { recursive: true });
    appendFileSync(join(rt.config.reportDir, LEFTOVERS_FILE), failed.map((f) => `${f}\n`).join(''));
  }
  return failed;
}

/** Deletes those of a test's sessions that the ledger still has open, when the test ends; returns the failures. */
export async function deleteTestSessions(rt: Runtime, sessions: readonly CreatedSession[]): Promise<string[]> {
  const open = new Set(rt.ledger.open().map((o) => `${o.family}/${o.id}`));
  return deleteEach(
    rt,
    sessions.filter((s) => open.has(`${s.family}/${s.id}`)),
  );
}
