import type { OperationSpec } from '../schemas';
import { operation } from '../schemas';
import { EXCHANGE_CHECKS } from '../checks';
import type { Intent } from '../checks';
import type { Exchange } from '../wire';
import type { Recorder, Repro } from './recorder';
import type { Runtime } from './runtime';
import { undocumentedFields } from './undocumented';

/** Runs every per-exchange check on one exchange; returns true when all passed (a final 429 skips them). */
export function checkExchange(rec: Recorder, rt: Runtime, exchange: Exchange, intent: Intent, repro?: Repro): boolean {
  const op: OperationSpec = operation(exchange.request.operationId);
  let ok = true;
  rec.status(op.id, exchange.response.status);
  if (exchange.response.status === 429) {
    // Still rate limited after the bounded retries: the answer says nothing about the rule under test.
    const reason = `rate limited (429) after ${exchange.retries} retries; raise FACE_MAX_RETRIES or lower FACE_CONCURRENCY`;
    for (const check of EXCHANGE_CHECKS) rec.skip(check, op.id, reason);
    return true;
  }
  for (const check of EXCHANGE_CHECKS) ok = rec.run(check, op.id, { exchange, op, intent }, exchange, repro) && ok;
  for (const note of undocumentedFields(rt.ctx, op, exchange)) rec.note(note);
  return ok;
}
