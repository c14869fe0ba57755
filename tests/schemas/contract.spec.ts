import { expect, test } from '@playwright/test';
import type { ContractVersion, OperationDraft, Role, VersionEntry } from '../../schemas';
import {
  CONTRACT_VERSIONS,
  SESSION_FAMILIES,
  contractFor,
  createDefinitionFor,
  designOf,
  familyOperation,
  operation,
  operationsFor,
  hasCapability,
  registry,
  resolveEntry,
} from '../../schemas';

const ids = (v: ContractVersion): string[] => operationsFor(v).map((op) => op.id);

test('v1.2-preview.1 is v1.1-preview.1 plus Get Session Image and the sessionImages capability, stated once', () => {
  const [v11, v12p] = [contractFor('v1.1-preview.1'), contractFor('v1.2-preview.1')];
  expect(v12p.basedOn).toBe('v1.1-preview.1');
  expect(ids('v1.2-preview.1')).toEqual([...ids('v1.1-preview.1'), 'getSessionImage']);
  expect(v11.capabilities).toEqual(['lists', 'auditTrail', 'sessionResult', 'deviceResultsToClient']);
  expect(v12p.capabilities).toEqual(['lists', 'auditTrail', 'sessionResult', 'deviceResultsToClient', 'sessionImages']);
  expect([v11.sessionImage, v12p.sessionImage?.id]).toEqual([undefined, 'getSessionImage']);
  // The shared operations are the same objects, listing both versions.
  expect(operation('getLivenessSessions').versions).toEqual(['v1.1-preview.1', 'v1.2-preview.1']);
  expect(v12p.families.liveness.list).toBe(v11.families.liveness.list);
});

test('every version has, per session family, the roles of its design, each an operation of that family', () => {
  const roles: Record<string, Role[]> = {
    preview: ['create', 'list', 'get', 'delete', 'audit', 'device'],
    ga: ['create', 'get', 'delete', 'device'],
  };
  for (const version of CONTRACT_VERSIONS) {
    const contract = contractFor(version);
    expect(designOf(version)).toBe(contract.design);
    for (const family of SESSION_FAMILIES) {
      const byRole = contract.families[family];
      for (const role of roles[contract.design]) {
        const op = familyOperation(version, family, role);
        expect(op.family, `${version} ${family} ${role}`).toBe(family);
        expect(op.versions).toContain(version);
        expect(byRole[role]).toBe(op);
      }
    }
    // Every operation is indexed: by family and role, as the session image, or as a settings operation.
    const indexed = [
      ...SESSION_FAMILIES.flatMap((f) => Object.values(contract.families[f])),
      ...(contract.sessionImage ? [contract.sessionImage] : []),
      ...Object.values(contract.settings),
    ];
    expect(indexed.map((op) => op?.id).sort()).toEqual(ids(version).sort());
  }
  expect(() => familyOperation('v1.2', 'liveness', 'list')).toThrow('v1.2 has no list operation for liveness sessions');
  expect(contractFor('v1.2').families.livenessWithVerify.createWithVerifyImage).toBeUndefined();
});

test('the with-verify create body of each version decides JSON or multipart (the session helpers read it)', () => {
  expect(familyOperation('v1.1-preview.1', 'livenessWithVerify', 'create').body?.contentType).toBe('application/json');
  expect(familyOperation('v1.2', 'livenessWithVerify', 'create').body?.contentType).toBe('multipart/form-data');
  expect(familyOperation('v1.2', 'liveness', 'create').body?.contentType).toBe('application/json');
  expect(designOf('v9.9')).toBe('preview');
});

test('each create definition the specs generate from is the one the table names, known to the registry', () => {
  const preview = ['CreateLivenessSessionContent', 'CreateLivenessWithVerifySessionJsonContent'];
  const whole = ['CreateLivenessSessionContent', 'CreateLivenessWithVerifySessionContent'];
  for (const version of CONTRACT_VERSIONS) {
    const definitions = SESSION_FAMILIES.map((family) => createDefinitionFor(version, family));
    expect(definitions, version).toEqual(hasCapability(version, 'attempts') ? whole : preview);
    for (const definition of definitions) expect(registry().has(version, definition), definition).toBe(true);
  }
});

const draft = (id: string): OperationDraft => ({ ...operation('getLivenessSessions'), id });

test('a version stated as differences: add at the end, remove, replace in place; mistakes throw at load', () => {
  const base: VersionEntry = {
    design: 'preview',
    capabilities: ['lists', 'auditTrail'],
    operations: [draft('a'), draft('b'), draft('c')],
  };
  const table = (entry: VersionEntry) =>
    ({ 'v1.1-preview.1': base, 'v1.2-preview.1': entry, 'v1.2': base, 'v1.3-preview.1': base }) as Record<
      ContractVersion,
      VersionEntry
    >;
  const derived = resolveEntry(
    table({ basedOn: 'v1.1-preview.1', remove: ['a'], replace: { b: draft('b2') }, add: [draft('d')] }),
    'v1.2-preview.1',
  );
  expect(derived.operations.map((o) => o.id)).toEqual(['b2', 'c', 'd']);
  expect(derived.design).toBe('preview');
  // Capabilities are inherited, added and dropped along basedOn, in CAPABILITIES order.
  const caps = resolveEntry(
    table({ basedOn: 'v1.1-preview.1', capabilities: ['settings', 'lists'], withoutCapabilities: ['auditTrail'] }),
    'v1.2-preview.1',
  );
  expect(caps.capabilities).toEqual(['lists', 'settings']);
  expect(() => resolveEntry(table({ basedOn: 'v1.1-preview.1', remove: ['x'] }), 'v1.2-preview.1')).toThrow(
    'v1.2-preview.1 changes "x", which v1.1-preview.1 lacks',
  );
  const loop = { 'v1.1-preview.1': { basedOn: 'v1.2-preview.1' }, 'v1.2-preview.1': { basedOn: 'v1.1-preview.1' } };
  expect(() => resolveEntry(loop as never, 'v1.1-preview.1')).toThrow('is a cycle');
});

test('v1.3-preview.1 is v1.2 plus its differences: one replaced create, the settings added, v1.2 shared', () => {
  const v12 = contractFor('v1.2');
  const v13 = contractFor('v1.3-preview.1');
  expect([v13.design, v13.basedOn]).toEqual(['ga', 'v1.2']);
  expect(v12.capabilities).toEqual(['sessionImages', 'attempts']);
  expect(v13.capabilities).toEqual([
    ...v12.capabilities,
    'attemptLimit',
    'userCorrelation',
    'expectedClientIp',
    'abuseMonitoring',
    'settings',
  ]);
  expect(v13.families.liveness.get).toBe(v12.families.liveness.get);
  const create = v13.families.livenessWithVerify.create;
  expect(create?.id).toBe('createLivenessWithVerifySessionV13');
  expect(create?.body?.parts?.map((p) => p.name)).toContain('numberOfClientAttemptsAllowed');
  expect(v12.families.livenessWithVerify.create?.body?.parts?.map((p) => p.name)).not.toContain(
    'numberOfClientAttemptsAllowed',
  );
  expect(Object.keys(v13.settings).sort()).toEqual(['clientAssetsToken', 'getSettings', 'patchSettings']);
  expect(Object.keys(v12.settings)).toEqual([]);
});
