import fc from 'fast-check';
import { connect } from 'node:net';
import type { ContractVersion } from '../../schemas';
import { API_VERSIONS, conflictFor, registry } from '../../schemas';
import { arbitraryFor, invalidArbitrary } from '../../generators';
import type { Reply } from './client';
import { multipart, send } from './client';
import { expect, test } from './fixtures';

const enc = encodeURIComponent;
const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((n) => String.fromCharCode(n)), maxLength: 10 }),
  fc.constantFrom('', 'a'.repeat(65), 'x'.repeat(5000), '../', '..', '.', '/', '\u0000', '\u202e', '😀'),
);
/** Path segments as sent: encoded odd strings, or raw traps (traversal, encoded slashes, broken escapes). */
const segment = fc.oneof(
  oddString.map(enc),
  fc.constantFrom('..', '.', '%2F', '..%2F..%2Fetc', '%', '%E0%A4%A', '%00', 'a%2Fb', '%2e%2e', '~'),
);
const version = fc.oneof(fc.constantFrom(...API_VERSIONS), segment);
const family = fc.constantFrom('detectLiveness', 'detectLivenessWithVerify', 'DETECTLIVENESS', 'nope');
const tail = fc.oneof(
  fc.constant('/singleModal/sessions'),
  fc.constant('/singleModal'),
  segment.map((id) => `/singleModal/sessions/${id}`),
  segment.map((id) => `/singleModal/sessions/${id}/audit`),
  fc.array(segment, { maxLength: 4 }).map((s) => `/singleModal/${s.join('/')}`),
);
const queryPart = fc.tuple(fc.constantFrom('start', 'top', 'x', 'top', 'start'), oddString);
const query = fc
  .array(queryPart, { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&')}` : ''));
const path = fc.oneof(
  fc.tuple(version, family, tail, query).map(([v, f, t, q]) => `/face/${v}/${f}${t}${q}`),
  fc.tuple(version, segment).map(([v, id]) => `/face/${v}/session/sessionImages/${id}`),
  fc.array(segment, { maxLength: 5 }).map((s) => `/${s.join('/')}`),
);
const jsonish = fc.oneof(
  fc.json(),
  oddString,
  fc
    .record(
      {
        livenessOperationMode: fc.oneof(fc.constantFrom('Passive', 'PassiveActive'), fc.anything()),
        authTokenTimeToLiveInSeconds: fc.oneof(fc.integer(), fc.double(), fc.string()),
        deviceCorrelationId: fc.oneof(oddString, fc.constant(null)),
        deviceCorrelationIdSetInClient: fc.anything(),
        sendResultsToClient: fc.anything(),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
);
const parts = fc.array(
  fc.record({
    name: fc.constantFrom('Parameters', 'VerifyImage', 'Content', 'Other'),
    value: fc.oneof(
      jsonish,
      fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
    ),
    filename: fc.option(fc.constantFrom('a.jpg', '', 'ü.bin'), { nil: undefined }),
  }),
  { maxLength: 4 },
);
const body = fc.oneof(
  fc
    .tuple(jsonish, fc.constantFrom('application/json', 'text/plain', 'application/xml'))
    .map(([text, type]) => ({ type, bytes: Buffer.from(text) })),
  parts.map((p) => {
    const m = multipart(p);
    return { type: m.type, bytes: m.body };
  }),
  fc.uint8Array({ maxLength: 256 }).map((a) => ({ type: 'multipart/form-data', bytes: Buffer.from(a) })),
  fc.constant({ type: '', bytes: Buffer.alloc(0) }),
);
const auth = fc.constantFrom('key', 'aad', 'none', 'wrong', 'bearer-junk');
const method = fc.constantFrom('GET', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS');

function isFaceError(r: Reply): boolean {
  return typeof r.json?.error?.code === 'string' && typeof r.json.error.message === 'string';
}

test('fuzz: malformed requests get 4xx FaceErrorResponse, never a 5xx, never a crash', async ({ mock }) => {
  const headersFor = (a: string, type: string): Record<string, string> => {
    const h: Record<string, string> = type ? { 'Content-Type': type } : {};
    if (a === 'key') h['Ocp-Apim-Subscription-Key'] = mock.key;
    if (a === 'aad') h.Authorization = `Bearer ${mock.aadToken}`;
    if (a === 'wrong') h['Ocp-Apim-Subscription-Key'] = 'nope';
    if (a === 'bearer-junk') h.Authorization = 'Bearer junk';
    return h;
  };
  await fc.assert(
    fc.asyncProperty(method, path, body, auth, async (m, p, b, a) => {
      const r = await send(mock.url, m, p, headersFor(a, b.type), m === 'GET' ? undefined : b.bytes);
      expect(r.status, `${m} ${p}`).toBeLessThan(500);
      expect(r.headers['apim-request-id']).toBeTruthy();
      if (r.status >= 400) {
        expect(isFaceError(r), `${m} ${p}: ${r.text}`).toBe(true);
        expect(r.headers['x-ms-error-code']).toBe(r.json.error.code);
        expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
      }
    }),
    { numRuns: 600 },
  );
  expect(
    (
      await send(mock.url, 'GET', '/face/v1.1-preview.1/detectLiveness/singleModal/sessions', {
        'Ocp-Apim-Subscription-Key': mock.key,
      })
    ).status,
  ).toBe(200);
});

/**
 * Whether a create body is valid by the version's schema, the documented conflicts aside (the contract
 * contradicts itself there and the mock accepts: CONTRACT.md §4, schemas/conflicts.ts).
 */
function validCreate(version: ContractVersion, definition: string, text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return registry()
    .validate(version, definition, value)
    .every((v) => conflictFor(definition, v.schemaPath));
}

const createDefinition = (f: string): string =>
  f === 'detectLivenessWithVerify' ? 'CreateLivenessWithVerifySessionJsonContent' : 'CreateLivenessSessionContent';

/** A version, a family path and a body: odd text, a body valid by the schema, or one labelled invalid case. */
const createCase = fc.tuple(fc.constantFrom(...API_VERSIONS), family).chain(([v, f]) =>
  fc.tuple(
    fc.constant(v),
    fc.constant(f),
    fc.oneof(
      jsonish,
      arbitraryFor(v, createDefinition(f)).map((b) => JSON.stringify(b)),
      invalidArbitrary(v, createDefinition(f)).map((c) => JSON.stringify(c.value) ?? ''),
    ),
  ),
);

test('fuzz: a create body valid by the schema is accepted (200), an invalid one refused (400)', async ({ mock }) => {
  let accepted = 0;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(createCase, async ([v, f, text]) => {
      const headers = { 'Ocp-Apim-Subscription-Key': mock.key, 'Content-Type': 'application/json' };
      const r = await send(mock.url, 'POST', `/face/${v}/${f}/singleModal/sessions`, headers, text);
      if (f === 'nope') {
        expect(r.status).toBe(404);
        return;
      }
      const valid = validCreate(v, createDefinition(f), text);
      expect(r.status, `${v} ${f} ${text.slice(0, 300)} → ${r.text.slice(0, 300)}`).toBe(valid ? 200 : 400);
      if (valid) accepted++;
      else {
        refused++;
        expect(isFaceError(r)).toBe(true);
      }
    }),
    { numRuns: 300, seed: 14 },
  );
  // Both sides of the property were exercised, or it proves nothing.
  expect(accepted).toBeGreaterThan(10);
  expect(refused).toBeGreaterThan(10);
});

test('malformed HTTP gets a 400 and the server keeps serving', async ({ mock }) => {
  const port = Number(new URL(mock.url).port);
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('GARBAGE \u0001 HTTP/9\r\n\r\n'));
    let text = '';
    socket.on('data', (d) => (text += d.toString()));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
  expect(answer).toMatch(/^HTTP\/1\.1 400/);
  expect(answer).toContain('"code":"BadArgument"');
  const ok = await send(mock.url, 'GET', '/face/v1.2-preview.1/detectLiveness/singleModal/sessions', {
    'Ocp-Apim-Subscription-Key': mock.key,
  });
  expect(ok.status).toBe(200);
});
