import type { ContractVersion } from '../../schemas';
import { boundaryCases } from '../cases/invalidCases';
import { serializedViolations } from './check';
import { describeOperation } from './describe';
import { baseRequest } from './positive';
import { jsonBody } from '../../wire';
import { flatParts, jsonPart } from './serialize';
import type { RequestCase, RequestOptions } from './types';
import type { BoundaryCase } from '../cases/types';
import { getAt } from '../_internals/jsonPointer';

/** How a boundary case is named in a label: its scenario, and for an enum value the value. */
const what = (c: BoundaryCase): string =>
  c.scenario === 'enum-value' ? `enum-value ${JSON.stringify(getAt(c.value, c.pointer))}` : c.scenario;

/**
 * Valid requests exactly on each documented bound, deterministically: `top` 1 and 1000, a 64-character
 * `start`, and body fields on theirs (TTL 60 and 86400, a 1- and a 64-character deviceCorrelationId, ...), and
 * each value of every documented enum (both operation modes, each model).
 */
export function boundaryRequests(
  version: ContractVersion,
  operationId: string,
  options: RequestOptions = {},
): RequestCase[] {
  const shape = describeOperation(version, operationId);
  const base = baseRequest(version, operationId, options);
  const out: RequestCase[] = [];
  const named = (change: Partial<RequestCase>, what: string): RequestCase => ({
    ...base,
    ...change,
    label: `${operationId} positive ${what}`,
  });
  for (const param of shape.query) {
    for (const c of boundaryCases(version, param.definition)) {
      out.push(named({ query: [[param.name, String(c.value)]] }, `query /${param.name} ${what(c)}`));
    }
  }
  const spec = shape.body;
  if (spec?.kind === 'json') {
    for (const c of boundaryCases(version, spec.definition)) {
      out.push(named({ body: jsonBody(c.value) }, `body ${c.pointer} ${what(c)}`));
    }
  }
  const sent = base.body?.kind === 'multipart' ? base.body.parts : [];
  if (spec?.kind === 'multipart' && spec.flat) {
    // Flat fields (CONTRACT.md §5): each boundary value of the definition as text parts, beside the files.
    const files = sent.filter((p) => spec.parts.some((s) => s.file && s.name === p.name));
    for (const c of boundaryCases(version, spec.flat)) {
      const parts = [...flatParts(c.value), ...files];
      out.push(named({ body: { kind: 'multipart', parts } }, `body ${c.pointer} ${what(c)}`));
    }
  }
  for (const part of spec?.kind === 'multipart' ? spec.parts : []) {
    if (!part.definition) continue;
    for (const c of boundaryCases(version, part.definition)) {
      const parts = sent.map((p) => (p.name === part.name ? jsonPart(p.name, JSON.stringify(c.value)) : p));
      out.push(named({ body: { kind: 'multipart', parts } }, `part ${part.name} ${c.pointer} ${what(c)}`));
    }
  }
  // An audit `start` must be an entry id: its 64-character bound is checked on the list operations only.
  return out.filter((r) => serializedViolations(r).length === 0);
}
