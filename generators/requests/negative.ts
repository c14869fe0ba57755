import fc from 'fast-check';
import type { ContractVersion } from '../../schemas';
import { invalidArbitrary, invalidCases } from '../cases/invalidCases';
import type { InvalidCase } from '../cases/types';
import { AUDIT_START_RULE, confirmsViolation } from './check';
import type { OperationShape } from './describe';
import { describeOperation } from './describe';
import { baseRequest } from './positive';
import type { RequestBody } from '../../wire';
import { jsonBody } from '../../wire';
import { flatParts, jsonPart } from './serialize';
import type { AuthLabel, RequestCase, RequestOptions, ViolationLabel } from './types';

/** A JSON text cut short: what a client with a serialization bug sends (documented: BadArgument). */
const MALFORMED_JSON = '{"livenessOperationMode": "Passive",';

function negative(base: RequestCase, change: Partial<RequestCase>, violation: ViolationLabel): RequestCase {
  const where = violation.part ? `part ${violation.part}` : violation.location;
  const what = violation.property ? ` (${violation.property})` : '';
  const label = `${base.operationId} ${where} ${violation.pointer || '/'}${what} ${violation.scenario}`;
  return { ...base, ...change, mode: 'negative', violation, label };
}

function fromCase(
  c: InvalidCase,
  location: ViolationLabel['location'],
  pointerPrefix = '',
  part?: string,
): ViolationLabel {
  return {
    location,
    keyword: c.keyword,
    pointer: pointerPrefix + c.pointer,
    schemaPath: c.schemaPath,
    scenario: c.scenario,
    documented: c.documented,
    ...(part ? { part } : {}),
    ...(c.property !== undefined ? { property: c.property } : {}),
    ...(c.conflict !== undefined ? { conflict: c.conflict } : {}),
  };
}

/** Without credentials, with a wrong key, or with the other kind (session token on management, key on device calls). */
function authCases(shape: OperationShape, base: RequestCase): RequestCase[] {
  const wrongKind: AuthLabel = shape.device ? 'key' : 'session-token';
  const cases: [AuthLabel, ViolationLabel['scenario']][] = [
    ['none', 'missing-credentials'],
    ['wrong-key', 'wrong-credentials'],
    [wrongKind, 'wrong-credential-kind'],
  ];
  return cases.map(([auth, scenario]) =>
    negative(
      base,
      { auth },
      { location: 'auth', keyword: 'security', pointer: '', schemaPath: '#/security', scenario, documented: true },
    ),
  );
}

/** Schema violations of each query parameter (scalars only, serialized with `String`), a repeated `top`, a non-numeric audit `start`. */
function queryCases(shape: OperationShape, base: RequestCase): RequestCase[] {
  const out: RequestCase[] = [];
  for (const param of shape.query) {
    for (const c of invalidCases(shape.version, param.definition)) {
      if (c.value === null || typeof c.value === 'object') continue;
      out.push(negative(base, { query: [[param.name, String(c.value)]] }, fromCase(c, 'query', `/${param.name}`)));
    }
  }
  if (shape.query.some((p) => p.name === 'top')) {
    const repeated: [string, string][] = [
      ['top', '1'],
      ['top', '2'],
    ];
    out.push(
      negative(
        base,
        { query: repeated },
        {
          location: 'query',
          keyword: 'type',
          pointer: '/top',
          schemaPath: 'query/top: a single value',
          scenario: 'repeated-parameter',
          documented: false,
        },
      ),
    );
  }
  if (shape.pathTemplate.endsWith('/audit') && shape.query.some((p) => p.name === 'start')) {
    out.push(
      negative(
        base,
        { query: [['start', 'not-an-entry-id']] },
        {
          location: 'query',
          keyword: 'type',
          pointer: '/start',
          schemaPath: AUDIT_START_RULE,
          scenario: 'wrong-type',
          documented: false,
        },
      ),
    );
  }
  return out;
}

function jsonCases(shape: OperationShape, base: RequestCase, definition: string): RequestCase[] {
  const out = invalidCases(shape.version, definition).map((c) =>
    negative(base, { body: jsonBody(c.value) }, fromCase(c, 'body')),
  );
  const whole = { location: 'body', pointer: '', documented: true } as const;
  const malformed: RequestBody = { kind: 'json', text: MALFORMED_JSON, value: undefined };
  out.push(
    negative(
      base,
      { body: malformed },
      { ...whole, keyword: 'contentMediaType', schemaPath: 'application/json', scenario: 'malformed-json' },
    ),
    negative(
      base,
      { body: undefined, headers: {} },
      { ...whole, keyword: 'required', schemaPath: 'requestBody/required', scenario: 'missing-body' },
    ),
    negative(
      base,
      { headers: { 'content-type': 'text/plain' } },
      {
        ...whole,
        keyword: 'contentType',
        schemaPath: 'requestBody/content',
        scenario: 'wrong-content-type',
        documented: false,
      },
    ),
  );
  return out;
}

/**
 * Each labelled violation of a flat multipart body's definition (CONTRACT.md §5 flat fields), written as
 * its text parts beside the file parts of the base request; values that cannot be written as fields (a
 * body that is no object) are left out, and the re-check drops what reads back valid.
 */
function flatCases(shape: OperationShape, base: RequestCase): RequestCase[] {
  const spec = shape.body?.kind === 'multipart' ? shape.body : undefined;
  if (!spec?.flat) return [];
  const fileNames = new Set(spec.parts.filter((p) => p.file).map((p) => p.name));
  const files = base.body?.kind === 'multipart' ? base.body.parts.filter((p) => fileNames.has(p.name)) : [];
  return invalidCases(shape.version, spec.flat)
    .filter((c) => !!c.value && typeof c.value === 'object' && !Array.isArray(c.value))
    .map((c) =>
      negative(base, { body: { kind: 'multipart', parts: [...flatParts(c.value), ...files] } }, fromCase(c, 'body')),
    );
}

function multipartCases(shape: OperationShape, base: RequestCase): RequestCase[] {
  const spec = shape.body?.kind === 'multipart' ? shape.body : undefined;
  const sent = base.body?.kind === 'multipart' ? base.body.parts : [];
  if (!spec) return [];
  const withPart = (name: string, data: string): RequestBody => ({
    kind: 'multipart',
    parts: sent.map((p) => (p.name === name ? jsonPart(name, data) : p)),
  });
  const out: RequestCase[] = [];
  for (const part of spec.parts) {
    if (part.definition) {
      for (const c of invalidCases(shape.version, part.definition)) {
        out.push(
          negative(base, { body: withPart(part.name, JSON.stringify(c.value)) }, fromCase(c, 'part', '', part.name)),
        );
      }
      const label = {
        location: 'part',
        keyword: 'contentMediaType',
        pointer: '',
        schemaPath: 'application/json',
      } as const;
      out.push(
        negative(
          base,
          { body: withPart(part.name, MALFORMED_JSON) },
          { ...label, part: part.name, scenario: 'malformed-json', documented: true },
        ),
      );
    }
    if (part.required) {
      const body: RequestBody = { kind: 'multipart', parts: sent.filter((p) => p.name !== part.name) };
      out.push(
        negative(
          base,
          { body },
          {
            location: 'part',
            keyword: 'required',
            pointer: '',
            schemaPath: 'requestBody/content/multipart',
            scenario: 'missing-part',
            documented: true,
            property: part.name,
          },
        ),
      );
    }
  }
  return out;
}

/**
 * Every labelled negative request of an operation, deterministically (the same list on every call):
 * credentials, query parameters (bounds ±1 among them), JSON or multipart bodies (each schema
 * violation, malformed JSON, a missing body or part, a wrong content type). Each one is re-checked
 * in its serialized form and dropped if it would be sent as something valid.
 */
export function negativeRequests(
  version: ContractVersion,
  operationId: string,
  options: RequestOptions = {},
): RequestCase[] {
  const shape = describeOperation(version, operationId);
  const base = baseRequest(version, operationId, options);
  const candidates = [...authCases(shape, base), ...queryCases(shape, base)];
  if (shape.body?.kind === 'json') candidates.push(...jsonCases(shape, base, shape.body.definition));
  candidates.push(...flatCases(shape, base), ...multipartCases(shape, base));
  return candidates.filter(confirmsViolation);
}

/**
 * Negative requests as an arbitrary: one of `negativeRequests`, or for a JSON body a random valid body
 * with one labelled violation (re-checked serialized like the list).
 */
export function negativeRequestArbitrary(
  version: ContractVersion,
  operationId: string,
  options: RequestOptions = {},
): fc.Arbitrary<RequestCase> {
  const shape = describeOperation(version, operationId);
  const listed = fc.constantFrom(...negativeRequests(version, operationId, options));
  if (shape.body?.kind !== 'json') return listed;
  const base = baseRequest(version, operationId, options);
  const random = invalidArbitrary(version, shape.body.definition)
    .map((c) => negative(base, { body: jsonBody(c.value) }, fromCase(c, 'body')))
    .filter(confirmsViolation);
  return fc.oneof(listed, random);
}
