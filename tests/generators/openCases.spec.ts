import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import type { RequestCase } from '../../generators';
import { describeOperation, negativeRequestArbitrary, negativeRequests } from '../../generators';
import type { ContractVersion } from '../../schemas';
import {
  CONTRACT_VERSIONS,
  DOCUMENTED_CONFLICTS,
  OPEN_CASES,
  flatFieldValue,
  openCaseOf,
  operationsFor,
  registry,
} from '../../schemas';

/** The body of a request as a server reads it: the JSON text, the `Parameters` part, or the flat fields. */
function asRead(request: RequestCase): { definition: string; body: unknown } | undefined {
  const shape = describeOperation(request.version, request.operationId);
  const spec = shape.body;
  const body = request.body;
  if (!spec || !body) return undefined;
  const parse = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  };
  if (spec.kind === 'json')
    return body.kind === 'json' ? { definition: spec.definition, body: parse(body.text) } : undefined;
  if (body.kind !== 'multipart') return undefined;
  const text = (data: string | Uint8Array): string => (typeof data === 'string' ? data : Buffer.from(data).toString());
  if (spec.flat) {
    const properties = (registry().schema(request.version, spec.flat).properties ?? {}) as Record<
      string,
      { type?: unknown }
    >;
    const files = new Set(spec.parts.filter((p) => p.file).map((p) => p.name));
    const fields = body.parts.filter((p) => !files.has(p.name));
    const read = Object.fromEntries(
      fields.map((p) => [p.name, flatFieldValue(properties[p.name]?.type, text(p.data))]),
    );
    return { definition: spec.flat, body: read };
  }
  const json = spec.parts.find((p) => p.definition);
  const sent = body.parts.find((p) => p.name === json?.name);
  return json?.definition && sent ? { definition: json.definition, body: parse(text(sent.data)) } : undefined;
}

/** The open case a request falls under, read as the server reads it. */
function openCaseOfRequest(request: RequestCase): string | undefined {
  const read = asRead(request);
  if (!read) return undefined;
  const properties = Object.keys(registry().schema(request.version, read.definition).properties ?? {});
  return openCaseOf(read.definition, read.body, properties);
}

/** The operations of a version that take a body a server reads (device calls carry only bytes). */
const withBody = (version: ContractVersion) => operationsFor(version).filter((op) => op.body && op.role !== 'device');
const demanded = (r: RequestCase): boolean => r.violation?.documented === true && r.violation.location !== 'auth';

for (const version of CONTRACT_VERSIONS) {
  test(`no negative whose refusal is demanded falls under a case the documents leave open (${version})`, () => {
    const wrong: string[] = [];
    for (const op of withBody(version)) {
      const listed = negativeRequests(version, op.id, { pathParams: { sessionId: 'x' } });
      const random = fc.sample(negativeRequestArbitrary(version, op.id, { pathParams: { sessionId: 'x' } }), {
        seed: 20,
        numRuns: 300,
      });
      for (const r of [...listed, ...random].filter(demanded)) {
        const open = openCaseOfRequest(r);
        if (open) wrong.push(`${r.label}: ${open}`);
      }
    }
    expect(wrong).toEqual([]);
  });
}

test('each open case is reached in every version and body form that has its field, and labelled open', () => {
  const reached = new Map<string, Set<string>>();
  for (const version of CONTRACT_VERSIONS) {
    for (const op of withBody(version)) {
      for (const r of negativeRequests(version, op.id, { pathParams: { sessionId: 'x' } })) {
        const open = openCaseOfRequest(r);
        if (!open) continue;
        expect(r.violation?.documented, r.label).toBe(false);
        reached.set(open, (reached.get(open) ?? new Set()).add(`${version} ${op.id}`));
      }
    }
  }
  // The case: the flat with-verify create of v1.2 and v1.3-preview.1, not only the JSON bodies.
  const device = [...(reached.get('device-correlation-id-with-set-in-client') ?? [])];
  expect(device).toEqual(
    expect.arrayContaining([
      'v1.2 createLivenessWithVerifySessionGa',
      'v1.3-preview.1 createLivenessWithVerifySessionV13',
      'v1.2 createLivenessSessionGa',
      'v1.1-preview.1 createLivenessWithVerifySessionWithVerifyImage',
    ]),
  );
  expect([...reached.keys()].sort()).toEqual(OPEN_CASES.map((c) => c.id).sort());
});

test('every conflict stated at a request schema path has an open case', () => {
  const requests = new Set<string>();
  for (const version of CONTRACT_VERSIONS) {
    for (const op of withBody(version)) {
      const body = describeOperation(version, op.id).body;
      if (body?.kind === 'json') requests.add(body.definition);
      if (body?.kind === 'multipart') {
        for (const d of [body.flat, ...body.parts.map((p) => p.definition)]) if (d) requests.add(d);
      }
    }
  }
  const atRequests = DOCUMENTED_CONFLICTS.filter((c) => !c.enforced && c.definitions.some((d) => requests.has(d)));
  const open = new Set(OPEN_CASES.map((c) => c.id));
  expect(atRequests.map((c) => c.id).filter((id) => !open.has(id))).toEqual([]);
});

test('the reading is the server’s: a flat body with deviceCorrelationIdSetInClient "true" and an id is open', () => {
  const props = ['deviceCorrelationId', 'deviceCorrelationIdSetInClient'];
  const flat = { deviceCorrelationIdSetInClient: flatFieldValue('boolean', 'true'), deviceCorrelationId: 'x' };
  expect(openCaseOf('CreateLivenessWithVerifySessionContent', flat, props)).toBe(
    'device-correlation-id-with-set-in-client',
  );
  expect(
    openCaseOf(
      'CreateLivenessSessionContent',
      { deviceCorrelationIdSetInClient: false, deviceCorrelationId: 'x' },
      props,
    ),
  ).toBeUndefined();
  // A v1.2 body has no userCorrelationId to leave out.
  expect(openCaseOf('CreateLivenessSessionContent', { livenessOperationMode: 'Passive' }, props)).toBeUndefined();
});
