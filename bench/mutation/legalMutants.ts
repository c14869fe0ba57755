/**
 * The register of legal mutants: surviving mutants of the mock that change only what the documents leave
 * open, so no check may kill them. Each entry names the mutant by its file, Stryker mutator and a piece of
 * the code it replaced (lines move, text seldom does), and says why it is legal and on which document words.
 * A survivor not named here is a blind spot: a check the suite lacks (`npm run bench:mutation` lists them).
 * A mutant that only does what the widest legal server (`--widest`) also does is legal by construction.
 */
import { PREVIEW_HANDLER_MUTANTS } from './legalPreviewHandlers';
import { SHARED_CORE_MUTANTS } from './legalShared';
import { SESSION_TERMS_MUTANTS } from './legalSessionTerms';
import { TRANSPORT_MUTANTS } from './legalTransport';
import { WIRING_MUTANTS } from './legalWiring';
import type { LegalMutant } from './legalMutant';
import { NO_CODE } from './legalMutant';
import type { MutantResult } from './report';

export type { LegalMutant } from './legalMutant';

/** Whether a register entry names a mutant. */
export const names = (entry: LegalMutant, m: MutantResult): boolean =>
  entry.file === m.file &&
  entry.mutator === m.mutatorName &&
  (entry.whole ? m.original === entry.original : m.original.includes(entry.original)) &&
  (entry.near === undefined || m.lines.includes(entry.near)) &&
  (entry.replacement === undefined || m.replacement.includes(entry.replacement));

/** The register entry that declares a mutant legal, if any. */
export const legalEntryOf = (m: MutantResult): LegalMutant | undefined => LEGAL_MUTANTS.find((e) => names(e, m));

/** The register (triaged survivors of `npm run bench:mutation`). */
export const LEGAL_MUTANTS: LegalMutant[] = [
  {
    file: 'mock/handlers/sessionImage.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: 'sessionImageId ??',
    reason: 'equivalent: the router runs this handler only for a path that has a session image id',
    basis: 'mock/router.ts (not a behaviour a client can see)',
  },
  {
    file: 'mock/handlers/sessionImage.ts',
    mutator: 'StringLiteral',
    original: "'NotFound'",
    reason:
      "another error code for an unknown session image: v1.2-preview.1 names none (only the session's 404 is SessionNotFound)",
    basis: 'CONTRACT.md §3: "an exact code is checked only where the reference names one"; §1 op 12 lists no error',
  },
  {
    file: 'mock/handlers/sessionImage.ts',
    mutator: 'StringLiteral',
    original: "'application/octet-stream'",
    reason: 'another (here empty) Content-Type for the image bytes',
    basis: 'CONTRACT.md §1 op 12: "200 image bytes", no media type (the service sends application/octet-stream)',
  },
  {
    file: 'mock/attempts/render.ts',
    mutator: 'StringLiteral',
    original: "'Color'",
    reason: 'another referenceType of the verify reference (here empty)',
    basis:
      'documented conflict ga-verify-reference-type (schemas/conflicts.ts): the swagger enum and the service disagree; the suite leaves it free',
  },
  {
    file: 'mock/attempts/render.ts',
    mutator: 'ConditionalExpression',
    original: "session.family !== 'livenessWithVerify'",
    replacement: 'false',
    reason: 'a liveness session also shows verifyReferences: a member its definition does not list',
    basis: 'CONTRACT.md §4: response schemas allow undocumented members (reported as notes)',
  },
  {
    file: 'mock/attempts/render.ts',
    mutator: 'LogicalOperator',
    original: "session.family !== 'livenessWithVerify'",
    reason: 'a liveness session also shows verifyReferences: a member its definition does not list',
    basis: 'CONTRACT.md §4: response schemas allow undocumented members (reported as notes)',
  },
  {
    file: 'mock/attempts/render.ts',
    mutator: 'ArrayDeclaration',
    original: "[{ referenceType: 'Color'",
    reason: 'a with-verify session lists no verify reference (an empty verifyReferences)',
    basis:
      'v1.2 swagger LivenessWithVerifySessionResults.verifyReferences: required array, no minItems; how many references a verify image gives is not stated',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'BlockStatement',
    original:
      '{\n    body.verifyResult = { isIdentical: true, matchConfidence: 0.93, verifyImage: VERIFY_IMAGE_FACE };\n  }',
    whole: true,
    reason: 'a with-verify result without verifyResult',
    basis:
      'seed 000 (ja) LivenessResponseBody.verifyResult: only available when the request is liveness with verify ("only when", not "always"); CONTRACT.md \u00a72: every member may be absent',
  },
  {
    file: 'mock/handlers/lookup.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "?? ''",
    reason: 'equivalent: the router runs these handlers only for a path that has the id',
    basis: 'mock/router.ts (not a behaviour a client can see)',
  },
  {
    file: 'mock/attempts/sessions.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "?? ''",
    reason: 'equivalent: the router runs these handlers only for a path that has the id',
    basis: 'mock/router.ts (not a behaviour a client can see)',
  },
  {
    file: 'mock/attempts/sessions.ts',
    mutator: 'StringLiteral',
    original: "'NotFound'",
    reason: 'another error code for an unknown session image: no document names one',
    basis:
      'CONTRACT.md \u00a73: "an exact code is checked only where the reference names one"; the v1.2 swagger has only a default error',
  },
  {
    file: 'mock/attempts/sessions.ts',
    mutator: 'StringLiteral',
    original: "'application/octet-stream'",
    reason: 'another (here empty) Content-Type for the image bytes',
    basis: 'v1.2 swagger GetSessionImage: image bytes, no media type (the service sends application/octet-stream)',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'ObjectLiteral',
    original: 'livenessDecision:',
    reason: 'a device result with no member at all (an empty LivenessResponseBody)',
    basis:
      'CONTRACT.md \u00a72 LivenessResponseBody: "The seeds\' example has body: {}: every member may be absent" (schemas/definitions/livenessResult.ts requires none)',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'ObjectLiteral',
    original: '{ top: 100, left: 90, width: 160, height: 200 }',
    near: 'TARGET_FACE =',
    reason: 'a target faceRectangle with no member',
    basis:
      'seeds 000/001 FaceRectangle: no member is required in a response (CONTRACT.md \u00a74 "Only what an operation cannot do without is required")',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'LogicalOperator',
    original: 'content.filename ||',
    reason: "target.fileName another name than the Content part's filename (here the default one, or empty)",
    basis:
      'seeds 000/001 LivenessOutputsTarget.fileName: "the file holding the classified face"; nothing ties it to the multipart filename, which only our simulated device call sends',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'StringLiteral',
    original: "'content'",
    near: 'content.filename ||',
    reason: 'target.fileName empty when the Content part has no filename',
    basis:
      'seeds 000/001 LivenessOutputsTarget.fileName: a string, no format; the simulated device call (CONTRACT.md \u00a71) names no filename rule',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'OptionalChaining',
    original: 'session?.',
    reason: 'equivalent in a clean run: the session is missing only under a planted fault',
    basis:
      'mock/auth.ts authorizeDevice: a device call without a session reaches the result only under the planted fault device-accepts-resource-key',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'ConditionalExpression',
    original: "session?.family === 'livenessWithVerify'",
    replacement: 'false',
    reason: 'a with-verify result without verifyResult',
    basis:
      'seed 000 (ja) LivenessResponseBody.verifyResult: only available when the request is liveness with verify ("only when", not "always"); CONTRACT.md \u00a72 LivenessResponseBody: "The seeds\' example has body: {}: every member may be absent" (schemas/definitions/livenessResult.ts requires none)',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'LogicalOperator',
    original: "session?.family === 'livenessWithVerify' ||",
    reason: 'a with-verify result without verifyResult (the && with a fault is false in a clean run)',
    basis:
      'seed 000 (ja) LivenessResponseBody.verifyResult: only available when the request is liveness with verify ("only when", not "always"); CONTRACT.md \u00a72 LivenessResponseBody: "The seeds\' example has body: {}: every member may be absent" (schemas/definitions/livenessResult.ts requires none)',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'StringLiteral',
    original: "'livenessWithVerify'",
    near: "session?.family === 'livenessWithVerify'",
    reason: 'a with-verify result without verifyResult (no family is named "")',
    basis:
      'seed 000 (ja) LivenessResponseBody.verifyResult: only available when the request is liveness with verify ("only when", not "always"); CONTRACT.md \u00a72 LivenessResponseBody: "The seeds\' example has body: {}: every member may be absent" (schemas/definitions/livenessResult.ts requires none)',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'BooleanLiteral',
    original: 'true',
    near: 'isIdentical: true',
    reason: 'a simulated model that finds the live face and the verify image different',
    basis:
      "seeds 000/001 LivenessWithVerifyOutputs.isIdentical: the outcome of the comparison is the service's model, not a rule",
  },
  {
    file: 'mock/settings/settings.ts',
    mutator: 'ConditionalExpression',
    original: '!PATCH_MEDIA_TYPES.has(ctx.media)',
    replacement: 'false',
    reason: 'PATCH /settings takes a body in any media type',
    basis:
      'v1.3 swagger consumes: application/json (what a client sends); no document names a refusal of another media type (CONTRACT.md \u00a74: undocumented inputs may be accepted or refused)',
  },
  {
    file: 'mock/settings/settings.ts',
    mutator: 'BlockStatement',
    original:
      "{\n    throw new HttpError(415, 'BadArgument', `Content-Type \"${ctx.media || '(none)'}\": send application/json`);\n  }",
    whole: true,
    reason: 'PATCH /settings takes a body in any media type (the refusal dropped)',
    basis:
      'v1.3 swagger consumes: application/json (what a client sends); no document names a refusal of another media type (CONTRACT.md \u00a74: undocumented inputs may be accepted or refused)',
  },
  {
    file: 'mock/settings/settings.ts',
    mutator: 'StringLiteral',
    original: "'application/merge-patch+json'",
    reason: 'PATCH /settings refuses application/merge-patch+json (takes application/json only)',
    basis: 'v1.3 swagger consumes: application/json only; no document names merge-patch+json',
  },
  {
    file: 'mock/settings/settings.ts',
    mutator: 'StringLiteral',
    original: "'BadArgument'",
    near: '415',
    reason: 'another error code for a body in an unsupported media type',
    basis: NO_CODE,
  },
  {
    file: 'mock/settings/settings.ts',
    mutator: 'ConditionalExpression',
    original: 'first',
    replacement: 'false',
    reason: 'PATCH /settings takes a body its schema would not (it changes only a boolean enabled)',
    basis:
      'v1.3 swagger SettingsUpdate: no member required, its one typed member livenessAbuseMonitoring.enabled is the conflict reference-5-boolean-or-object, and PatchSettings documents no refusal (only a default error)',
  },
  {
    file: 'mock/settings/settings.ts',
    mutator: 'ArithmeticOperator',
    original: 'ctx.now + 3600_000',
    reason: 'the client assets token says it expires an hour before the call',
    basis:
      'v1.3 swagger ClientAssetsAccessTokenResponse.expiry: "The expiry time of the access token." (a date-time); no validity period nor relation to the time of the call is stated',
  },
  {
    file: 'mock/settings/values.ts',
    mutator: 'BooleanLiteral',
    original: 'false',
    near: 'enabled: false',
    reason: "the resource's abuse monitoring starts on",
    basis:
      'v1.3 swagger Settings / LivenessAbuseMonitoringSetting: no default stated (the GetSettings example shows enabled: true); the suite reads the value first and flips it',
  },
  {
    file: 'mock/attempts/store.ts',
    mutator: 'BlockStatement',
    original: 'super.clear();',
    reason:
      'equivalent for a client: clear() is reached only by MockHandle.reset, a harness call no HTTP request makes',
    basis: 'mock/index.ts reset (not a behaviour a client can see)',
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'StringLiteral',
    original: "'BadArgument'",
    reason: 'another error code for a create body in an unsupported media type',
    basis: NO_CODE,
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'LogicalOperator',
    original: 'body.deviceCorrelationId ?? null',
    reason: 'the session forgets its deviceCorrelationId',
    basis:
      'v1.2 and v1.3 swagger LivenessSession: no read shows deviceCorrelationId (checks/createFields.ts); it serves rate limiting, which no document quantifies',
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'ConditionalExpression',
    original: "ctx.media !== 'application/json'",
    replacement: 'false',
    reason: 'the JSON create takes a body in any media type',
    basis:
      'v1.2 swagger consumes: application/json (what a client sends); no document names a refusal of another media type (CONTRACT.md \u00a74)',
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'OptionalChaining',
    original: 'ctx.match.op.body?.definition',
    reason: 'equivalent: every create operation of the contract table has a body definition',
    basis: 'schemas/contract/ga.ts, v13.ts (not a behaviour a client can see)',
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "body?.definition ?? ''",
    reason: 'equivalent: every create operation of the contract table has a body definition',
    basis: 'schemas/contract/ga.ts, v13.ts (not a behaviour a client can see)',
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'ConditionalExpression',
    original: 'part.filename !== undefined',
    replacement: 'false',
    reason: 'a form field sent as a file part is taken as the field',
    basis:
      'v1.2 swagger CreateLivenessWithVerifySession formData fields (string, integer, boolean): no document names a refusal of a field sent with a filename (CONTRACT.md \u00a74)',
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'ConditionalExpression',
    original: "ctx.media !== 'multipart/form-data'",
    replacement: 'false',
    reason: 'the with-verify create takes a body that is not multipart (then refused for its missing verifyImage)',
    basis:
      'reference/README.md item 10: the v1.2 with-verify example sends JSON, the swagger says multipart only (a server may do either)',
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'ConditionalExpression',
    original: 'image.filename === undefined',
    whole: true,
    replacement: 'false',
    reason: 'a verifyImage part without a filename is taken',
    basis:
      'rule v1.2.verifyImage.filename (rules/v12.ts): a client obligation ("this part must have filename"); what a server answers is not documented',
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'ConditionalExpression',
    original: 'image.bytes.length === 0',
    whole: true,
    replacement: 'false',
    reason: 'an empty verifyImage part is taken at create',
    basis:
      'v1.2 swagger verifyImage: "The image stream for verify."; no document names a refusal of an empty image, nor when a face is looked for',
  },
  {
    file: 'mock/attempts/create.ts',
    mutator: 'OptionalChaining',
    original: 'image?.bytes',
    reason:
      'equivalent in a clean run: the image is missing only under the planted fault ga-accept-missing-verify-image',
    basis: 'mock/attempts/create.ts (a clean mock refuses the create first)',
  },
  {
    file: 'mock/attempts/device.ts',
    mutator: 'ConditionalExpression',
    original: 'token === undefined',
    replacement: 'false',
    reason: 'equivalent: a session store looks up no token for undefined (a Map has no undefined key)',
    basis: 'mock/sessionStore.ts (not a behaviour a client can see)',
  },
  {
    file: 'mock/attempts/device.ts',
    mutator: 'EqualityOperator',
    original: 'ctx.now >= session.createdAt + session.ttl * 1000',
    replacement: 'ctx.now >',
    reason: 'the token still works at the very millisecond its TTL ends',
    basis:
      'v1.2 swagger authTokenTimeToLiveInSeconds: "Seconds the session should last for": whether the last instant is inside is not stated (a client cannot hit one millisecond)',
  },
  {
    file: 'mock/attempts/device.ts',
    mutator: 'StringLiteral',
    original: "'the session token has expired",
    reason: 'an error message (free text)',
    basis: 'seeds 000-003 "Other Status Codes": FaceErrorResponse.error.message is free text',
  },
  {
    file: 'mock/attempts/device.ts',
    mutator: 'StringLiteral',
    original: "'access denied: send the session authToken",
    reason: 'an error message (free text)',
    basis: 'seeds 000-003 "Other Status Codes": FaceErrorResponse.error.message is free text',
  },
  {
    file: 'mock/attempts/device.ts',
    mutator: 'MethodExpression',
    original: 'sha256(ctx.body).toUpperCase()',
    reason: 'the digest in lower-case hex',
    basis:
      'v1.2 swagger LivenessResult.digest: "The server calculated digest for this request" (no form, alphabet or case; only the client SDK compares it)',
  },
  {
    file: 'mock/attempts/device.ts',
    mutator: 'ConditionalExpression',
    original: "session.family === 'livenessWithVerify'",
    replacement: 'true',
    reason:
      "a liveness session's attempt results also carry verifyResult: a member the liveness result definition does not list",
    basis:
      'CONTRACT.md §4: response schemas allow undocumented members (reported as notes); v1.2 swagger LivenessResult lists no verifyResult (its "Only available when the request is liveness with verify" is in LivenessWithVerifyResult)',
  },
  {
    file: 'mock/attempts/device.ts',
    mutator: 'BooleanLiteral',
    original: 'true',
    near: 'isIdentical: true',
    reason: 'a simulated model that finds the live face and the verify image different',
    basis: "v1.2 swagger LivenessWithVerifyOutputs.isIdentical: the service's match decision, not a rule",
  },
  {
    file: 'mock/query.ts',
    mutator: 'ConditionalExpression',
    original: 'values.length > 1',
    replacement: 'false',
    reason: 'a repeated query parameter (start or top given twice) is accepted, its first value used',
    basis:
      'CONTRACT.md §4: "What a server does ... with a repeated query parameter ... is not documented: a server may accept or refuse, and the suite fails neither"',
  },
  {
    file: 'mock/query.ts',
    mutator: 'BooleanLiteral',
    original: 'false',
    near: 'smallDefault: false | number = false',
    replacement: 'true',
    reason:
      "equivalent: every caller passes smallDefault (the handlers' list and audit calls), so the parameter's default is never used",
    basis: 'mock/handlers/sessions.ts and audit.ts (not a behaviour a client can see)',
  },
  {
    file: 'mock/query.ts',
    mutator: 'ConditionalExpression',
    original: 'smallDefault === false',
    whole: true,
    replacement: 'true',
    reason:
      'equivalent in a clean run: smallDefault is a number only under a default-top planted fault (list-/audit-default-top-small), which no clean run turns on',
    basis: 'mock/faults.ts (the planted faults are off in every clean run; the self-check proves each one caught)',
  },
  {
    file: 'mock/query.ts',
    mutator: 'Regex',
    original: '/^[0-9]{1,9}$/',
    replacement: '/[0-9]{1,9}$/',
    reason:
      'a top whose text ends in digits after other characters is read by Number(): anything not a number is still refused (NaN), an exponent form such as 1e2 reads as 100',
    basis:
      'CONTRACT.md §3 rule 1: `top` in 1..1000 (an integer); no document says how the query text is read (leading zeros, an exponent, trailing text after the digits): a value the server reads as an in-range integer may be accepted',
  },
  {
    file: 'mock/query.ts',
    mutator: 'Regex',
    original: '/^[0-9]{1,9}$/',
    replacement: '/^[0-9]{1,9}/',
    reason:
      'a top whose text starts with digits is read by Number(): trailing text that makes no number is still refused (NaN), 5.0 reads as 5',
    basis:
      'CONTRACT.md §3 rule 1: `top` in 1..1000 (an integer); no document says how the query text is read (leading zeros, an exponent, trailing text after the digits): a value the server reads as an in-range integer may be accepted',
  },
  {
    file: 'mock/query.ts',
    mutator: 'ConditionalExpression',
    original: "start === ''",
    whole: true,
    replacement: 'false',
    reason: 'an empty audit start is refused (400) instead of read as no start',
    basis:
      'CONTRACT.md §4: "What a server does ... with an audit `start` that is not a number, is not documented: a server may accept or refuse, and the suite fails neither"',
  },
  {
    file: 'mock/query.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "start === ''",
    reason: 'an empty audit start is refused (400) instead of read as no start',
    basis:
      'CONTRACT.md §4: "What a server does ... with an audit `start` that is not a number, is not documented: a server may accept or refuse, and the suite fails neither"',
  },
  {
    file: 'mock/query.ts',
    mutator: 'ConditionalExpression',
    original: '!/^-?[0-9]{1,15}$/.test(start)',
    replacement: 'false',
    reason: 'an audit start that is not a number is accepted (its Number() is NaN: no entry follows it)',
    basis:
      'CONTRACT.md §4: "What a server does ... with an audit `start` that is not a number, is not documented: a server may accept or refuse, and the suite fails neither"',
  },
  {
    file: 'mock/query.ts',
    mutator: 'Regex',
    original: '/^-?[0-9]{1,15}$/',
    replacement: '/-?[0-9]{1,15}$/',
    reason:
      'an audit start that ends in digits after other text is accepted (read by Number(): NaN or the number it spells)',
    basis:
      'CONTRACT.md §4: "What a server does ... with an audit `start` that is not a number, is not documented: a server may accept or refuse, and the suite fails neither"',
  },
  {
    file: 'mock/query.ts',
    mutator: 'Regex',
    original: '/^-?[0-9]{1,15}$/',
    replacement: '/^-?[0-9]{1,15}/',
    reason: 'an audit start that begins with digits and goes on with other text is accepted (read by Number())',
    basis:
      'CONTRACT.md §4: "What a server does ... with an audit `start` that is not a number, is not documented: a server may accept or refuse, and the suite fails neither"',
  },
  ...PREVIEW_HANDLER_MUTANTS,
  ...SHARED_CORE_MUTANTS,
  ...SESSION_TERMS_MUTANTS,
  ...TRANSPORT_MUTANTS,
  ...WIRING_MUTANTS,
];
