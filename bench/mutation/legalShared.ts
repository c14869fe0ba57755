/**
 * Legal mutants of the mock's shared core, triaged from its mutation run: authentication (mock/auth.ts),
 * routing (mock/router.ts), the preview store (mock/state.ts) and create-body validation
 * (mock/createBody.ts), the simulated device call both designs share (mock/deviceCall.ts). Part of the register (bench/mutation/legalMutants.ts).
 */
import type { LegalMutant } from './legalMutant';
import { DEVICE_PROTOCOL, FREE_TEXT, NO_CODE, NOT_SEEN, TTL_EDGE, exactEntries } from './legalMutant';

/** The basis of what a server answers outside the documented paths and methods. */
const OUTSIDE_PATHS =
  'CONTRACT.md §1 names every operation by method and path; no document says what a server answers for another path, method or API version (the suite sends none: any answer is legal)';

/** The basis of the decision the simulated model reaches. */
const DECISION = "CONTRACT.md §2 LivenessDecision: which decision a video gets is the service's model, not a rule";

/** The shared core's legal mutants. */
export const SHARED_CORE_MUTANTS: LegalMutant[] = [
  // mock/auth.ts
  ...[
    "'access denied: send the resource key",
    "'the session token has expired or its session was deleted",
    "'access denied: send the session authToken",
  ].map((original): LegalMutant => ({
    file: 'mock/auth.ts',
    mutator: 'StringLiteral',
    original,
    reason: 'another 401 message',
    basis: FREE_TEXT,
  })),
  ...[
    '/Bearer\\s+(\\S+)\\s*$/i',
    '/^Bearer\\s+(\\S+)\\s*/i',
    '/^Bearer\\s(\\S+)\\s*$/i',
    '/^Bearer\\s+(\\S+)\\S*$/i',
  ].map((replacement): LegalMutant => ({
    file: 'mock/auth.ts',
    mutator: 'Regex',
    original: '/^Bearer\\s+(\\S+)\\s*$/i',
    whole: true,
    replacement,
    reason:
      'an Authorization header of another form (text before Bearer, several spaces, text or spaces after the token) is read otherwise',
    basis:
      'CONTRACT.md §1 and §3 rule 7: a client sends "Authorization: Bearer <token>"; no document says how a server reads another form (CONTRACT.md §4)',
  })),
  {
    file: 'mock/auth.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "authorization ?? ''",
    reason: 'equivalent: a request without Authorization matches no bearer token either way',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/auth.ts',
    mutator: 'StringLiteral',
    original: "','",
    reason: 'equivalent: Node joins a repeated request header into one string before the mock sees it',
    basis: `node:http IncomingMessage.headers (${NOT_SEEN})`,
  },
  {
    file: 'mock/auth.ts',
    mutator: 'ConditionalExpression',
    original: 'token === undefined',
    whole: true,
    replacement: 'false',
    reason: 'equivalent: a lookup of no token finds no session either way',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/auth.ts',
    mutator: 'EqualityOperator',
    original: 'now >= session.createdAt + session.ttl * 1000',
    replacement: 'now > ',
    reason: 'a token still works at the one millisecond its TTL ends',
    basis: TTL_EDGE,
  },
  // mock/router.ts
  ...exactEntries('mock/router.ts', OUTSIDE_PATHS, [
    [
      'StringLiteral',
      "'NotFound'",
      undefined,
      'another error code for a path outside the documented ones or a malformed escape',
    ],
    [
      'LogicalOperator',
      "t.startsWith('{') && t.endsWith('}')",
      undefined,
      'equivalent: a template segment either starts and ends with braces or has neither',
    ],
    [
      'StringLiteral',
      "'{'",
      undefined,
      'equivalent: a template segment either starts and ends with braces or has neither',
    ],
    [
      'StringLiteral',
      "'}'",
      undefined,
      'equivalent: a template segment either starts and ends with braces or has neither',
    ],
    [
      'ConditionalExpression',
      "segments[i] === ''",
      'false',
      'an empty path segment is taken as a parameter (an empty session id, then not found)',
    ],
    [
      'BlockStatement',
      '{\n    return undefined;\n  }',
      undefined,
      'equivalent: the function returns undefined either way',
    ],
    [
      'ConditionalExpression',
      "!url.startsWith('/')",
      'false',
      'equivalent: Node gives a request path that starts with /',
    ],
    ['EqualityOperator', 'q < 0', 'q <= 0', 'equivalent: the path starts with /, so q is never 0'],
    [
      'ConditionalExpression',
      "empty !== '' || face?.toLowerCase() !== 'face'",
      'false',
      'a path that does not begin /face/{apiVersion} is answered otherwise',
    ],
    [
      'LogicalOperator',
      "empty !== '' || face?.toLowerCase() !== 'face'",
      undefined,
      'a path that does not begin /face/{apiVersion} is answered otherwise',
    ],
    [
      'ConditionalExpression',
      "empty !== ''",
      'false',
      'a path that does not begin /face/{apiVersion} is answered otherwise',
    ],
    [
      'ConditionalExpression',
      "face?.toLowerCase() !== 'face'",
      'false',
      'a path that does not begin /face/{apiVersion} is answered otherwise',
    ],
    [
      'OptionalChaining',
      'face?.toLowerCase',
      undefined,
      'equivalent: a path starting with / always has a first segment',
    ],
    [
      'ConditionalExpression',
      'rawVersion === undefined',
      'false',
      'a path /face with no version is answered otherwise',
    ],
    [
      'ConditionalExpression',
      '!version',
      'false',
      'an API version the server does not serve is answered otherwise than 404',
    ],
    ['MethodExpression', 'rawVersion.slice(0, 40)', undefined, 'another error message'],
    [
      'ConditionalExpression',
      'candidates.length === 0',
      'false',
      'a path no operation has is answered 405 instead of 404',
    ],
    [
      'ConditionalExpression',
      'sameMethod.length === 0',
      'false',
      'a method a path does not have is answered otherwise than 405',
    ],
    [
      'BlockStatement',
      "{\n    const allow = [...new Set(candidates.map((c) => c.op.method))].join(', ');\n    throw new HttpError(405, 'MethodNotAllowed', `${method} is not allowed here; use ${allow}`, { Allow: allow });\n  }",
      undefined,
      'a method a path does not have is answered otherwise than 405',
    ],
    [
      'ArrayDeclaration',
      '[...new Set(candidates.map((c) => c.op.method))]',
      undefined,
      'the 405 for a method a path does not have says another Allow',
    ],
    ['ArrowFunction', '(c) => c.op.method', undefined, 'the 405 for a method a path does not have says another Allow'],
    ['StringLiteral', "', '", undefined, 'the 405 for a method a path does not have says another Allow'],
    ['StringLiteral', "'MethodNotAllowed'", undefined, 'the 405 for a method a path does not have says another code'],
    ['ObjectLiteral', '{ Allow: allow }', undefined, 'the 405 for a method a path does not have says no Allow'],
    [
      'ConditionalExpression',
      'value === undefined',
      'false',
      'a path parameter with a malformed percent-escape is answered otherwise',
    ],
    [
      'BlockStatement',
      "{\n      if (name === 'sessionId') throw new HttpError(404, 'SessionNotFound', 'no session has this id');\n      throw new HttpError(404, 'NotFound', `no resource has this ${name}`);\n    }",
      undefined,
      'a path parameter with a malformed percent-escape is answered otherwise',
    ],
    [
      'ConditionalExpression',
      "name === 'sessionId'",
      undefined,
      'a path parameter with a malformed percent-escape is answered with another code',
    ],
    [
      'EqualityOperator',
      "name === 'sessionId'",
      undefined,
      'a path parameter with a malformed percent-escape is answered with another code',
    ],
    [
      'StringLiteral',
      "'sessionId'",
      undefined,
      'a path parameter with a malformed percent-escape is answered with another code',
    ],
    [
      'StringLiteral',
      "'SessionNotFound'",
      undefined,
      'a path parameter with a malformed percent-escape is answered with another code',
    ],
  ]),
  ...[
    { mutator: 'StringLiteral', original: "'/'", near: "if (!url.startsWith('/'))" },
    { mutator: 'StringLiteral', original: "'path'" },
    { mutator: 'StringLiteral', original: "''", near: 'url.slice(q + 1)' },
    { mutator: 'ConditionalExpression', original: 'q < 0', near: 'url.slice(q + 1)', replacement: 'false' },
    { mutator: 'ArrowFunction', original: '(what: string): HttpError =>', whole: false },
    { mutator: 'StringLiteral', original: "''", near: "if (segments[i] === '')", replacement: 'Stryker' },
    {
      mutator: 'ConditionalExpression',
      original: "empty !== '' || face?.toLowerCase() !== 'face' || rawVersion === undefined",
      replacement: 'false',
    },
    {
      mutator: 'LogicalOperator',
      original: "empty !== '' || face?.toLowerCase() !== 'face' || rawVersion === undefined",
    },
    { mutator: 'StringLiteral', original: '`API version', whole: false },
  ].map((e): LegalMutant => ({
    file: 'mock/router.ts',
    whole: true,
    ...e,
    reason: 'equivalent or only another message: a path starting with / outside the API, or an unread query parameter',
    basis: OUTSIDE_PATHS,
  })),
  // mock/state.ts
  ...exactEntries('mock/state.ts', NOT_SEEN, [
    [
      'EqualityOperator',
      'ids[mid] < start',
      'ids[mid] <= start',
      'equivalent: the inclusive search places a new, unique id (and serves the list-start-inclusive fault)',
    ],
    [
      'BooleanLiteral',
      'true',
      'false',
      'equivalent: a new id is unique, so the strict and the inclusive search place it alike',
    ],
    [
      'BlockStatement',
      '{\n    return this.newest[family];\n  }',
      undefined,
      'equivalent in a clean run: only the created-session-not-listed fault asks for the newest id',
    ],
    [
      'LogicalOperator',
      'opts.inclusive ?? false',
      undefined,
      'equivalent: every list names inclusive (false unless a fault is on)',
    ],
    ['EqualityOperator', 'i < ids.length', 'i <= ids.length', 'equivalent: an index past the end finds no session'],
    [
      'BlockStatement',
      '{\n    for (const s of this.all()) if (s.id !== id && s.audit.length > 0) return s;\n    return undefined;\n  }',
      undefined,
      'equivalent in a clean run: only the audit-other-session-entry fault asks for another session',
    ],
    [
      'ConditionalExpression',
      's.id !== id && s.audit.length > 0',
      undefined,
      'equivalent in a clean run: only the audit-other-session-entry fault asks for another session',
    ],
    [
      'LogicalOperator',
      's.id !== id && s.audit.length > 0',
      undefined,
      'equivalent in a clean run: only the audit-other-session-entry fault asks for another session',
    ],
    [
      'ConditionalExpression',
      's.id !== id',
      undefined,
      'equivalent in a clean run: only the audit-other-session-entry fault asks for another session',
    ],
    [
      'EqualityOperator',
      's.id !== id',
      undefined,
      'equivalent in a clean run: only the audit-other-session-entry fault asks for another session',
    ],
    [
      'ConditionalExpression',
      's.audit.length > 0',
      undefined,
      'equivalent in a clean run: only the audit-other-session-entry fault asks for another session',
    ],
    [
      'EqualityOperator',
      's.audit.length > 0',
      undefined,
      'equivalent in a clean run: only the audit-other-session-entry fault asks for another session',
    ],
  ]),
  ...[
    { mutator: 'BlockStatement', original: '{\n    this.revision = {};\n    super.clear();' },
    { mutator: 'ArrayDeclaration', original: '[]', near: 'this.sorted.live' },
    { mutator: 'ArrayDeclaration', original: '[]', near: 'liveness: [], livenessWithVerify: []' },
    { mutator: 'BooleanLiteral', original: 'false', near: 'opts.inclusive ?? false', replacement: 'true' },
  ].map((e): LegalMutant => ({
    file: 'mock/state.ts',
    ...e,
    reason:
      'equivalent for a client: clear() is reached only by MockHandle.reset (a harness call), and an id no session has in the sorted ids is skipped by every list',
    basis: `mock/index.ts reset (${NOT_SEEN})`,
  })),
  {
    file: 'mock/createBody.ts',
    mutator: 'BlockStatement',
    original:
      "{\n    if (faults.has('malformed-json-500')) throw new HttpError(500, 'InternalServerError', 'could not parse');\n    throw badArgument(`the body is not valid JSON (${(err as Error).message}); send a JSON object`);\n  }",
    whole: true,
    reason: 'malformed JSON is read as no body, then refused as a body that is not an object (400, another code)',
    basis:
      'CONTRACT.md §3: "an exact code is checked only where the reference names one"; no document names a code for malformed JSON',
  },
  ...[
    { mutator: 'ConditionalExpression', original: "v.keyword !== 'format'", whole: true, replacement: 'true' },
    { mutator: 'StringLiteral', original: "'format'" },
  ].map((e): LegalMutant => ({
    file: 'mock/createBody.ts',
    ...e,
    reason: 'a value malformed in a format only a description implies (GUID, IP address or CIDR) is refused',
    basis: 'a liberty of schemas/liberties/ (a stricter validation a description implies is legal)',
  })),
  ...['ConditionalExpression', 'LogicalOperator', 'StringLiteral'].map((mutator): LegalMutant => ({
    file: 'mock/createBody.ts',
    mutator,
    original: '',
    near: "const where = first.instancePath || '/';",
    reason: 'another error message',
    basis: FREE_TEXT,
  })),
  {
    file: 'mock/createBody.ts',
    mutator: 'StringLiteral',
    original: '`${definition} ${where}: ${first.message}`',
    reason: 'another error message',
    basis: FREE_TEXT,
  },
  ...[
    { mutator: 'ConditionalExpression', original: "first.keyword === 'additionalProperties'", replacement: 'false' },
    { mutator: 'StringLiteral', original: "'additionalProperties'" },
    {
      mutator: 'BlockStatement',
      original:
        "{\n    return fail('InvalidRequestBody', `${message} (${String(first.params.additionalProperty)}); remove it`);\n  }",
      whole: true,
    },
  ].map((e): LegalMutant => ({
    file: 'mock/createBody.ts',
    ...e,
    reason: 'an unknown member of a create body is refused with another code',
    basis: 'CONTRACT.md §4: unknown request fields may be accepted or refused, and §3 names no code for them',
  })),
  {
    file: 'mock/createBody.ts',
    mutator: 'StringLiteral',
    original: "'InvalidRequestBody'",
    reason: 'an unknown member of a create body is refused with another code',
    basis: 'CONTRACT.md §4: unknown request fields may be accepted or refused, and §3 names no code for them',
  },
  {
    file: 'mock/createBody.ts',
    mutator: 'StringLiteral',
    original: '`${message} (${String(first.params.additionalProperty)}); remove it`',
    reason: 'another error message',
    basis: FREE_TEXT,
  },
  {
    file: 'mock/createBody.ts',
    mutator: 'ConditionalExpression',
    original: "first.keyword === 'required'",
    replacement: 'true',
    reason: 'equivalent: the missing property is read only for a required violation (schemas/errorCodes.ts field())',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/createBody.ts',
    mutator: 'StringLiteral',
    original: "'body'",
    reason: 'equivalent: only query and path locations have codes of their own (schemas/errorCodes.ts)',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/createBody.ts',
    mutator: 'StringLiteral',
    original: "'BadArgument'",
    near: "?? ['BadArgument']",
    reason: 'another error code where no document names one',
    basis: 'CONTRACT.md §3: "an exact code is checked only where the reference names one" (schemas/errorCodes.ts)',
  },
  // mock/deviceCall.ts: the body the simulated device call takes
  ...exactEntries('mock/deviceCall.ts', DEVICE_PROTOCOL, [
    [
      'ConditionalExpression',
      "ctx.media !== 'multipart/form-data'",
      'false',
      'the simulated device call takes a body in any media type (then refused for its missing part Content)',
    ],
    [
      'BlockStatement',
      "{\n    throw new HttpError(415, 'BadArgument', `Content-Type \"${ctx.media || '(none)'}\": send multipart/form-data`);\n  }",
      undefined,
      'the simulated device call takes a body in any media type (the refusal dropped)',
    ],
  ]),
  {
    file: 'mock/deviceCall.ts',
    mutator: 'StringLiteral',
    original: "'BadArgument'",
    near: 'HttpError(415',
    reason: 'another error code for a device call in another media type',
    basis: NO_CODE,
  },
  // mock/deviceCall.ts: the decision the simulated model reaches
  {
    file: 'mock/deviceCall.ts',
    mutator: 'BlockStatement',
    original: 'const text = content.subarray',
    reason: 'a simulated model that reaches no decision: the result leaves livenessDecision out',
    basis:
      "CONTRACT.md §2 LivenessResponseBody: every member may be absent (the seeds' example has body: {}); v1.2 swagger LivenessResult / LivenessWithVerifyResult: required [targets, digest] (livenessDecision optional)",
  },
  ...[
    ['MethodExpression', 'toLowerCase()', undefined],
    ['ConditionalExpression', "text.includes('spoof')", undefined],
    ['StringLiteral', "'spoof'", "text.includes('spoof')"],
    ['BlockStatement', 'return faults.has(spoofFault)', undefined],
    ['ConditionalExpression', "text.includes('uncertain')", undefined],
    ['StringLiteral', "'uncertain'", "if (text.includes('uncertain'))"],
    ['BlockStatement', "return 'uncertain';", undefined],
  ].map(([mutator, original, near]): LegalMutant => ({
    file: 'mock/deviceCall.ts',
    mutator: mutator as string,
    original: original as string,
    ...(near ? { near } : {}),
    reason: 'a simulated model that reaches another decision for the same content (every decision is one of the enum)',
    basis: DECISION,
  })),
  // The design's planted fault a decision is handed (mock/attempts/device.ts, mock/handlers/livenessResult.ts).
  ...['mock/attempts/device.ts', 'mock/handlers/livenessResult.ts'].map((file): LegalMutant => ({
    file,
    mutator: 'StringLiteral',
    original: '-decision-outside-enum',
    near: 'simulatedDecision(',
    reason: 'equivalent in a clean run: the name of a planted fault handed to the decision, and no fault is on',
    basis: NOT_SEEN,
  })),
];
