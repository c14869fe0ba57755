import { expect, test } from '@playwright/test';
import type { ContractVersion, JsonSchema } from '../../schemas';
import {
  API_VERSIONS,
  CONTRACT_VERSIONS,
  buildRegistry,
  contractFor,
  definitionsFor,
  listOperations,
  openApiFor,
  operationsFor,
} from '../../schemas';

/**
 * How many definitions each contract version has: a dropped or unloaded definition changes a count. A version
 * added later and not listed here has at least its base's (a delta adds or changes definitions; one that drops some
 * is listed here), or at least one when stated whole.
 */
const DEFINITION_COUNTS: Partial<Record<ContractVersion, number>> = {
  'v1.1-preview.1': 26,
  'v1.2-preview.1': 26,
  'v1.2': 21,
  'v1.3-preview.1': 28,
};

test('every definition of every version, v1.2 GA included, compiles in strict mode', () => {
  const reg = buildRegistry();
  for (const version of CONTRACT_VERSIONS) {
    const { basedOn } = contractFor(version);
    const count = Object.keys(definitionsFor(version)).length;
    const expected = DEFINITION_COUNTS[version];
    if (expected !== undefined) expect(count, version).toBe(expected);
    else expect(count, version).toBeGreaterThanOrEqual(basedOn ? Object.keys(definitionsFor(basedOn)).length : 1);
    expect(reg.definitionNames(version).sort(), version).toEqual(Object.keys(definitionsFor(version)).sort());
    // Compiled, not only listed: validating against each one needs its compiled function.
    for (const name of reg.definitionNames(version)) expect(() => reg.validate(version, name, {}), name).not.toThrow();
  }
});

test('a typo in a schema keyword makes loading fail loudly, naming the definition', () => {
  const withTypo = (version: (typeof API_VERSIONS)[number]): Record<string, JsonSchema> => {
    const defs = definitionsFor(version);
    defs.ListStart = { ...defs.ListStart, minLenght: 1 };
    return defs;
  };
  expect(() => buildRegistry(['v1.1-preview.1'], withTypo)).toThrow(/minLenght/);
});

test('a dangling $ref makes loading fail', () => {
  const dangling = (version: (typeof API_VERSIONS)[number]): Record<string, JsonSchema> => {
    const defs = definitionsFor(version);
    defs.FaceErrorResponse = { ...defs.FaceErrorResponse, properties: { error: { $ref: 'FaceEror.json' } } };
    return defs;
  };
  expect(() => buildRegistry(['v1.1-preview.1'], dangling)).toThrow(/FaceErrorResponse|FaceEror/);
});

test('each schema has an $id, a description and a source note', () => {
  for (const version of API_VERSIONS) {
    for (const [name, schema] of Object.entries(definitionsFor(version))) {
      expect(schema.$id, name).toContain(`/${version}/${name}.json`);
      expect(typeof schema.description, name).toBe('string');
      expect(String(schema.$comment), name).toMatch(/seed|CONTRACT/);
    }
  }
});

test('the OpenAPI documents hold 11 operations (12 in v1.2-preview.1) plus two device calls, and both security schemes', () => {
  for (const version of API_VERSIONS) {
    const doc = openApiFor(version);
    const all = listOperations(doc).map((o) => o.operation);
    const device = all.filter((o) => o['x-device-call'] === true);
    const expected = version === 'v1.2-preview.1' ? 12 : 11;
    expect(all.length - device.length, version).toBe(expected);
    expect(device.length).toBe(2);
    expect(new Set(all.map((o) => o.operationId)).size).toBe(all.length);
    expect(all.map((o) => o.operationId).sort()).toEqual(
      operationsFor(version)
        .map((o) => o.id)
        .sort(),
    );
    expect(Object.keys(doc.components?.securitySchemes ?? {})).toEqual(
      expect.arrayContaining(['Ocp-Apim-Subscription-Key', 'AADToken']),
    );
  }
});
