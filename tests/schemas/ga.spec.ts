import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  API_VERSIONS,
  CONTRACT_VERSIONS,
  buildRegistry,
  definitionsFor,
  isContractVersion,
  isGaVersion,
  listOperations,
  openApiFor,
  operationsFor,
  registry,
} from '../../schemas';

const reg = registry();
const targets = { color: { faceRectangle: { top: 669, left: 203, width: 646, height: 724 } } };
const session = {
  sessionId: 'b12e033e-bda7-4b83-a211-e721c661f30e',
  authToken: 'eyJhbGciOiJFUzI1NiIsIm',
  status: 'Succeeded',
  modelVersion: '2024-11-15',
  results: {
    attempts: [
      { attemptId: 1, attemptStatus: 'Failed', error: { code: 'FaceWithMaskDetected', message: 'mask', targets } },
      { attemptId: 2, attemptStatus: 'Succeeded', result: { livenessDecision: 'realface', targets, digest: 'ab' } },
    ],
  },
};
/** The verify references of a with-verify session, as the real service's create answers them (referenceType "image"). */
const verifyReferences = [
  {
    referenceType: 'image',
    faceRectangle: { top: 66, left: 440, width: 227, height: 304 },
    qualityForRecognition: 'high',
  },
];

/** The violations of a value, as `pointer keyword` lines. */
const at = (definition: string, value: unknown): string[] =>
  reg.validate('v1.2', definition, value).map((v) => `${v.instancePath || '/'} ${v.keyword}`);

test('v1.2 is a contract version beside the previews, which stay what API_VERSIONS lists', () => {
  // The table's order; a version added later joins the end of the lists (ARCHITECTURE.md "Where a new version goes").
  expect(API_VERSIONS.slice(0, 2)).toEqual(['v1.1-preview.1', 'v1.2-preview.1']);
  expect(CONTRACT_VERSIONS.slice(0, 4)).toEqual([...API_VERSIONS.slice(0, 2), 'v1.2', 'v1.3-preview.1']);
  expect(isContractVersion('v1.2') && isGaVersion('v1.2')).toBe(true);
  expect(isContractVersion('v1.3-preview.1') && isGaVersion('v1.3-preview.1')).toBe(true);
  expect(isGaVersion('v1.2-preview.1') || isContractVersion('v9')).toBe(false);
});

test('v1.2 schemas compile in the one registry, each citing CONTRACT.md §5 or a seed', () => {
  expect(buildRegistry().versions).toContain('v1.2');
  const defs = definitionsFor('v1.2');
  for (const [name, schema] of Object.entries(defs)) {
    expect(schema.$id, name).toContain(`/v1.2/${name}.json`);
    expect(String(schema.$comment), name).toMatch(/CONTRACT\.md §5|seed/);
  }
  for (const gone of ['LivenessSessionItem', 'LivenessSessionAuditEntry', 'ListTop', 'FaceSessionStatus']) {
    expect(reg.has('v1.2', gone), gone).toBe(false);
  }
});

test('v1.2 examples validate: a whole session, a new one, both create bodies', () => {
  expect(at('LivenessSession', session)).toEqual([]);
  expect(
    at('LivenessWithVerifySession', { ...session, status: 'NotStarted', results: { attempts: [], verifyReferences } }),
  ).toEqual([]);
  // A real read while Running: authToken "", no modelVersion; an undocumented member is allowed (a note).
  expect(
    at('LivenessSession', { sessionId: 's', authToken: '', status: 'Running', results: { attempts: [] }, extra: 1 }),
  ).toEqual([]);
  expect(
    at('CreateLivenessSessionContent', {
      livenessOperationMode: 'Passive',
      deviceCorrelationId: 'd',
      livenessModelVersion: '2024-11-15',
    }),
  ).toEqual([]);
  expect(
    at('CreateLivenessWithVerifySessionContent', {
      livenessOperationMode: 'PassiveActive',
      deviceCorrelationIdSetInClient: true,
      verifyConfidenceThreshold: 0.5,
    }),
  ).toEqual([]);
});

test('v1.2 constraints are rejected at the right pointer', () => {
  expect(at('LivenessSession', { ...session, status: 'ResultAvailable' })).toEqual(['/status enum']);
  expect(at('LivenessSession', { sessionId: 's' })).toEqual(['/ required', '/ required', '/ required']);
  // The swagger's result members: targets and digest required, the face rectangle in int32 integers.
  const face = { top: 2 ** 31, left: 1.5, width: 1, height: 1 };
  const result = { livenessDecision: 'realface', targets: { color: { faceRectangle: face } } };
  expect(
    at('LivenessSession', {
      ...session,
      results: { attempts: [{ attemptId: 1, attemptStatus: 'Succeeded', result }] },
    }).sort(),
  ).toEqual([
    '/results/attempts/0/result required',
    '/results/attempts/0/result/targets/color/faceRectangle/left type',
    '/results/attempts/0/result/targets/color/faceRectangle/top maximum',
  ]);
  expect(at('LivenessWithVerifySession', session)).toEqual(['/results required']);
  const both = { result: { targets, digest: 'd' }, error: { code: 'c', message: 'm', targets } };
  const attempts = [{ attemptId: 0, attemptStatus: 'Succeeded', ...both }];
  expect(at('LivenessSession', { ...session, results: { attempts } }).sort()).toEqual([
    '/results/attempts/0 not',
    '/results/attempts/0/attemptId minimum',
  ]);
  expect(at('LivenessSession', { ...session, modelVersion: '2023-12-20-preview.06' })).toEqual(['/modelVersion enum']);
  const create = { livenessOperationMode: 'Passive', deviceCorrelationId: 'd' };
  expect(at('CreateLivenessSessionContent', { ...create, sendResultsToClient: true })).toEqual([
    '/ additionalProperties',
  ]);
  expect(at('CreateLivenessSessionContent', { ...create, livenessSingleModalModel: '2024-11-15' })).toEqual([
    '/ additionalProperties',
  ]);
  expect(at('CreateLivenessSessionContent', { ...create, authTokenTimeToLiveInSeconds: 86401 })).toEqual([
    '/authTokenTimeToLiveInSeconds maximum',
  ]);
  expect(at('CreateLivenessSessionContent', { livenessOperationMode: 'Passive' })).toEqual(['/ required']);
  expect(at('CreateLivenessWithVerifySessionContent', { ...create, verifyConfidenceThreshold: 1.5 })).toEqual([
    '/verifyConfidenceThreshold maximum',
  ]);
});

test('the v1.2 OpenAPI document: the §5 paths, DELETE 204, with-verify create multipart only', () => {
  const doc = openApiFor('v1.2');
  expect(Object.keys(doc.paths ?? {})).toEqual(
    expect.arrayContaining([
      '/detectLiveness-sessions/{sessionId}',
      '/detectLivenessWithVerify-sessions',
      '/sessionImages/{sessionImageId}',
    ]),
  );
  const ops = listOperations(doc);
  expect(ops.map((o) => o.operation.operationId).sort()).toEqual(
    operationsFor('v1.2')
      .map((o) => o.id)
      .sort(),
  );
  const del = ops.find((o) => o.method === 'delete' && o.path === '/detectLiveness-sessions/{sessionId}');
  expect(Object.keys(del?.operation.responses ?? {})).toContain('204');
  const create = doc.paths?.['/detectLivenessWithVerify-sessions']?.post;
  const body = create?.requestBody as { content: Record<string, { schema: { required: string[] } }> };
  expect(Object.keys(body.content)).toEqual(['multipart/form-data']);
  expect(body.content['multipart/form-data'].schema.required).toEqual(['livenessOperationMode', 'verifyImage']);
});

test('validate CLI: --api-version v1.2 validates against the GA contract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'validate-ga-'));
  const file = join(dir, 'session.json');
  writeFileSync(file, JSON.stringify({ ...session, status: 'ResultAvailable' }));
  const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
  const r = spawnSync(
    tsx,
    [join(__dirname, '..', '..', 'cli', 'validate.ts'), 'LivenessSession', file, '--api-version', 'v1.2'],
    { encoding: 'utf8' },
  );
  expect(r.status).toBe(1);
  expect(r.stdout).toContain('/status  enum');
  writeFileSync(file, JSON.stringify(session));
  const ok = spawnSync(
    tsx,
    [join(__dirname, '..', '..', 'cli', 'validate.ts'), 'LivenessSession', file, '--api-version', 'v1.2'],
    { encoding: 'utf8' },
  );
  expect(ok.stdout).toContain('valid LivenessSession (v1.2)');
});
