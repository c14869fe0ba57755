import type { ContractVersion } from '../../schemas';
import { boundaryCases } from '../cases/invalidCases';
import { serializedViolations } from './check';
import { describeOperation } from './describe';
import { baseRequest } from './positive';
import { jsonBody, jsonPart } from './serialize';
import type { RequestCase, RequestOptions } from './types';

/**
 * Valid requests exactly on each documented bound, deterministically: `top` 1 and 1000, a 64-character
 * `start`, and body fields on theirs (TTL 60 and 86400, a 1- and a 64-character deviceCorrelationId, ...).
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
      out.push(named({ query: [[param.name, String(c.value)]] }, `query /${param.name} ${c.scenario}`));
    }
  }
  const spec = shape.body;
  if (spec?.kind === 'json') {
    for (const c of boundaryCases(version, spec.definition)) {
      out.push(named({ body: jsonBody(c.value) }, `body ${c.pointer} ${c.scenario}`));
    }
  }
  const sent = base.body?.kind === 'multipart' ? base.body.parts : [];
  for (const part of spec?.kind === 'multipart' ? spec.parts : []) {
    if (!part.definition) continue;
    for (const c of boundaryCases(version, part.definition)) {
      const parts = sent.map((p) => (p.name === part.name ? jsonPart(p.name, JSON.stringify(c.value)) : p));
      out.push(named({ body: { kind: 'multipart', parts } }, `part ${part.name} ${c.pointer} ${c.scenario}`));
    }
  }
  // An audit `start` must be an entry id: its 64-character bound is checked on the list operations only.
  return out.filter((r) => serializedViolations(r).length === 0);
}
