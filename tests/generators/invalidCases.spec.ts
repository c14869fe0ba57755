import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import type { ContractVersion, JsonSchema, SchemaViolation } from '../../schemas';
import { CONTRACT_VERSIONS, definitionsFor, registry } from '../../schemas';
import type { InvalidCase } from '../../generators';
import { boundaryCases, invalidArbitrary, invalidCases } from '../../generators';

const reg = registry();

/**
 * Why a case does not fail exactly as labelled, or undefined when it does: the registry must reject it
 * at its keyword, schema path and pointer, and report nothing elsewhere than that pointer or an
 * ancestor (a failed `anyOf` around it). Plain values, not `expect` calls: thousands of cases stay fast.
 */
function labelProblem(c: InvalidCase): string | undefined {
  const errors: SchemaViolation[] = reg.validate(c.version, c.definition, c.value);
  const where = `${c.version} ${c.definition} ${c.pointer} ${c.scenario} ${JSON.stringify(errors)}`;
  if (!errors.some((e) => e.keyword === c.keyword && e.instancePath === c.pointer && e.schemaPath === c.schemaPath)) {
    return `not reported as labelled: ${where}`;
  }
  const elsewhere = errors.filter((e) => !(c.pointer === e.instancePath || c.pointer.startsWith(`${e.instancePath}/`)));
  return elsewhere.length > 0 ? `also fails elsewhere: ${where}` : undefined;
}

const create = (v: ContractVersion): InvalidCase[] => invalidCases(v, 'CreateLivenessSessionContent');
const at = (cases: { pointer: string; value: unknown }[], pointer: string): unknown[] =>
  cases.filter((c) => c.pointer === pointer).map((c) => (c.value as Record<string, unknown>)[pointer.slice(1)]);

test.describe('labelled invalid cases', () => {
  for (const version of CONTRACT_VERSIONS) {
    test(`every deterministic case fails exactly at its label (${version})`, () => {
      const problems: string[] = [];
      for (const definition of reg.definitionNames(version)) {
        for (const c of invalidCases(version, definition)) problems.push(labelProblem(c) ?? '');
        for (const b of boundaryCases(version, definition)) {
          if (reg.validate(version, definition, b.value).length > 0) problems.push(`boundary invalid: ${b.pointer}`);
        }
      }
      expect(problems.filter(Boolean)).toEqual([]);
    });
  }

  test('random invalid documents fail exactly at their label', () => {
    for (const definition of ['CreateLivenessWithVerifySessionJsonContent', 'LivenessSession', 'ListTop']) {
      fc.assert(
        fc.property(invalidArbitrary('v1.2-preview.1', definition), (c) => labelProblem(c) === undefined),
        {
          seed: 5,
          numRuns: 50,
        },
      );
    }
  });

  test('boundaries are always there: TTL 59/60/86400/86401, 64/65 and empty strings, top 0/1/1000/1001', () => {
    const v = 'v1.1-preview.1';
    expect(at(create(v), '/authTokenTimeToLiveInSeconds')).toEqual(expect.arrayContaining([59, 86401]));
    expect(at(boundaryCases(v, 'CreateLivenessSessionContent'), '/authTokenTimeToLiveInSeconds')).toEqual([60, 86400]);
    const ids = at(create(v), '/deviceCorrelationId').filter((x) => typeof x === 'string') as string[];
    expect(ids.map((s) => s.length)).toEqual(expect.arrayContaining([0, 65]));
    const validIds = at(boundaryCases(v, 'CreateLivenessSessionContent'), '/deviceCorrelationId') as string[];
    // Counted in code points, as JSON Schema counts: one astral character, 64 BMP ones (generators/keywords/string/unicode.ts).
    expect(validIds.map((s) => [...s].length)).toEqual([1, 64]);
    expect(invalidCases(v, 'ListTop').map((c) => c.value)).toEqual(expect.arrayContaining([0, 1001]));
    expect(boundaryCases(v, 'ListTop').map((c) => c.value)).toEqual([1, 1000]);
    expect(invalidCases(v, 'ListStart').find((c) => c.scenario === 'too-long')?.value).toHaveLength(65);
    expect(boundaryCases(v, 'ListStart').map((c) => String(c.value).length)).toEqual([64]);
  });

  test('documented per CONTRACT.md §4: conflicts, unknown fields and optional nulls are not', () => {
    const cases = create('v1.2-preview.1');
    const find = (scenario: string, pointer: string): InvalidCase[] =>
      cases.filter((c) => c.scenario === scenario && c.pointer === pointer);
    expect(find('additional-property', '')[0]).toMatchObject({ documented: false, property: 'unexpectedProperty' });
    expect(find('null-value', '/authTokenTimeToLiveInSeconds')[0].documented).toBe(false);
    expect(find('missing-required', '')[0]).toMatchObject({ documented: true, property: 'livenessOperationMode' });
    expect(find('above-maximum', '/authTokenTimeToLiveInSeconds')[0].documented).toBe(true);
    const conflict = find('broken-conditional', '/deviceCorrelationId').find((c) => c.conflict);
    expect(conflict).toMatchObject({
      documented: false,
      conflict: 'device-correlation-id-with-set-in-client',
      schemaPath: '#/then/properties/deviceCorrelationId/type',
    });
    const missingId = cases.find((c) => c.schemaPath === '#/else/required');
    expect(missingId).toMatchObject({
      documented: true,
      property: 'deviceCorrelationId',
      scenario: 'broken-conditional',
    });
  });

  // What a broken generator breaks: every property, required name and bound of a definition gets its labelled
  // case (a generator that drops a keyword, a property or returns nothing fails here, not silently above).
  for (const version of CONTRACT_VERSIONS) {
    test(`every property, required name and bound has a labelled case (${version})`, () => {
      const missing: string[] = [];
      const BOUNDS: [string, string][] = [
        ['minimum', 'below-minimum'],
        ['maximum', 'above-maximum'],
        ['maxLength', 'too-long'],
      ];
      for (const [definition, schema] of Object.entries(definitionsFor(version))) {
        const cases = invalidCases(version, definition);
        const where = (text: string): void => void missing.push(`${version} ${definition} ${text}`);
        if (cases.length === 0) where('has no case at all');
        const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
        for (const [name, property] of Object.entries(properties)) {
          const pointer = `/${name}`;
          const at = cases.filter((c) => c.pointer === pointer);
          if (!at.some((c) => c.scenario === 'wrong-type')) where(`${pointer}: no wrong-type case`);
          for (const [keyword, scenario] of BOUNDS) {
            if (property[keyword] !== undefined && !at.some((c) => c.scenario === scenario))
              where(`${pointer}: ${keyword} without a ${scenario} case`);
          }
          if (
            typeof property.minLength === 'number' &&
            property.minLength > 0 &&
            !at.some((c) => c.scenario === 'too-short')
          )
            where(`${pointer}: minLength without a too-short case`);
        }
        for (const name of (schema.required ?? []) as string[]) {
          if (!cases.some((c) => c.scenario === 'missing-required' && c.property === name))
            where(`required ${name} without a missing-required case`);
        }
      }
      expect(missing).toEqual([]);
    });
  }

  test('a seed fixes the random invalid cases, and another seed gives others', () => {
    const arb = invalidArbitrary('v1.1-preview.1', 'CreateLivenessSessionContent');
    const sample = (seed: number) => fc.sample(arb, { seed, numRuns: 10 });
    expect(sample(77)).toEqual(sample(77));
    expect(sample(78)).not.toEqual(sample(77));
  });
});
