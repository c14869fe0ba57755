import { expect, test } from '@playwright/test';
import type { ContractVersion } from '../../schemas';
import { CONTRACT_VERSIONS, familyOperation, hasCapability } from '../../schemas';
import type { CreatedSession, Runtime } from '../../runner';
import { SessionCalls, deleteTestSessions } from '../../runner';
import type { Part, WireRequest } from '../../wire';

/** A runtime whose client answers each request with `status(req)` (a create with a session) and logs what it sent. */
function fakeRuntime(version: ContractVersion, status = (_req: WireRequest): number => 200) {
  const sent: { req: WireRequest; reserved: boolean }[] = [];
  const ledger: string[] = [];
  const answer = (req: WireRequest, reserved: boolean) => {
    sent.push({ req, reserved });
    const json = req.method === 'POST' ? { sessionId: `s${sent.length}`, authToken: 't' } : undefined;
    return Promise.resolve({ request: req, response: { status: status(req), json, headers: {} } });
  };
  const rt = {
    config: { apiVersion: version },
    client: { send: (r: WireRequest) => answer(r, false), sendReserved: (r: WireRequest) => answer(r, true) },
    ledger: {
      created: (family: string, id: string) => ledger.push(`created ${family} ${id}`),
      deleted: (family: string, id: string) => ledger.push(`deleted ${family} ${id}`),
      open: () => [{ family: 'liveness', id: 's1' }],
    },
  } as unknown as Runtime;
  return { rt, sent, ledger };
}

const names = (req: WireRequest): string[] =>
  req.body?.kind === 'multipart' ? req.body.parts.map((p: Part) => p.name) : [req.body?.kind ?? 'none'];

test('each create is sent in the body form its operation states in the table, and recorded in the ledger', async () => {
  for (const version of CONTRACT_VERSIONS) {
    const { rt, sent, ledger } = fakeRuntime(version);
    const calls = new SessionCalls(rt);
    for (const family of ['liveness', 'livenessWithVerify'] as const) {
      const op = familyOperation(version, family, 'create');
      const { session } = await calls.create(family, { livenessOperationMode: 'Passive' });
      const req = sent[sent.length - 1].req;
      expect([req.method, req.path, req.operationId]).toEqual([op.method, op.path, op.id]);
      const flat = op.body?.flat ? ['livenessOperationMode', 'verifyImage'] : ['json'];
      expect(names(req), `${version} ${family}`).toEqual(flat);
      expect(session).toMatchObject({ family, id: `s${sent.length}`, token: 't', withVerifyImage: !!op.body?.flat });
      expect(ledger).toContain(`created ${family} s${sent.length}`);
    }
    if (hasCapability(version, 'lists')) {
      // The previews' second create: the fields as the JSON part `Parameters`, then the verify image.
      await calls.create('livenessWithVerify', { a: 1 }, { verifyImage: new Uint8Array([1]) });
      const parts = sent[sent.length - 1].req.body as { parts: Part[] };
      expect(parts.parts.map((p) => [p.name, p.contentType])).toEqual([
        ['Parameters', 'application/json'],
        ['VerifyImage', 'application/octet-stream'],
      ]);
      expect(parts.parts[0].data).toBe('{"a":1}');
    } else {
      await expect(calls.create('liveness', {}, { verifyImage: new Uint8Array([1]) })).rejects.toThrow(
        /no verify image/,
      );
    }
  }
});

test('a refused create records nothing; a delete answered 2xx or 404 closes the entry, a 401 does not', async () => {
  for (const [status, closes] of [
    [204, true],
    [404, true],
    [401, false],
  ] as const) {
    const { rt, sent, ledger } = fakeRuntime('v1.2', (req) => (req.method === 'POST' ? 401 : status));
    const calls = new SessionCalls(rt);
    expect((await calls.create('liveness', {})).session).toBeUndefined();
    await calls.delete('liveness', 'x', { auth: 'wrong-key' });
    expect(sent.map((s) => [s.req.method, s.req.auth, s.reserved])).toEqual([
      ['POST', 'key', false],
      ['DELETE', 'wrong-key', false],
    ]);
    expect(ledger).toEqual(closes ? ['deleted liveness x'] : []);
  }
  // A test's cleanup: only what the ledger still has open, outside the budget.
  const { rt, sent, ledger } = fakeRuntime('v1.1-preview.1');
  const session = (id: string): CreatedSession => ({
    family: 'liveness',
    id,
    token: '',
    fields: {},
    withVerifyImage: false,
  });
  expect(await deleteTestSessions(rt, [session('s1'), session('s2')])).toEqual([]);
  expect(sent.map((s) => [s.req.method, s.req.path, s.reserved])).toEqual([
    ['DELETE', '/detectLiveness/singleModal/sessions/s1', true],
  ]);
  expect(ledger).toEqual(['deleted liveness s1']);
});

test('a device call sends the parts its operation lists; a user agent where the audit trail records it', async () => {
  for (const version of ['v1.1-preview.1', 'v1.2'] as const) {
    const { rt, sent } = fakeRuntime(version);
    const calls = new SessionCalls(rt);
    const session: CreatedSession = {
      family: 'livenessWithVerify',
      id: 's',
      token: 't',
      fields: {},
      withVerifyImage: false,
    };
    await calls.device(session, { clientRequestId: 'c' });
    await calls.device({ ...session, withVerifyImage: true }, { family: 'liveness', auth: 'key-on-device' });
    const [first, second] = sent.map((s) => s.req);
    const audited = hasCapability(version, 'auditTrail');
    expect(names(first)).toEqual(audited ? ['Content', 'VerifyImage'] : ['Content']);
    expect(first.headers).toEqual(
      audited
        ? { 'User-Agent': 'liveness-conformance-device/1.0', 'client-request-id': 'c' }
        : { 'client-request-id': 'c' },
    );
    expect([first.auth, first.sessionToken]).toEqual(['session-token', 't']);
    expect([names(second), second.path, second.auth]).toEqual([
      ['Content'],
      familyOperation(version, 'liveness', 'device').path,
      'key-on-device',
    ]);
  }
});
