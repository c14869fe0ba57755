/**
 * The HAR 1.2 structure this command relies on, checked by hand (no schema download, no dependency):
 * the fields it reads, plus those HAR 1.2 requires of every entry and every recorder writes
 * (httpVersion, statusText, content size and type). Cookies, cache and timings are not read and not required.
 */

type Kind = 'string' | 'number' | 'object' | 'array';

/** A value's JSON kind, for messages (`a string`, `null`, `missing`). */
export function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v} (${JSON.stringify(v).slice(0, 40)})`;
}

function is(v: unknown, kind: Kind): boolean {
  if (kind === 'array') return Array.isArray(v);
  if (kind === 'object') return !!v && typeof v === 'object' && !Array.isArray(v);
  if (kind === 'number') return typeof v === 'number' && Number.isFinite(v);
  return typeof v === kind;
}

const REQUIRED: [string, Kind][] = [
  ['startedDateTime', 'string'],
  ['time', 'number'],
  ['request', 'object'],
  ['request.method', 'string'],
  ['request.url', 'string'],
  ['request.httpVersion', 'string'],
  ['request.headers', 'array'],
  ['response', 'object'],
  ['response.status', 'number'],
  ['response.statusText', 'string'],
  ['response.httpVersion', 'string'],
  ['response.headers', 'array'],
  ['response.content', 'object'],
  ['response.content.size', 'number'],
  ['response.content.mimeType', 'string'],
];

const OPTIONAL: [string, Kind][] = [
  ['request.bodySize', 'number'],
  ['request.postData', 'object'],
  ['request.postData.text', 'string'],
  ['response.content.text', 'string'],
  ['response.content.encoding', 'string'],
];

function at(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function headersProblem(list: unknown[], path: string): string | undefined {
  for (let i = 0; i < list.length; i++) {
    const h = list[i] as Record<string, unknown> | null;
    for (const key of ['name', 'value']) {
      if (typeof h?.[key] !== 'string') return `${path}[${i}].${key}) is ${describe(h?.[key])}, expected a string`;
    }
  }
  return undefined;
}

/**
 * The first structural problem of an entry, as `<path>) is ...; the HAR is ...` (the caller prefixes
 * `entry N (`), or undefined when it is usable.
 */
export function checkEntry(entry: unknown, base: string): string | undefined {
  if (!is(entry, 'object')) return `${base}) is ${describe(entry)}, expected an object; the HAR is not HAR 1.2`;
  for (const [path, kind] of REQUIRED) {
    const v = at(entry, path);
    if (v === undefined) return `${base}.${path}) is missing; the HAR is truncated or not HAR 1.2`;
    if (!is(v, kind))
      return `${base}.${path}) is ${describe(v)}, expected ${kind === 'array' ? 'an' : 'a'} ${kind}; the HAR is not HAR 1.2`;
  }
  for (const [path, kind] of OPTIONAL) {
    const v = at(entry, path);
    if (v !== undefined && !is(v, kind))
      return `${base}.${path}) is ${describe(v)}, expected a ${kind}; the HAR is not HAR 1.2`;
  }
  for (const side of ['request', 'response']) {
    const problem = headersProblem(at(entry, `${side}.headers`) as unknown[], `${base}.${side}.headers`);
    if (problem) return `${problem}; the HAR is not HAR 1.2`;
  }
  try {
    new URL(at(entry, 'request.url') as string);
  } catch {
    return `${base}.request.url) is not an absolute URL: ${String(at(entry, 'request.url')).slice(0, 80)}; the HAR is not HAR 1.2`;
  }
  return undefined;
}
