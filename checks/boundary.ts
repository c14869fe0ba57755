import type { OperationSpec } from '../schemas';
import type { Exchange } from '../wire';
import { defineCheck } from './registry';
import { show } from './types';

/** One request with a value exactly on a documented bound (or one documented enum value), and its answer. */
export interface BoundaryInput {
  exchange: Exchange;
  op: OperationSpec;
  /** What is on the bound, e.g. `body /authTokenTimeToLiveInSeconds at-minimum`. */
  label: string;
}

/**
 * The valid side of every documented bound and enum: TTL 60 and 86400, `top` 1 and 1000, a 64-character
 * `start` or deviceCorrelationId, each enum value. A server that refuses one refuses a valid request.
 */
export const boundaryValuesAccepted = defineCheck<BoundaryInput>({
  name: 'boundaryValuesAccepted',
  title: 'Values exactly on a documented bound, and every enum value, are accepted',
  rule: 'CONTRACT.md §3 rules 1-3: top in 1..1000, start ≤ 64 characters, TTL 60..86400, deviceCorrelationId ≤ 64 characters, the documented enum values: a value on the bound is valid',
  source:
    'seeds 001 (fr)/002 (ja) start «64 文字以下», top «[1, 1000]»; seed 003 (sv) «Intervallet är 60 till 8 6400 sekunder»; v1.2 swagger minimum/maximum/enum',
  evaluate: ({ exchange, op, label }) => {
    const status = exchange.response.status;
    if (op.success.some((s) => s.status === status)) return [];
    return [
      {
        message: `${label}: a valid value on a documented bound was refused`,
        pointer: '/status',
        expected: op.success.map((s) => s.status).join(' or '),
        received: `${status} ${show(exchange.response.json ?? exchange.response.text, 160)}`,
      },
    ];
  },
});
