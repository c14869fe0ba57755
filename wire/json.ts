/**
 * JSON from a target or a recording, read with a depth limit. V8's `JSON.parse` itself is iterative and
 * parses any depth, but every recursive walker after it (`JSON.stringify`, `structuredClone`, redaction,
 * schema validation, our own pointer walks) overflows the stack near 10 000 levels. A body nested deeper
 * than `MAX_JSON_DEPTH` is therefore not handed on as a value: the caller gets the reason instead, and the
 * exchange's checks are reported not run (a safety limit of this suite, not a documented rule).
 */

/** Nesting levels of arrays and objects a body may have; the documented bodies use fewer than ten. */
export const MAX_JSON_DEPTH = 64;

/** Why a body was not read as JSON although it is JSON (too deep): the skip reason of its checks. */
export function tooDeepReason(limit = MAX_JSON_DEPTH): string {
  return `JSON nested deeper than ${limit} levels (a safety limit of this suite; no document states a depth): not read, not checked`;
}

/** Whether a parsed value nests arrays and objects deeper than `limit`; iterative, so any depth is safe. */
export function deeperThan(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Object.values(v as object)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** The outcome of reading JSON with a depth limit: the value, or why there is none. */
export type BoundedJson = { ok: true; value: unknown } | { ok: false; reason: 'not-json' | 'too-deep' };

/** Parses JSON text with a depth limit (see the file's comment); empty text is not JSON. */
export function parseJsonBounded(text: string, limit = MAX_JSON_DEPTH): BoundedJson {
  if (text.length === 0) return { ok: false, reason: 'not-json' };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return deeperThan(value, limit) ? { ok: false, reason: 'too-deep' } : { ok: true, value };
}

/** A response body's JSON and, when it is JSON too deep to read, the reason (for `WireResponse`). */
export function responseJson(text: string): { json?: unknown; bodyProblem?: string } {
  const parsed = parseJsonBounded(text);
  if (parsed.ok) return { json: parsed.value };
  return parsed.reason === 'too-deep' ? { bodyProblem: tooDeepReason() } : {};
}

/** A JSON value as an object (not an array, not null), or undefined: how a check or spec reads a body. */
export function jsonObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
