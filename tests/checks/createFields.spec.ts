import { expect, test } from '@playwright/test';
import { CREATE_FIELDS, KEPT_FIELDS, checksForVersion, createdValuesPersisted, rowsFor } from '../../checks';
import type { ContractVersion, JsonSchema } from '../../schemas';
import { API_VERSIONS, GA_VERSIONS, contractFor, registry } from '../../schemas';

const VERSIONS: ContractVersion[] = [...API_VERSIONS, ...GA_VERSIONS];

/** Every field a version's creates document (JSON members, v1.2's form fields), with its schema. */
function createFields(version: ContractVersion): Map<string, JsonSchema> {
  const fields = new Map<string, JsonSchema>();
  for (const roles of Object.values(contractFor(version).families)) {
    for (const op of [roles.create, roles.createWithVerifyImage]) {
      const definition = op?.body?.definition;
      if (!definition) continue;
      const schema = registry().schema(version, definition) as { properties?: Record<string, JsonSchema> };
      for (const [name, property] of Object.entries(schema.properties ?? {})) fields.set(name, property);
    }
  }
  return fields;
}

const readFields = (version: ContractVersion): string[] =>
  Object.keys((registry().schema(version, 'LivenessSession') as { properties?: object }).properties ?? {});

for (const version of VERSIONS) {
  test(`${version}: every create field is read back where a read defines it, else seen by its checks`, () => {
    const fields = createFields(version);
    expect(fields.size).toBeGreaterThan(3);
    const checks = new Set(checksForVersion(version).map((c) => c.name));
    for (const [name] of fields) {
      const rows = rowsFor(name, version);
      expect(rows.length, `${version} ${name}: one row of CREATE_FIELDS (checks/createFields.ts)`).toBe(1);
      const [row] = rows;
      for (const check of row.checks) expect(checks.has(check), `${version} ${name}: check ${check}`).toBe(true);
      if (row.read) {
        expect(readFields(version), `${version} ${name}: its read field`).toContain(row.read);
        expect(KEPT_FIELDS as readonly string[], `${name}: kept across reads`).toContain(row.read);
      } else {
        expect(row.why, `${version} ${name}: why no read shows it`).toBeTruthy();
        // A read that defines the field must not go unused.
        expect(readFields(version), `${version} ${name}: a read defines it`).not.toContain(name);
      }
    }
  });

  test(`${version}: a create field's documented default is what a read must show when it was not sent`, () => {
    const ctx = { version, registry: registry() };
    for (const [name, schema] of createFields(version)) {
      const row = rowsFor(name, version)[0];
      if (schema.default === undefined || !row?.read) continue;
      const judge = (shown: unknown) =>
        createdValuesPersisted.evaluate(
          { fields: {}, created: {}, status: 200, session: { id: 'x', sessionId: 'x', [row.read ?? name]: shown } },
          ctx,
        );
      expect(judge(schema.default), `${version} ${name}: the default read back passes`).toEqual([]);
      expect(
        judge(Number(schema.default) + 1).map((f) => f.pointer),
        `${version} ${name}: another fails`,
      ).toEqual([`/${row.read}`]);
    }
  });
}

test('every CREATE_FIELDS row names a field some version documents', () => {
  const documented = new Set(VERSIONS.flatMap((v) => [...createFields(v).keys()]));
  expect(Object.keys(CREATE_FIELDS).filter((f) => !documented.has(f))).toEqual([]);
});
