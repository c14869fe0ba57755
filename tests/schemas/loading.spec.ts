import { expect, test } from '@playwright/test';
import type { JsonSchema } from '../../schemas';
import { API_VERSIONS, buildRegistry, definitionsFor, listOperations, openApiFor, operationsFor } from '../../schemas';

test('every definition of every version compiles in strict mode', () => {
  const reg = buildRegistry();
  for (const version of API_VERSIONS) expect(reg.definitionNames(version).length).toBeGreaterThanOrEqual(26);
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
