import type { OperationSpec, RequestViolation } from '../schemas';
import type { Exchange } from '../wire';
import { printableLine } from '../wire';

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

/**
 * A short, safe rendering of a received value: at most `max` characters, on one line, control characters
 * escaped, and never a crash (a value too deep or cyclic for `JSON.stringify` is named, not rendered).
 */
export function show(value: unknown, max = 200): string {
  let text: string;
  try {
    // A long string is cut before stringifying: a multi-megabyte body costs nothing more than a short one.
    const cut = typeof value === 'string' && value.length > max + 1 ? value.slice(0, max + 1) : value;
    text = cut === undefined ? 'absent' : (JSON.stringify(cut) ?? String(cut));
  } catch {
    text = `(a ${Array.isArray(value) ? 'array' : typeof value} too deep to show)`;
  }
  const line = printableLine(text);
  return line.length > max ? `${line.slice(0, max)}…` : line;
}
