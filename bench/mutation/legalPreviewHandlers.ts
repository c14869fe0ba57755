/**
 * Legal mutants of the preview design's create, device-call and list handlers and of their render
 * (mock/handlers/create.ts, device.ts, sessions.ts, mock/render.ts): the part of the register
 * (bench/mutation/legalMutants.ts) triaged from their mutation run.
 */
import type { LegalMutant } from './legalMutant';
import { NO_CODE, NOT_SEEN, TTL_EDGE } from './legalMutant';

/** The basis of a media type the documents do not say is refused. */
const ANY_MEDIA =
  'seeds 001 and 003 name the media type a client sends; no document names a refusal of another (CONTRACT.md §4: undocumented inputs may be accepted or refused)';

/** Survivors of the list caches that only bypass or bound a cache: the body is rendered anew, byte for byte. */
const CACHE_BYPASS =
  'equivalent: a list cache bypassed, emptied or bounded otherwise; the page is rendered anew, the same';

/** The preview handlers' legal mutants. */
export const PREVIEW_HANDLER_MUTANTS: LegalMutant[] = [
  {
    file: 'mock/handlers/create.ts',
    mutator: 'StringLiteral',
    original: "'BadArgument'",
    reason: 'another error code for a create body in an unsupported media type',
    basis: NO_CODE,
  },
  {
    file: 'mock/handlers/create.ts',
    mutator: 'ConditionalExpression',
    original: 'withVerifyImage',
    whole: true,
    reason: 'a create answers verifyImage whatever the body form (or never)',
    basis:
      'seed 003 CreateLivenessWithVerifySessionResult: verifyImage is not required, and no rule of the inventory says when it is present (schemas/definitions/create.ts)',
  },
  {
    file: 'mock/handlers/create.ts',
    mutator: 'BooleanLiteral',
    original: 'false',
    near: 'store(ctx, body), false',
    reason: 'a JSON create answers verifyImage too',
    basis:
      'seed 003 CreateLivenessWithVerifySessionResult: verifyImage is not required, and no rule says when it is present; a liveness create result may carry undocumented members (CONTRACT.md §4)',
  },
  {
    file: 'mock/handlers/create.ts',
    mutator: 'BooleanLiteral',
    original: 'true',
    near: 'image.bytes), true',
    reason: 'a create with its verify image answers no verifyImage',
    basis:
      'seed 003 CreateLivenessWithVerifySessionResult: verifyImage is not required, and no rule says when it is present',
  },
  {
    file: 'mock/handlers/create.ts',
    mutator: 'ConditionalExpression',
    original: "ctx.media !== 'application/json'",
    replacement: 'false',
    reason: 'the JSON create takes a body in any media type (one that is not JSON is then refused as unreadable)',
    basis: ANY_MEDIA,
  },
  {
    file: 'mock/handlers/create.ts',
    mutator: 'ConditionalExpression',
    original: "ctx.media !== 'multipart/form-data'",
    replacement: 'false',
    reason: 'the with-verify-image create takes a body in any media type (one that is not multipart is then refused)',
    basis: ANY_MEDIA,
  },
  {
    file: 'mock/handlers/create.ts',
    mutator: 'OptionalChaining',
    original: 'ctx.match.op.body?.definition',
    reason: 'equivalent: every create operation of the contract table has a body definition',
    basis: `schemas/contract/ (${NOT_SEEN})`,
  },
  {
    file: 'mock/handlers/create.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "body?.definition ?? ''",
    reason: 'equivalent: every create operation of the contract table has a body definition',
    basis: `schemas/contract/ (${NOT_SEEN})`,
  },
  {
    file: 'mock/handlers/create.ts',
    mutator: 'ConditionalExpression',
    original: 'image.filename === undefined',
    whole: true,
    replacement: 'false',
    reason: 'a VerifyImage part sent without a filename is taken',
    basis:
      'seed 003 VerifyImage (a file part): no rule of the inventory says how a server answers one without a filename',
  },
  {
    file: 'mock/handlers/create.ts',
    mutator: 'ConditionalExpression',
    original: 'image.bytes.length === 0',
    whole: true,
    replacement: 'false',
    reason: 'an empty VerifyImage part is taken',
    basis:
      'seed 003 VerifyImage: "the image to verify against"; no rule of the inventory says how a server answers an empty one (the suite sends images)',
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'StringLiteral',
    original: "', '",
    reason: 'equivalent: Node joins a repeated request header into one string before the handler sees it',
    basis: `node:http IncomingMessage.headers (${NOT_SEEN})`,
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'ArithmeticOperator',
    original: "body.length + (faults.has('audit-content-length-wrong') ? 1 : 0)",
    reason: 'equivalent in a clean run: the fault term is 0',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "url: ctx.req.url ?? ''",
    reason: 'equivalent: a request Node parsed always has its url',
    basis: `node:http IncomingMessage.url (${NOT_SEEN})`,
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'LogicalOperator',
    original: "ctx.req.method ?? 'POST'",
    reason: 'equivalent: a request Node parsed always has its method (POST on this route)',
    basis: `node:http IncomingMessage.method (${NOT_SEEN})`,
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'StringLiteral',
    original: "'POST'",
    near: 'ctx.req.method ??',
    reason: 'equivalent: a request Node parsed always has its method (POST on this route)',
    basis: `node:http IncomingMessage.method (${NOT_SEEN})`,
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "header(ctx, 'user-agent') ?? ''",
    reason: "an audit entry's userAgent for a device call that sent no User-Agent",
    basis:
      "seed 000 AuditRequestInfo.userAgent: the request's user agent; no document says what is recorded when none was sent",
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'MethodExpression',
    original: 'Math.max(0, Date.now() - ctx.receivedAt)',
    reason: 'another latencyInMilliseconds in the audit entry (0)',
    basis: 'rule seed000.audit.latency: "the server measured latency"; not checkable (only the server measures it)',
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'ArithmeticOperator',
    original: 'Date.now() - ctx.receivedAt',
    reason: 'another latencyInMilliseconds in the audit entry (an integer, however large)',
    basis: 'rule seed000.audit.latency: "the server measured latency"; not checkable (only the server measures it)',
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'OptionalChaining',
    original: 'session?.',
    reason:
      'equivalent in a clean run: the session is undefined only when device-accepts-resource-key let the key through',
    basis: `mock/auth.ts authorizeDevice (${NOT_SEEN})`,
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'ConditionalExpression',
    original: 'session',
    whole: true,
    replacement: 'true',
    reason:
      'equivalent in a clean run: the session is undefined only when device-accepts-resource-key let the key through',
    basis: `mock/auth.ts authorizeDevice (${NOT_SEEN})`,
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'ConditionalExpression',
    original: "family === 'livenessWithVerify' && session && !verify",
    replacement: 'false',
    reason: 'a with-verify device call without VerifyImage, for a session created without one, is answered',
    basis:
      'rule seed003.create.verifyImageFromDevice says what the device sends, not how a server answers a call without it (not checkable: the real call needs the device SDK); CONTRACT.md §1 simulated protocol',
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'StringLiteral',
    original: "'livenessWithVerify'",
    near: "family === 'livenessWithVerify' && session",
    reason: 'a with-verify device call without VerifyImage, for a session created without one, is answered',
    basis:
      'rule seed003.create.verifyImageFromDevice says what the device sends, not how a server answers a call without it (not checkable: the real call needs the device SDK); CONTRACT.md §1 simulated protocol',
  },
  {
    file: 'mock/handlers/device.ts',
    mutator: 'BlockStatement',
    original:
      '{\n    throw badArgument(\'multipart body: part "VerifyImage" is needed, the session was created without one\');\n  }',
    whole: true,
    reason: 'a with-verify device call without VerifyImage, for a session created without one, is answered',
    basis:
      'rule seed003.create.verifyImageFromDevice says what the device sends, not how a server answers a call without it (not checkable: the real call needs the device SDK); CONTRACT.md §1 simulated protocol',
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'ConditionalExpression',
    original: '!cache',
    whole: true,
    replacement: 'true',
    reason: CACHE_BYPASS,
    basis: NOT_SEEN,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'StringLiteral',
    original: "''",
    whole: true,
    near: "${start ?? ''}",
    reason: 'equivalent: another cache key for a list without start (still apart from every other page)',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'ConditionalExpression',
    original: 'hit && hit.revision === ctx.state.revision && ctx.now < hit.validUntil',
    whole: true,
    replacement: 'false',
    reason: CACHE_BYPASS,
    basis: NOT_SEEN,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'BlockStatement',
    original: '{\n    sendJsonBytes(ctx.res, faults, 200, hit.body);\n    return;\n  }',
    whole: true,
    reason: CACHE_BYPASS,
    basis: NOT_SEEN,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'EqualityOperator',
    original: 'ctx.now < hit.validUntil',
    whole: true,
    replacement: '<=',
    reason: 'a listed session still shows sessionExpired false at the one millisecond its TTL ends',
    basis: TTL_EDGE,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'ConditionalExpression',
    original: 'cache.size >= MAX_CACHED_LISTS',
    reason: CACHE_BYPASS,
    basis: `${NOT_SEEN} (the bound keeps the mock's memory, not an answer)`,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'EqualityOperator',
    original: 'cache.size >= MAX_CACHED_LISTS',
    reason: CACHE_BYPASS,
    basis: `${NOT_SEEN} (the bound keeps the mock's memory, not an answer)`,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'ObjectLiteral',
    original: '{ revision: ctx.state.revision, validUntil, body }',
    reason: CACHE_BYPASS,
    basis: NOT_SEEN,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'ObjectLiteral',
    original: "inclusive: faults.has('list-start-inclusive')",
    reason: 'equivalent in a clean run: both options are off unless a fault is on',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'ConditionalExpression',
    original: 'expiry > ctx.now',
    whole: true,
    replacement: 'true',
    reason: 'equivalent: an expiry already past makes the cached page invalid at once (less caching, the same page)',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'EqualityOperator',
    original: 'expiry > ctx.now',
    whole: true,
    replacement: '>=',
    reason: 'equivalent: a session expiring this very millisecond makes the cached page invalid at once',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/handlers/sessions.ts',
    mutator: 'EqualityOperator',
    original: 'expiry < validUntil',
    whole: true,
    replacement: '<=',
    reason: 'equivalent: of equal expiries either is the first',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/render.ts',
    mutator: 'StringLiteral',
    original: "'created-date-not-rfc3339'",
    reason: 'equivalent in a clean run: a fault test (`faults?.has`) no fault turns on',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/render.ts',
    mutator: 'EqualityOperator',
    original: 'now >= expiresAt(session)',
    replacement: 'now > ',
    reason: 'a session is not yet expired at the one millisecond its TTL ends',
    basis: TTL_EDGE,
  },
  {
    file: 'mock/render.ts',
    mutator: 'ConditionalExpression',
    original: "hasCapability(version, 'sessionImages')",
    replacement: 'true',
    reason:
      'v1.1-preview.1 audit entries also show sessionImageId and verifyImageHash, members its definition does not list',
    basis: 'CONTRACT.md §4: response schemas allow undocumented members (reported as notes)',
  },
  {
    file: 'mock/render.ts',
    mutator: 'ConditionalExpression',
    original: ' !== undefined',
    near: ') entry.',
    replacement: 'true',
    reason: 'equivalent: a member set to undefined is not serialized',
    basis: `JSON.stringify (${NOT_SEEN})`,
  },
  {
    file: 'mock/render.ts',
    mutator: 'ConditionalExpression',
    original: "faults.has('result-not-newest-entry') || (!!session.verifyImage",
    replacement: 'false',
    reason: 'equivalent in a clean run: both sides are fault tests',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/render.ts',
    mutator: 'LogicalOperator',
    original: "faults.has('result-not-newest-entry') || (!!session.verifyImage",
    reason: 'equivalent in a clean run: both sides are fault tests',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/render.ts',
    mutator: 'ConditionalExpression',
    original: 'cache && cache.expired === expired && cache.startedAt === session.startedAt',
    whole: true,
    replacement: 'false',
    reason: 'equivalent: the item cache bypassed; the item is rendered anew, the same',
    basis: NOT_SEEN,
  },
  {
    file: 'mock/render.ts',
    mutator: 'ConditionalExpression',
    original: 'cache.startedAt === session.startedAt',
    whole: true,
    replacement: 'true',
    reason: 'a session listed before its first device call is listed afterwards without sessionStartDateTime',
    basis:
      'seed 000 LivenessSessionItem.sessionStartDateTime is optional (set "only once it has", absent or null before); rule seed000.session.startedDateTime says what the value is, and the session read shows it (resultIsNewestAuditEntry)',
  },
  {
    file: 'mock/render.ts',
    mutator: 'EqualityOperator',
    original: 'cache.startedAt === session.startedAt',
    whole: true,
    reason: 'a session listed before its first device call is listed afterwards without sessionStartDateTime',
    basis:
      'seed 000 LivenessSessionItem.sessionStartDateTime is optional (set "only once it has", absent or null before); rule seed000.session.startedDateTime says what the value is, and the session read shows it (resultIsNewestAuditEntry)',
  },
  {
    file: 'mock/render.ts',
    mutator: 'ObjectLiteral',
    original: '{ expired, startedAt: session.startedAt, json }',
    reason: 'equivalent: an empty cache entry never matches, so the item is rendered anew',
    basis: NOT_SEEN,
  },
];
