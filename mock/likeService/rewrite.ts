import type { ContractVersion, Design, OperationSpec } from '../../schemas';
import { contractFor } from '../../schemas';

/** A JSON body as the real service words it, by operation and design (../shared/recordings README). */
type Rewrite = (body: unknown, op: OperationSpec, design: Design) => unknown;

const ISO_UTC = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,7}))?Z$/;

/** `2024-05-10T07:23:44.784Z` → `2024-05-10T07:23:44.7840000+00:00`: 7 fractional digits and an offset. */
export function serviceDate(text: string): string {
  const m = ISO_UTC.exec(text);
  return m ? `${m[1]}.${(m[2] ?? '').padEnd(7, '0')}+00:00` : text;
}

/** Every date-time string in a JSON value, in the service's form. */
function dates(value: unknown): unknown {
  if (typeof value === 'string') return serviceDate(value);
  if (Array.isArray(value)) return value.map(dates);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dates(v)]));
  return value;
}

/** An audit entry without clientRequestId when the device sent none. */
function entry(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const e = { ...(value as Record<string, unknown>) };
  if (e.clientRequestId === null || e.clientRequestId === undefined) delete e.clientRequestId;
  return e;
}

/** What the service does to each kind of answer. */
const REWRITES: Rewrite[] = [
  dates,
  // Audit entries newest first; no clientRequestId unless sent.
  (body, op) => (op.role === 'audit' && Array.isArray(body) ? [...body].reverse().map(entry) : body),
  (body, op, design) => {
    if (op.role !== 'get' || design !== 'preview' || !body || typeof body !== 'object') return body;
    const s = body as Record<string, unknown>;
    return s.result ? { ...s, result: entry(s.result) } : s;
  },
  // v1.2 reads: authToken "", and no modelVersion until an attempt exists.
  (body, op, design) => {
    if (op.role !== 'get' || design !== 'ga' || !body || typeof body !== 'object') return body;
    const s: Record<string, unknown> = { ...(body as Record<string, unknown>), authToken: '' };
    const attempts = (s.results as { attempts?: unknown[] } | undefined)?.attempts;
    if (!attempts || attempts.length === 0) delete s.modelVersion;
    return s;
  },
  // v1.2 verify references: referenceType "image" on the create answer, left out on reads.
  (body, op, design) => {
    if (design !== 'ga' || !body || typeof body !== 'object') return body;
    const s = body as { results?: { verifyReferences?: unknown[] } };
    const refs = s.results?.verifyReferences;
    if (!Array.isArray(refs)) return body;
    const reword = (r: unknown): unknown => {
      if (!r || typeof r !== 'object') return r;
      const rest: Record<string, unknown> = { ...(r as Record<string, unknown>) };
      delete rest.referenceType;
      return op.method === 'POST' ? { referenceType: 'image', ...rest } : rest;
    };
    return { ...s, results: { ...s.results, verifyReferences: refs.map(reword) } };
  },
];

/** A successful JSON answer of `op` in `version` as the real service would word it. */
export function rewriteJson(body: unknown, op: OperationSpec, version: ContractVersion): unknown {
  const { design } = contractFor(version);
  return REWRITES.reduce((value, rewrite) => rewrite(value, op, design), body);
}
