import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import type { ContractVersion } from '../../schemas';
import { CONTRACT_VERSIONS, flatFieldText, flatFieldValue, operationsFor, registry } from '../../schemas';
import type { InvalidCase, RequestCase } from '../../generators';
import {
  invalidCases,
  boundaryRequests,
  confirmsViolation,
  negativeRequestArbitrary,
  negativeRequests,
  requestArbitrary,
  serializedViolations,
} from '../../generators';

/**
 * Whether a labelled case of a flat multipart body (CONTRACT.md §5: one text part per field) can be sent as
 * one: a field's text, read back as its property's type (schemas/flatFields.ts), still breaks the labelled
 * keyword at the labelled pointer. A null field is no part, a number written in a string field reads as text.
 */
function sendableAsFields(version: ContractVersion, definition: string, c: InvalidCase): boolean {
  if (!c.value || typeof c.value !== 'object' || Array.isArray(c.value)) return false;
  const reg = registry();
  const properties = (reg.schema(version, definition).properties ?? {}) as Record<string, { type?: unknown }>;
  const read = Object.entries(c.value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([name, v]) => [name, flatFieldValue(properties[name]?.type, flatFieldText(v))]);
  const errors = reg.validate(version, definition, Object.fromEntries(read));
  return errors.some((e) => e.keyword === c.keyword && e.instancePath === c.pointer);
}

const options = { pathParams: { sessionId: 'b12e033e-bda7-4b83-a211-e721c661f30e', sessionImageId: 'img/1' } };

test.describe('requests per operation', () => {
  for (const version of CONTRACT_VERSIONS) {
    test(`positive requests are valid once serialized; negatives are confirmed (${version})`, () => {
      for (const op of operationsFor(version)) {
        const valid = (r: RequestCase): boolean => r.mode === 'positive' && serializedViolations(r).length === 0;
        fc.assert(fc.property(requestArbitrary(version, op.id, options), valid), { seed: 11, numRuns: 50 });
        const bounds = boundaryRequests(version, op.id, options);
        expect(bounds.filter((r) => serializedViolations(r).length > 0).map((r) => r.label)).toEqual([]);
        const negatives = negativeRequests(version, op.id, options);
        expect(negatives.length, op.id).toBeGreaterThanOrEqual(3);
        const unconfirmed = negatives.filter((r) => r.mode !== 'negative' || !confirmsViolation(r)).map((r) => r.label);
        expect(unconfirmed).toEqual([]);
      }
    });
  }

  // What a broken generator breaks: each labelled invalid case of an operation's body becomes one of its
  // negative requests (same pointer and scenario), and every secured operation gets a missing-credentials one.
  for (const version of CONTRACT_VERSIONS) {
    test(`negatives carry every labelled invalid body case and a missing credential (${version})`, () => {
      const missing: string[] = [];
      for (const op of operationsFor(version)) {
        const negatives = negativeRequests(version, op.id, options);
        if (!negatives.some((r) => r.violation?.scenario === 'missing-credentials'))
          missing.push(`${op.id}: no missing-credentials negative`);
        if (!op.body?.definition) continue;
        const { definition, flat } = op.body;
        for (const c of invalidCases(version, definition)) {
          if (flat && !sendableAsFields(version, definition, c)) continue;
          const seen = negatives.some((r) => r.violation?.pointer === c.pointer && r.violation.scenario === c.scenario);
          if (!seen) missing.push(`${op.id}: ${c.pointer} ${c.scenario} not among the negatives`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  test('path parameters are filled and encoded; a missing one is named', () => {
    const [request] = fc.sample(requestArbitrary('v1.2-preview.1', 'getSessionImage', options), {
      seed: 1,
      numRuns: 1,
    });
    expect(request.path).toBe('/session/sessionImages/img%2F1');
    expect(() => requestArbitrary('v1.1-preview.1', 'getLivenessSessionResult')).toThrow(/needs pathParams\.sessionId/);
  });

  test('list negatives: top 0/1001 and a non-integer, start over 64, repeated top undocumented', () => {
    const negatives = negativeRequests('v1.1-preview.1', 'getLivenessSessions');
    const tops = negatives.filter((r) => r.violation?.pointer === '/top').map((r) => r.query);
    expect(tops).toEqual(expect.arrayContaining([[['top', '0']], [['top', '1001']], [['top', '1.5']]]));
    // A numeric string serializes exactly like the number: never emitted as negative.
    expect(tops).not.toContainEqual([['top', '1000']]);
    expect(negatives.find((r) => r.violation?.scenario === 'repeated-parameter')?.violation?.documented).toBe(false);
    expect(negatives.find((r) => r.violation?.pointer === '/start')?.query[0][1]).toHaveLength(65);
    const bounds = boundaryRequests('v1.1-preview.1', 'getLivenessSessions').map((r) => r.query[0]);
    expect(bounds).toEqual(
      expect.arrayContaining([
        ['top', '1'],
        ['top', '1000'],
      ]),
    );
  });

  test('credentials are labels, never secrets', () => {
    const negatives = negativeRequests('v1.1-preview.1', 'createLivenessSession');
    expect(negatives.filter((r) => r.violation?.location === 'auth').map((r) => r.auth)).toEqual([
      'none',
      'wrong-key',
      'session-token',
    ]);
    const device = negativeRequests('v1.1-preview.1', 'detectLiveness').map((r) => r.auth);
    expect(device).toContain('key');
    expect(negatives.find((r) => r.violation?.scenario === 'malformed-json')?.violation?.documented).toBe(true);
  });

  test('multipart bodies: Parameters JSON text and a VerifyImage file', () => {
    const [request] = fc.sample(requestArbitrary('v1.2-preview.1', 'createLivenessWithVerifySessionWithVerifyImage'), {
      seed: 4,
      numRuns: 1,
    });
    const parts = request.body?.kind === 'multipart' ? request.body.parts : [];
    expect(parts.map((p) => p.name)).toEqual(['Parameters', 'VerifyImage']);
    expect(parts[1].filename).toBeTruthy();
    expect(() => JSON.parse(String(parts[0].data))).not.toThrow();
  });

  test('a seed fixes the requests and another seed gives others; negatives arbitrary stays confirmed', () => {
    const arb = requestArbitrary('v1.2-preview.1', 'createLivenessWithVerifySession');
    const sample = (seed: number) => fc.sample(arb, { seed, numRuns: 20 });
    expect(sample(99)).toEqual(sample(99));
    expect(sample(100)).not.toEqual(sample(99));
    fc.assert(fc.property(negativeRequestArbitrary('v1.1-preview.1', 'createLivenessSession'), confirmsViolation), {
      seed: 8,
      numRuns: 50,
    });
  });

  test('a failing property shrinks to the minimal request: TTL over 1000 shrinks to 1001', () => {
    const ttl = (r: RequestCase): number =>
      ((r.body?.kind === 'json' ? r.body.value : {}) as { authTokenTimeToLiveInSeconds?: number })
        .authTokenTimeToLiveInSeconds ?? 600;
    const details = fc.check(
      fc.property(requestArbitrary('v1.1-preview.1', 'createLivenessSession'), (r) => ttl(r) <= 1000),
      { seed: 2024, numRuns: 200 },
    );
    expect(details.failed).toBe(true);
    if (!details.counterexample) throw new Error('the property should fail');
    const [minimal] = details.counterexample;
    expect(ttl(minimal)).toBe(1001);
    // Minimal: the first enum value and nothing optional beyond what the deviceCorrelationId rule needs.
    const body = minimal.body?.kind === 'json' ? (JSON.parse(minimal.body.text) as Record<string, unknown>) : {};
    expect(body).toMatchObject({ livenessOperationMode: 'Passive', authTokenTimeToLiveInSeconds: 1001 });
    expect(Object.keys(body).length).toBeLessThanOrEqual(3);
  });
});
