import { EXCHANGE_CHECKS, authenticationRequired, responseSchemaConformance } from '../checks';
import type { TrafficChecks } from './checks';
import { BODY_NOT_READ, undocumentedFields } from '../runner';
import type { CheckContext, Check, ExchangeInput } from '../checks';
import type { Recorded } from './adapter';
import { SANITIZED } from './adapter';
import type { Inference } from './intent';
import type { Matched } from './match';

/** Why auth checks are skipped on recordings whose recorder removed every credential. */
export const CREDENTIALS_REMOVED =
  'not judgeable from this recording: the recorder removed the credentials (no key, token or redaction marker in any request)';

/** The note id under which exchanges outside the API are listed. */
export const NOT_API_OPERATION = '(not part of the API)';

/** Notes gathered over many entries, one line per operation and reason, naming the entries. */
export class EntryNotes {
  private readonly byKey = new Map<string, { operation: string; reason: string; entries: number[] }>();

  add(operation: string, reason: string, index: number): void {
    const key = `${operation}\u0000${reason}`;
    const slot = this.byKey.get(key) ?? { operation, reason, entries: [] };
    slot.entries.push(index);
    this.byKey.set(key, slot);
  }

  /** Writes the notes into a recorder (kind `info`). */
  flush(rec: TrafficChecks): void {
    for (const { operation, reason, entries } of this.byKey.values()) {
      const list =
        entries.length > 10 ? `${entries.slice(0, 10).join(', ')} and ${entries.length - 10} more` : entries.join(', ');
      rec.note({
        kind: 'info',
        operation,
        id: reason,
        message: `${reason}: entr${entries.length > 1 ? 'ies' : 'y'} ${list}`,
      });
    }
  }

  get size(): number {
    return this.byKey.size;
  }
}

/**
 * The live suite's per-exchange checks (EXCHANGE_CHECKS) on one recorded exchange, with its inferred
 * intent, and its undocumented response fields as notes. A response whose body the HAR omits skips
 * the body schema check (recorded as skipped, with the reason) instead of failing it.
 */
export function checkRecorded(
  rec: TrafficChecks,
  ctx: CheckContext,
  r: Recorded,
  m: Matched,
  notes: EntryNotes,
  inference: Inference,
  explained: (r: Recorded) => boolean,
): void {
  const { intent, note } = inference;
  const problem = r.exchange.response.bodyProblem;
  if (problem) {
    // A body the suite did not read whole (size cap, depth limit) is no rule's evidence: its checks are not run.
    for (const check of EXCHANGE_CHECKS) rec.skip(check, m.op.id, `${BODY_NOT_READ}: entry ${r.index}: ${problem}`);
    return;
  }
  if (note && !explained(r)) notes.add(m.op.id, note, r.index);
  for (const check of EXCHANGE_CHECKS) {
    if (!r.bodyRecorded && check === responseSchemaConformance) {
      rec.skip(check, m.op.id, 'the HAR does not carry this response body');
      continue;
    }
    if (r.authUnknown && check === authenticationRequired) {
      rec.skip(check, m.op.id, CREDENTIALS_REMOVED);
      continue;
    }
    if (check === responseSchemaConformance && r.sanitized.length > 0) {
      rec.run(withoutSanitized(check, r.sanitized), m.op.id, { exchange: r.exchange, op: m.op, intent }, r.exchange);
      continue;
    }
    rec.run(check, m.op.id, { exchange: r.exchange, op: m.op, intent }, r.exchange);
  }
  if (r.bodyRecorded) for (const n of undocumentedFields(ctx, m.op, r.exchange)) rec.note(n);
  if (r.sanitized.length > 0) notes.add(m.op.id, sanitizedNote(r.sanitized), r.index);
}

/** The note listing values a recorder replaced, by field (array indexes shown as `{n}`, e.g. `/{n}/id`). */
function sanitizedNote(pointers: string[]): string {
  const fields = [...new Set(pointers.map((p) => p.replace(/\/\d+(?=\/|$)/g, '/{n}')))];
  return `values replaced by the recorder ("${SANITIZED}") at ${fields.join(', ')}: sanitized, not judged`;
}

/** Values tried in place of a sanitized one: the server's value had a type, the recorder's marker is a string. */
const SUBSTITUTES: unknown[] = [1, 'sanitized'];

/** A copy of `value` with `replacement` at a JSON pointer. */
function setAt(value: unknown, pointer: string, replacement: unknown): unknown {
  const copy = structuredClone(value);
  const keys = pointer
    .split('/')
    .slice(1)
    .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
  let at = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1]] = replacement;
  return copy;
}

/**
 * The same check, judging the body as if each value the recorder sanitized had a plausible value of its
 * type (the one leaving fewest findings): a sanitized audit id inside a session's `result` must not fail
 * the `result` as a whole. Findings at the sanitized values themselves are left out.
 */
function withoutSanitized(check: Check<ExchangeInput>, pointers: string[]): Check<ExchangeInput> {
  const skip = new Set(pointers);
  return {
    ...check,
    evaluate: (input, ctx) => {
      const run = (json: unknown) =>
        check.evaluate(
          { ...input, exchange: { ...input.exchange, response: { ...input.exchange.response, json } } },
          ctx,
        );
      let json = input.exchange.response.json;
      for (const pointer of pointers) {
        let fewest = run(json).length;
        for (const candidate of SUBSTITUTES) {
          const tried = setAt(json, pointer, candidate);
          const n = run(tried).length;
          if (n < fewest) [json, fewest] = [tried, n];
        }
      }
      return run(json).filter((f) => !skip.has(f.pointer));
    },
  };
}
