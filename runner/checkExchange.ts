import type { OperationSpec } from '../schemas';
import { operation } from '../schemas';
import { EXCHANGE_CHECKS } from '../checks';
import type { Intent } from '../checks';
import type { Exchange } from '../wire';
import type { CheckTarget } from './evaluate';
import { runCheck } from './evaluate';
import type { Outcome } from './outcome';
import { skipped } from './outcome';
import { undocumentedFields } from './undocumented';

/**
 * Runs every per-exchange check on one exchange: the status it answered, each check's outcome, and its
 * undocumented fields as notes (a final 429 skips the checks).
 */
export function checkExchange(target: CheckTarget, exchange: Exchange, intent: Intent): Outcome[] {
  const op: OperationSpec = operation(exchange.request.operationId);
  const status: Outcome = { kind: 'status', operation: op.id, status: exchange.response.status };
  if (exchange.response.status === 429) {
    // Still rate limited after the bounded retries: the answer says nothing about the rule under test.
    const reason = `rate limited (429) after ${exchange.retries} retries; raise FACE_MAX_RETRIES or lower FACE_CONCURRENCY`;
    return [status, ...skipped(EXCHANGE_CHECKS, op.id, reason)];
  }
  return [
    status,
    ...EXCHANGE_CHECKS.flatMap((check) => runCheck(target, check, op.id, { exchange, op, intent }, exchange)),
    ...undocumentedFields(target.ctx, op, exchange).map((note): Outcome => ({ kind: 'note', note })),
  ];
}
