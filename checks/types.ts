import type { OperationSpec, RequestViolation } from '../schemas';
import type { Exchange } from '../wire';

/** What a request meant to do, so checks know what answer to expect. */
export type Intent =
  | { kind: 'positive' }
  | { kind: 'negative'; violation: RequestViolation; scenario: string; documented: boolean }
  | { kind: 'unauthorized'; variant: 'no-key' | 'wrong-key' | 'session-token-on-management' | 'key-on-device' }
  | { kind: 'notFound' };

/** The input of the per-exchange checks. */
export interface ExchangeInput {
  exchange: Exchange;
  op: OperationSpec;
  intent: Intent;
}

/** The JSON body of an error answer, if it has the documented shape's `error.code`. */
export function errorCode(body: unknown): string | undefined {
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A short, safe rendering of a received value. */
export function show(value: unknown, max = 200): string {
  const text =
    value === undefined ? 'absent' : typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
