import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { familyOperation } from '../schemas';
import { fillPath } from '../wire';
import type { Runtime } from './runtime';

/** Where sessions that could not be deleted are listed, one line each. */
export const LEFTOVERS_FILE = 'leftover-sessions.txt';

/**
 * Deletes every session this worker's ledger still has open (created by this run, not yet deleted).
 * Cleanup deletes are sent even past the request budget (safety first) and counted. Only ledger ids
 * are ever deleted; failures are listed in `leftover-sessions.txt` in the report folder.
 */
export async function deleteOpenSessions(rt: Runtime): Promise<string[]> {
  const failed: string[] = [];
  for (const { family, id } of rt.ledger.open()) {
    if (family === 'sessionImage' || family === 'settings') continue;
    const op = familyOperation(rt.config.apiVersion, family, 'delete');
    try {
      const ex = await rt.client.sendReserved({
        operationId: op.id,
        method: 'DELETE',
        path: fillPath(op, { sessionId: id }),
        auth: 'key',
      });
      if (ex.response.status < 300 || ex.response.status === 404) rt.ledger.deleted(family, id);
      else failed.push(`${family} ${id}: DELETE answered ${ex.response.status}`);
    } catch (err) {
      failed.push(`${family} ${id}: ${(err as Error).message}`);
    }
  }
  if (failed.length > 0) {
    mkdirSync(rt.config.reportDir, { recursive: true });
    appendFileSync(join(rt.config.reportDir, LEFTOVERS_FILE), failed.map((f) => `${f}\n`).join(''));
  }
  return failed;
}
