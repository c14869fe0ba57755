import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { CONTRACT_VERSIONS, registry } from '../../schemas';
import { arbitraryFor, exampleFor, fromSchema } from '../../generators';

const reg = registry();

test.describe('valid values from the schemas', () => {
  for (const version of CONTRACT_VERSIONS) {
    test(`every sample of every definition passes the registry (${version})`, () => {
      for (const definition of reg.definitionNames(version)) {
        expect(reg.validate(version, definition, exampleFor(version, definition)), `${definition} example`).toEqual([]);
        // A plain predicate (no `expect` per run): fast-check reports the seed and the shrunk value.
        const valid = (value: unknown): boolean => reg.validate(version, definition, value).length === 0;
        fc.assert(fc.property(arbitraryFor(version, definition), valid), { seed: 42, numRuns: 60 });
      }
    });
  }

  test('create bodies keep the deviceCorrelationId rule and never send the documented conflict', () => {
    const bodies = fc.sample(arbitraryFor('v1.2-preview.1', 'CreateLivenessSessionContent'), { seed: 9, numRuns: 300 });
    for (const body of bodies as Record<string, unknown>[]) {
      if (body.deviceCorrelationIdSetInClient === true) expect(body.deviceCorrelationId ?? null).toBeNull();
      else expect(String(body.deviceCorrelationId).length).toBeGreaterThanOrEqual(1);
    }
    const sides = new Set(bodies.map((b) => (b as Record<string, unknown>).deviceCorrelationIdSetInClient === true));
    expect([...sides].sort()).toEqual([false, true]);
  });

  test('union types, formats and patterns', () => {
    const schema = {
      type: 'object',
      required: ['at', 'id', 'hash', 'maybe', 'link'],
      properties: {
        at: { type: 'string', format: 'date-time' },
        id: { type: 'string', format: 'uuid' },
        link: { type: 'string', format: 'uri' },
        hash: { type: 'string', pattern: '^[0-9a-fA-F]{64}$' },
        maybe: { type: ['string', 'null'], maxLength: 3 },
        list: { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 1, maxItems: 3 },
        pick: { oneOf: [{ const: 1 }, { const: 2 }] },
      },
      additionalProperties: false,
    };
    fc.assert(
      fc.property(fromSchema(schema), (value) => reg.validateWith(schema, value).length === 0),
      { seed: 3, numRuns: 100 },
    );
  });

  test('an unsupported keyword throws, naming the keyword and its pointer', () => {
    const schema = { type: 'object', properties: { x: { type: 'object', patternProperties: { '^a': {} } } } };
    expect(() => fromSchema(schema)).toThrow('fromSchema: unsupported keyword "patternProperties" at #/properties/x');
    expect(() => fromSchema({ type: 'string', format: 'email' })).toThrow('unsupported format "email" at #');
    expect(() => fromSchema({ description: 'anything' })).toThrow(/without "type".* at #/);
  });

  test('the same seed gives the same values', () => {
    const arb = arbitraryFor('v1.1-preview.1', 'LivenessSession');
    expect(fc.sample(arb, { seed: 1234, numRuns: 20 })).toEqual(fc.sample(arb, { seed: 1234, numRuns: 20 }));
  });
});
