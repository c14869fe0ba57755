import { expect, test } from '@playwright/test';
import { diffContracts } from '../../schemas/diff';

const subjects = (kind: string, from: Parameters<typeof diffContracts>[0]) =>
  new Set(
    diffContracts(from, 'v1.3-preview.1')
      .changes.filter((c) => c.kind === kind)
      .map((c) => c.subject?.split('.').pop()),
  );

test('v1.2 → v1.3-preview.1: the additions are named, and the one limit that breaks an old client', () => {
  const diff = diffContracts('v1.2', 'v1.3-preview.1');
  const requests = subjects('request-field-added', 'v1.2');
  for (const name of ['numberOfClientAttemptsAllowed', 'userCorrelationId', 'expectedClientIpAddress']) {
    expect(requests, name).toContain(name);
  }
  const responses = subjects('response-field-added', 'v1.2');
  for (const name of ['isAbuseMonitoringEnabled', 'expectedClientIpAddress', 'clientInformation']) {
    expect(responses, name).toContain(name);
  }
  const added = diff.changes.filter((c) => c.kind === 'operation-added').map((c) => c.where);
  expect(added).toEqual(['GET /settings', 'PATCH /settings', 'GET /settings/getClientAssetsAccessToken']);
  // modelVersion may now also be 2025-05-20 (reference README item 3): widened, not breaking.
  expect(diff.changes.some((c) => c.kind === 'enum-widened' && c.subject === 'modelVersion')).toBe(true);
  const breaking = diff.changes.filter((c) => c.breaking);
  expect(breaking.map((c) => [c.kind, c.subject])).toEqual([['behaviour-changed', 'attempts per session']]);
  expect(breaking[0].reason).toMatch(/numberOfClientAttemptsAllowed/);
});

test('v1.2-preview.1 → v1.3-preview.1: the GA redesign breaks as it does for v1.2, and v1.3 adds its own', () => {
  const toGa = diffContracts('v1.2-preview.1', 'v1.2');
  const toV13 = diffContracts('v1.2-preview.1', 'v1.3-preview.1');
  const kinds = (d: typeof toGa) => new Set(d.changes.filter((c) => c.breaking).map((c) => `${c.kind} ${c.where}`));
  for (const change of kinds(toGa)) expect(kinds(toV13), change).toContain(change);
  expect(subjects('request-field-added', 'v1.2-preview.1')).toContain('numberOfClientAttemptsAllowed');
  expect(toV13.changes.filter((c) => c.kind === 'operation-added').map((c) => c.where)).toContain('PATCH /settings');
});
