import { conflictFor } from '../schemas';
import type { CheckContext, Finding } from './registry';
import { defineCheck } from './registry';
import type { ExchangeInput } from './types';
import { show } from './types';

/** Rule 6: a server error is never a conforming answer, least of all to a malformed request. */
export const notAServerError = defineCheck<ExchangeInput>({
  name: 'notAServerError',
  title: 'No request gets a 5xx',
  rule: 'CONTRACT.md §3 rule 6: a malformed request never gets a 5xx',
  source: 'CONTRACT.md §3 (service error-code reference)',
  evaluate: ({ exchange }) =>
    exchange.response.status >= 500
      ? [{ message: 'server error', pointer: '/status', expected: '< 500', received: String(exchange.response.status) }]
      : [],
});

/** A valid request gets one of the operation's documented success statuses. */
export const statusCodeConformance = defineCheck<ExchangeInput>({
  name: 'statusCodeConformance',
  title: 'A valid request gets a documented success status',
  rule: "CONTRACT.md §1: each operation's documented success status (200; device calls 200 or 204)",
  source: 'seeds 000-003 "Responses: 200 OK"; CONTRACT.md §1 table',
  applies: ({ intent }) => intent.kind === 'positive',
  evaluate: ({ exchange, op }) => {
    const expected = op.success.map((s) => s.status);
    const status = exchange.response.status;
    if (expected.includes(status)) return [];
    return [
      {
        message: `valid request answered ${status}`,
        pointer: '/status',
        expected: expected.join(' or '),
        received: `${status} ${show(exchange.response.json ?? exchange.response.text, 160)}`,
      },
    ];
  },
});

/** The definition and array-ness a response body must satisfy, if the status documents one. */
function documentedBody(input: ExchangeInput): { definition: string; array: boolean } | undefined {
  const status = input.exchange.response.status;
  if (status >= 400) return { definition: 'FaceErrorResponse', array: false };
  const success = input.op.success.find((s) => s.status === status);
  return success?.definition ? { definition: success.definition, array: !!success.array } : undefined;
}

/** Findings of one body against a definition; documented conflicts are left out (reported elsewhere). */
export function schemaFindings(input: ExchangeInput, ctx: CheckContext): Finding[] {
  const expected = documentedBody(input);
  if (!expected) return [];
  const body = input.exchange.response.json;
  if (body === undefined) {
    return [
      {
        message: 'body is not JSON',
        pointer: '',
        expected: `JSON ${expected.definition}`,
        received: show(input.exchange.response.text, 120),
      },
    ];
  }
  const items: [string, unknown][] = expected.array
    ? Array.isArray(body)
      ? body.map((item, i) => [`/${i}`, item])
      : []
    : [['', body]];
  if (expected.array && !Array.isArray(body)) {
    return [
      { message: 'body is not an array', pointer: '', expected: `${expected.definition}[]`, received: show(body, 120) },
    ];
  }
  const findings: Finding[] = [];
  for (const [prefix, item] of items) {
    for (const v of ctx.registry.validate(ctx.version, expected.definition, item)) {
      if (conflictFor(expected.definition, v.schemaPath)?.enforced === false) continue;
      findings.push({
        message: `${v.keyword}: ${v.message}`,
        pointer: `${prefix}${v.instancePath}`,
        schemaPath: `${expected.definition}${v.schemaPath}`,
        expected: `${expected.definition}${v.schemaPath}: ${v.message}`,
        received: show(valueAt(item, v.instancePath)),
      });
    }
  }
  return findings;
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Response bodies validate against the documented definition of their status (errors: FaceErrorResponse). */
export const responseSchemaConformance = defineCheck<ExchangeInput>({
  name: 'responseSchemaConformance',
  title: 'The response body matches its documented definition',
  rule: 'CONTRACT.md §2 definitions; §4 which response fields are required',
  source: 'seeds 000-003 Definitions tables',
  applies: (input) => documentedBody(input) !== undefined,
  evaluate: (input, ctx) => schemaFindings(input, ctx),
});
