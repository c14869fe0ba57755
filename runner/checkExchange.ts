import type { OperationSpec } from '../schemas';
import { operation } from '../schemas';
import { EXCHANGE_CHECKS } from '../checks';
import type { Intent } from '../checks';
import type { Exchange } from '../wire';
import type { CheckTarget } from './evaluate';
import { runCheck } from './evaluate';
import type { Outcome } from './outcome';
import { skipped } from './outcome';
import { NOT_RUN_RATE_LIMITED } from './budget';
import { undocumentedFields } from './undocumented';

/**
 * Skip reason prefix of the checks of an exchange whose body the suite did not read whole (over the size
 * cap, JSON nested deeper than MAX_JSON_DEPTH): a safety limit of this suite, no documented rule, so it never
 * fails a server; the report counts those checks as not run.
 */
export const BODY_NOT_READ = 'not run (safety limit)';

/**
 * Runs every per-exchange check on one exchange: the status it answered, each check's outcome, and its
 * undocumented fields as notes (a final 429 skips the checks).
 */
export function checkExchange(target: CheckTarget, exchange: Exchange, intent: Intent): Outcome[] {
  const op: OperationSpec = operation(exchange.request.operationId);
  const status: Outcome = { kind: 'status', operation: op.id, status: exchange.response.status };
  if (exchange.response.status === 429) {
    // Still rate limited after the bounded retries: the answer says nothing about the rule under test.
    const reason = rateLimitedReason(exchange);
    return [status, ...skipped(EXCHANGE_CHECKS, op.id, reason)];
  }
  const problem = exchange.response.bodyProblem;
  if (problem) return [status, ...skipped(EXCHANGE_CHECKS, op.id, `${BODY_NOT_READ}: ${problem}`)];
  return [
    status,
    ...EXCHANGE_CHECKS.flatMap((check) => runCheck(target, check, op.id, { exchange, op, intent }, exchange)),
    ...undocumentedFields(target.ctx, op, exchange).map((note): Outcome => ({ kind: 'note', note })),
  ];
}

/** The skip reason of checks whose answer stayed 429, naming the setting that ended the retries. */
export function rateLimitedReason(exchange: Exchange): string {
  return `${NOT_RUN_RATE_LIMITED}: ${exchange.rateLimitStop ?? `still 429 after ${exchange.retries} retries`}`;
}
