/**
 * Legal mutants of the mock's transport, triaged from its mutation run: reading a body (mock/body.ts), parsing
 * multipart (mock/multipart.ts), framing an answer (mock/http.ts) and the stores' members only faults or the
 * tests' reset use (mock/sessionStore.ts, mock/imageStore.ts). Part of the register (bench/mutation/legalMutants.ts).
 */
import type { LegalMutant } from './legalMutant';
import { NOT_SEEN, exactEntries } from './legalMutant';

/** The basis of a body over the mock's size limit. */
const OVERSIZED =
  "no document names a size limit for a request body, nor the answer to a body over one (CONTRACT.md, seeds 000-003, reference/); the suite sends no body near the mock's limits (JSON_BODY_LIMIT, MULTIPART_BODY_LIMIT in mock/index.ts): any answer is legal";

/** The basis of a multipart body that is not well formed. */
const MALFORMED_MULTIPART =
  'CONTRACT.md §1-§2 name the multipart parts a create and a device call take; no document says what a server answers to a multipart body without a boundary, with a part given twice, more than 16 parts or a broken part (the suite sends none: any answer is legal)';

/** The basis of a client that goes away while it sends. */
const ABORTED =
  'a client that drops its connection while it sends a body reads no answer whatever the server does; the suite never does (its timeouts outlast every answer of the mock)';

/**
 * The two mutants of a guard `!flag` that stop it from ever passing: `flag` (BooleanLiteral) and `false`
 * (ConditionalExpression), on the line holding `near`.
 */
const guardDropped = (file: string, flag: string, near: string, reason: string, basis: string): LegalMutant[] =>
  [
    ['BooleanLiteral', flag],
    ['ConditionalExpression', 'false'],
  ].map(([mutator, replacement]) => ({
    file,
    mutator,
    original: `!${flag}`,
    whole: true,
    near,
    replacement,
    reason,
    basis,
  }));

/** The transport's legal mutants. */
export const TRANSPORT_MUTANTS: LegalMutant[] = [
  // mock/body.ts: the media type
  ...exactEntries(
    'mock/body.ts',
    'CONTRACT.md §1 names the media types (application/json, multipart/form-data) and the suite sends them as the SDKs do, lower case, no space before a parameter; no document of the API says how a server reads another spelling (RFC 9110 allows spaces there, which the inventory does not make a rule)',
    [
      [
        'MethodExpression',
        "(req.headers['content-type'] ?? '').split(';')[0].trim()",
        undefined,
        'a Content-Type with spaces around its media type is read otherwise',
      ],
    ],
  ),
  {
    file: 'mock/body.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "req.headers['content-type'] ?? ''",
    reason: 'equivalent: a request without Content-Type has a media type no operation takes either way',
    basis: NOT_SEEN,
  },
  // mock/body.ts: a body over the limit
  ...exactEntries('mock/body.ts', OVERSIZED, [
    [
      'ArrowFunction',
      "(): HttpError =>\n      new HttpError(413, 'BadArgument', `request body over ${limit} bytes; send a smaller body`)",
      undefined,
      'a body over the limit gets no FaceErrorResponse (the connection fails)',
    ],
    ['StringLiteral', "'BadArgument'", undefined, "a body over the limit is refused with the code ''"],
    ['ConditionalExpression', 'size <= limit', 'true', 'a body over the limit is read whole'],
    ['EqualityOperator', 'size <= limit', 'size < limit', 'a body exactly at the limit is refused'],
    [
      'BlockStatement',
      '{\n        settled = true;\n        chunks.length = 0;\n        reject(tooLarge());\n      }',
      undefined,
      'a body over the limit is read up to the limit and handled',
    ],
    ['ConditionalExpression', 'size > DRAIN_CAP', 'false', 'a body over 64 MiB is drained instead of dropped'],
    ['EqualityOperator', 'size > DRAIN_CAP', 'size >= DRAIN_CAP', 'a body of exactly 64 MiB is dropped'],
  ]),
  ...guardDropped(
    'mock/body.ts',
    'settled',
    'else if (!settled)',
    'a body over the limit is read up to the limit and handled',
    OVERSIZED,
  ),
  {
    file: 'mock/body.ts',
    mutator: 'ConditionalExpression',
    original: '!settled',
    whole: true,
    replacement: 'true',
    reason: 'equivalent: a promise already settled (a body over the limit refused) ignores a second reject or resolve',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/body.ts',
    mutator: 'BooleanLiteral',
    original: 'true',
    whole: true,
    replacement: 'false',
    near: 'settled = true;',
    reason:
      'equivalent: once the body is refused, read or failed, a later reject or resolve of the settled promise does nothing',
    basis: NOT_SEEN,
  },
  // mock/body.ts: the request's error event (a client gone mid-body)
  ...exactEntries('mock/body.ts', ABORTED, [
    ['StringLiteral', "'error'", undefined, 'an error of the request stream has no listener'],
    [
      'BlockStatement',
      '{\n      if (!settled) reject(err);\n      settled = true;\n    }',
      undefined,
      'an error of the request stream is ignored',
    ],
  ]),
  ...guardDropped('mock/body.ts', 'settled', 'reject(err)', 'an error of the request stream is ignored', ABORTED),
  // mock/multipart.ts
  ...exactEntries('mock/multipart.ts', MALFORMED_MULTIPART, [
    [
      'BlockStatement',
      '{\n      if (!failed) reject(badArgument(`multipart body: ${message}`));\n      failed = true;\n    }',
      undefined,
      'a malformed multipart body is taken as the parts read before the fault',
    ],
    ['ConditionalExpression', 'parts.has(name)', 'false', 'a part given twice: the later one counts'],
    [
      'StringLiteral',
      '`part "${name}" is given twice; give it once`',
      undefined,
      'a part given twice is refused with another message',
    ],
    [
      'ObjectLiteral',
      '{ parts: 16, fieldSize: body.length + 1, fileSize: body.length + 1 }',
      undefined,
      'a body of more than 16 parts is parsed whole',
    ],
    [
      'BlockStatement',
      '{\n      fail(`${(err as Error).message}; send multipart/form-data with a boundary`);\n      return;\n    }',
      undefined,
      'a multipart body without a boundary ends in an error answer of another kind',
    ],
    [
      'StringLiteral',
      '`${(err as Error).message}; send multipart/form-data with a boundary`',
      undefined,
      'a multipart body without a boundary is refused with another message',
    ],
    ['StringLiteral', "'error'", undefined, 'an error inside a part is not listened to'],
    ['ArrowFunction', '(err: Error) => fail(err.message)', undefined, 'an error inside a part or the body is ignored'],
    ['StringLiteral', "'partsLimit'", undefined, 'a body of more than 16 parts is parsed whole'],
    ['ArrowFunction', "() => fail('more than 16 parts')", undefined, 'a body of more than 16 parts is parsed whole'],
    [
      'StringLiteral',
      "'more than 16 parts'",
      undefined,
      'a body of more than 16 parts is refused with another message',
    ],
  ]),
  ...guardDropped(
    'mock/multipart.ts',
    'failed',
    'reject(badArgument',
    'a malformed multipart body gets no answer (the request hangs)',
    MALFORMED_MULTIPART,
  ),
  {
    file: 'mock/multipart.ts',
    mutator: 'BooleanLiteral',
    original: 'true',
    whole: true,
    near: 'failed = true;',
    reason:
      'equivalent: a malformed body is refused at its first fault; a later reject or resolve of the settled promise does nothing',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/multipart.ts',
    mutator: 'ArithmeticOperator',
    original: 'body.length + 1',
    whole: true,
    replacement: 'body.length - 1',
    reason:
      'equivalent: a part is always shorter than its body less one byte (the body also holds the boundary and the part headers)',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/multipart.ts',
    mutator: 'ConditionalExpression',
    original: '!failed',
    whole: true,
    replacement: 'true',
    reason: 'equivalent: a promise already rejected (a malformed body) ignores a second reject or the resolve',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/multipart.ts',
    mutator: 'LogicalOperator',
    original: "info.filename ?? ''",
    whole: true,
    reason:
      "a file part's filename reads as '': the simulated result's target.fileName is 'content' instead of the name sent (create and device calls only ask whether a part is a file)",
    basis:
      "CONTRACT.md §2: the result's target (faceRectangle, fileName, …) is what the service found; no document ties fileName to the name a client sent",
  },
  {
    file: 'mock/multipart.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "info.filename ?? ''",
    reason: 'equivalent: busboy emits a file part only with a filename, so the fallback never applies',
    basis: `busboy (a part without a filename is a field) (${NOT_SEEN})`,
  },
  {
    file: 'mock/multipart.ts',
    mutator: 'StringLiteral',
    original: "'utf8'",
    reason: "equivalent: Buffer.from(text, '') encodes UTF-8, as 'utf8' does",
    basis: `node:buffer (${NOT_SEEN})`,
  },
  // mock/http.ts
  ...exactEntries(
    'mock/http.ts',
    'RFC 9112 §6: an empty answer framed with Content-Length: 0 or chunked reads the same; no document of the API names the framing',
    [
      [
        'ObjectLiteral',
        "{ 'Content-Length': 0 }",
        undefined,
        'an empty answer (a delete, a device call) is sent chunked',
      ],
    ],
  ),
  // mock/sessionStore.ts, mock/imageStore.ts: members only fault code or the tests' reset use
  {
    file: 'mock/sessionStore.ts',
    mutator: 'BooleanLiteral',
    original: 'false',
    near: 'includeDeleted = false',
    reason:
      'equivalent: every handler states includeDeleted; only fault code (delete-crosses-families) takes the default',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/sessionStore.ts',
    mutator: 'BlockStatement',
    original: '{\n    return this.sessions.values();\n  }',
    whole: true,
    reason: 'equivalent: only fault code (audit-other-session-entry) walks every stored session',
    basis: NOT_SEEN,
  },
  ...['mock/sessionStore.ts', 'mock/imageStore.ts'].map((file): LegalMutant => ({
    file,
    mutator: 'BlockStatement',
    original: 'clear()',
    near: 'clear(): void {',
    reason:
      "equivalent in a conformance run: only the tests' reset between probes (mock/index.ts reset) clears a store; a run starts its own mock",
    basis: NOT_SEEN,
  })),
];
