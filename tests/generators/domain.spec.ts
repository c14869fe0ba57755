import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import type { ContractVersion, JsonSchema } from '../../schemas';
import { CONTRACT_VERSIONS, flatFieldText, operationsFor, registry } from '../../schemas';
import type { RequestCase } from '../../generators';
import {
  arbitraryFor,
  boundaryCases,
  boundaryRequests,
  describeOperation,
  hasAstral,
  invalidCases,
  isNonAscii,
  textLengths,
  withinEveryReading,
} from '../../generators';

/**
 * The generators explore the documented domain, not a corner of it: non-ASCII text at and under each length
 * bound (within it under both legal readings of "characters"), in-range non-integers on the invalid side of
 * every integer field, and every documented enum value in every body form.
 */

const reg = registry();
const RUNS = 200;

/** The definitions a version's requests are made of: bodies, JSON parts, flat forms, query parameters. */
function requestDefinitions(version: ContractVersion): [string, JsonSchema][] {
  const names = new Set<string>();
  for (const op of operationsFor(version)) {
    const shape = describeOperation(version, op.id);
    for (const q of shape.query) names.add(q.definition);
    if (shape.body?.kind === 'json') names.add(shape.body.definition);
    if (shape.body?.kind === 'multipart') {
      for (const p of shape.body.parts) if (p.definition) names.add(p.definition);
      if (shape.body.flat) names.add(shape.body.flat);
    }
  }
  return [...names].map((n) => [n, reg.schema(version, n)]);
}

/** The string properties with a length bound of each request definition of a version, by definition. */
function boundedStrings(version: ContractVersion): [string, string, JsonSchema][] {
  const out: [string, string, JsonSchema][] = [];
  for (const [definition, schema] of requestDefinitions(version)) {
    for (const [name, p] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      if (p.maxLength !== undefined && !p.pattern && !p.format) out.push([definition, name, p]);
    }
    if (schema.type === 'string' && schema.maxLength !== undefined) out.push([definition, '', schema]);
  }
  return out;
}

function valueAt(value: unknown, name: string): unknown {
  return name === '' ? value : (value as Record<string, unknown> | null)?.[name];
}

test.describe('the documented domain', () => {
  for (const version of CONTRACT_VERSIONS) {
    test(`every length bound is met with non-ASCII text, within every legal reading (${version})`, () => {
      const fields = boundedStrings(version);
      expect(fields.length).toBeGreaterThan(0);
      for (const [definition, name, schema] of fields) {
        const where = `${version} ${definition} /${name}`;
        const max = schema.maxLength as number;
        const min = (schema.minLength as number | undefined) ?? 0;
        const bounds = boundaryCases(version, definition).filter((c) => c.pointer === (name ? `/${name}` : ''));
        const atMax = bounds.find((c) => c.scenario === 'at-max-length');
        const text = String(valueAt(atMax?.value, name));
        // At the bound: BMP non-ASCII, as long in code points as in UTF-16 units, longer in UTF-8 bytes.
        const { codePoints, utf16Units, utf8Bytes } = textLengths(text);
        expect([codePoints, utf16Units], where).toEqual([max, max]);
        expect(utf8Bytes, where).toBeGreaterThan(max);
        expect(hasAstral(text), where).toBe(false);
        expect(text.normalize('NFC'), where).toBe(text);
        if (min > 0) {
          const atMin = String(valueAt(bounds.find((c) => c.scenario === 'at-min-length')?.value, name));
          expect(isNonAscii(atMin) && withinEveryReading(atMin, min, max), where).toBe(true);
        }
        // Over the bound: ASCII, so every reading (bytes too) agrees it is over.
        for (const c of invalidCases(version, definition).filter((x) => x.scenario === 'too-long')) {
          const over = String(valueAt(c.value, name));
          expect(isNonAscii(over), where).toBe(false);
        }
      }
    });

    test(`over ${RUNS} runs, free text goes beyond ASCII under every bound, never over it (${version})`, () => {
      for (const [definition, name, schema] of boundedStrings(version)) {
        const where = `${version} ${definition} /${name}`;
        const max = schema.maxLength as number;
        const min = (schema.minLength as number | undefined) ?? 0;
        const texts = fc
          .sample(arbitraryFor(version, definition), { seed: 23, numRuns: RUNS })
          .map((v) => valueAt(v, name))
          .filter((v): v is string => typeof v === 'string');
        expect(texts.length, where).toBeGreaterThan(RUNS / 4);
        expect(
          texts.filter((t) => !withinEveryReading(t, min, max)),
          where,
        ).toEqual([]);
        expect(texts.some(isNonAscii), `${where}: a non-ASCII value`).toBe(true);
        expect(texts.some(hasAstral), `${where}: an astral value`).toBe(true);
        expect(
          texts.some((t) => /\p{M}/u.test(t)),
          `${where}: a combining mark`,
        ).toBe(true);
        // Astral text near the bound: more UTF-16 units than code points, still within it.
        expect(
          texts.some((t) => hasAstral(t) && textLengths(t).utf16Units > max / 2),
          `${where}: long astral`,
        ).toBe(true);
      }
    });

    test(`every integer field's invalid side has an in-range non-integer (${version})`, () => {
      const missing: string[] = [];
      for (const [definition, schema] of requestDefinitions(version)) {
        const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
        const fields = properties.filter(([, p]) => p.type === 'integer' && p.minimum !== p.maximum);
        if (schema.type === 'integer') fields.push(['', schema]);
        for (const [name, p] of fields) {
          const pointer = name ? `/${name}` : '';
          const c = invalidCases(version, definition).find(
            (x) => x.pointer === pointer && x.scenario === 'non-integer',
          );
          const value = valueAt(c?.value, name);
          const inRange =
            typeof value === 'number' &&
            !Number.isInteger(value) &&
            value >= ((p.minimum as number | undefined) ?? -Infinity) &&
            value <= ((p.maximum as number | undefined) ?? Infinity);
          if (!inRange || !c?.documented) missing.push(`${definition} ${pointer}: ${JSON.stringify(value)}`);
        }
      }
      expect(missing).toEqual([]);
    });

    test(`every documented enum value is sent in every body form (${version})`, () => {
      const missing: string[] = [];
      for (const op of operationsFor(version)) {
        const bounds = boundaryRequests(version, op.id, { pathParams: { sessionId: 's', sessionImageId: 'i' } });
        for (const [form, definition, read] of bodyForms(version, op.id)) {
          // A flat field is text: compared as the text the value is written as.
          const asSent = (v: unknown): string => JSON.stringify(form === 'flat form' ? flatFieldText(v) : v);
          for (const [name, values] of enumFields(version, definition)) {
            const sent = new Set(bounds.map(read).map((v) => JSON.stringify(valueAt(v, name))));
            for (const v of values) if (!sent.has(asSent(v))) missing.push(`${op.id} ${form} /${name} ${String(v)}`);
          }
        }
      }
      expect(missing).toEqual([]);
    });
  }

  test('the TTL and top get their non-integers: 600.5 and 999.5', () => {
    const ttl = invalidCases('v1.2', 'CreateLivenessSessionContent').find((c) => c.scenario === 'non-integer');
    expect(ttl?.value).toMatchObject({ authTokenTimeToLiveInSeconds: 600.5 });
    expect(invalidCases('v1.1-preview.1', 'ListTop').find((c) => c.scenario === 'non-integer')?.value).toBe(999.5);
  });
});

type Reader = (r: RequestCase) => unknown;

/** The body forms an operation's boundary requests take: the JSON body, a JSON part (`Parameters`), flat fields. */
function bodyForms(version: ContractVersion, operationId: string): [string, string, Reader][] {
  const body = describeOperation(version, operationId).body;
  if (!body) return [];
  if (body.kind === 'json') {
    return [['json', body.definition, (r) => (r.body?.kind === 'json' ? r.body.value : undefined)]];
  }
  const out: [string, string, Reader][] = [];
  for (const part of body.parts) {
    if (part.definition) out.push([`part ${part.name}`, part.definition, (r) => partJson(r, part.name)]);
  }
  if (body.flat) out.push(['flat form', body.flat, flatFields]);
  return out;
}

function partJson(r: RequestCase, name: string): unknown {
  const part = r.body?.kind === 'multipart' ? r.body.parts.find((p) => p.name === name) : undefined;
  return typeof part?.data === 'string' ? JSON.parse(part.data) : undefined;
}

/** The text fields of a flat multipart body, by name. */
function flatFields(r: RequestCase): Record<string, unknown> {
  const parts = r.body?.kind === 'multipart' ? r.body.parts.filter((p) => typeof p.data === 'string') : [];
  return Object.fromEntries(parts.map((p) => [p.name, p.data]));
}

/** The enum properties of a definition (directly or through a `$ref` to a sibling), with their values. */
function enumFields(version: ContractVersion, definition: string): [string, unknown[]][] {
  const schema = reg.schema(version, definition);
  const out: [string, unknown[]][] = [];
  for (const [name, p] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    const target = typeof p.$ref === 'string' ? reg.schema(version, p.$ref.replace(/\.json$/, '')) : p;
    if (Array.isArray(target.enum)) out.push([name, target.enum as unknown[]]);
  }
  return out;
}
