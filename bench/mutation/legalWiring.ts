/**
 * Legal mutants of the mock's wiring, triaged from its mutation run: its options and harness (mock/config.ts,
 * mock/index.ts), the server's request loop (mock/server.ts), the handler context (mock/context.ts) and the
 * GA design's handler table (mock/attempts/index.ts). Part of the register (bench/mutation/legalMutants.ts).
 */
import type { LegalMutant } from './legalMutant';
import { NOT_SEEN } from './legalMutant';

/** The basis of the mock's own options and test harness, which no conformance run can see. */
const HARNESS =
  "the mock's own options and test harness (MockOptions, MockHandle: defaults, start-up refusals, listen, close, reset, the service-like layer's counters), not an answer of the API; tests/mock/options.spec.ts and the tests/mock fixtures hold them";

/** The basis of what the server does after a bug of its own (a clean mock has none). */
const NO_BUG =
  'equivalent in a clean run: only a bug of the mock (a handler that throws something other than an HttpError, or throws after it began its answer) reaches this path; tests/mock/fuzz.spec.ts holds the mock to having none';

/** The basis of bytes that are not an HTTP request. */
const NOT_HTTP =
  'no document says what a server answers to bytes that are not an HTTP request; the suite sends none (tests/mock/fuzz.spec.ts holds the mock to a 400 and serving on)';

/** The basis of a body's size limit. */
const OVERSIZED =
  "no document names a size limit for a request body (CONTRACT.md, seeds 000-003, reference/); the suite sends no body near either of the mock's limits";

/** A mutant: its mutator, its whole original text and its replacement. */
type Row = readonly [mutator: string, original: string, replacement: string];

/** Entries naming exact mutants on the line holding `near`, for one reason on one basis. */
const atLine = (file: string, near: string, reason: string, basis: string, rows: readonly Row[]): LegalMutant[] =>
  rows.map(([mutator, original, replacement]) => ({
    file,
    mutator,
    original,
    whole: true,
    near,
    replacement,
    reason,
    basis,
  }));

/** The wiring's legal mutants. */
export const WIRING_MUTANTS: LegalMutant[] = [
  // mock/config.ts
  ...atLine('mock/config.ts', "'mock-subscription-key'", 'the key a mock takes when none is given', HARNESS, [
    ['StringLiteral', "'mock-subscription-key'", '""'],
  ]),
  ...atLine('mock/config.ts', "'mock-aad-token'", 'the AAD token a mock takes when none is given', HARNESS, [
    ['StringLiteral', "'mock-aad-token'", '""'],
  ]),
  ...atLine('mock/config.ts', 'timeScale', 'a bad clock option is taken at start-up', HARNESS, [
    ['ConditionalExpression', '!(timeScale > 0) || !Number.isFinite(timeScale)', 'false'],
    [
      'LogicalOperator',
      '!(timeScale > 0) || !Number.isFinite(timeScale)',
      '!(timeScale > 0) && !Number.isFinite(timeScale)',
    ],
    ['ConditionalExpression', 'timeScale > 0', 'true'],
    ['EqualityOperator', 'timeScale > 0', 'timeScale >= 0'],
    ['BlockStatement', '{\n    throw new Error(`timeScale must be a positive number, got ${timeScale}`);\n  }', '{}'],
  ]),
  // mock/index.ts
  ...atLine('mock/index.ts', 'function limitOf', 'the rate limit a mock takes from its options', HARNESS, [
    [
      'BlockStatement',
      '{\n  if (options.rateLimit || !options.likeService) return options.rateLimit;\n  const rate =\n    options.likeService === true ? S0_RATE_PER_SECOND : (options.likeService.ratePerSecond ?? S0_RATE_PER_SECOND);\n  return rate > 0 ? { requests: rate, windowMs: 1000 } : undefined;\n}',
      '{}',
    ],
  ]),
  ...atLine(
    'mock/index.ts',
    'options.rateLimit || !options.likeService',
    'the rate limit a mock takes from its options',
    HARNESS,
    [['ConditionalExpression', 'options.rateLimit || !options.likeService', 'true']],
  ),
  ...atLine(
    'mock/index.ts',
    'options.likeService === true ? S0_RATE_PER_SECOND',
    "the service-like layer's rate limit",
    HARNESS,
    [
      ['ConditionalExpression', 'options.likeService === true', 'false'],
      ['BooleanLiteral', 'true', 'false'],
      [
        'LogicalOperator',
        'options.likeService.ratePerSecond ?? S0_RATE_PER_SECOND',
        'options.likeService.ratePerSecond && S0_RATE_PER_SECOND',
      ],
    ],
  ),
  ...atLine('mock/index.ts', 'rate > 0 ?', "the service-like layer's rate limit", HARNESS, [
    ['ConditionalExpression', 'rate > 0', 'false'],
    ['ObjectLiteral', '{ requests: rate, windowMs: 1000 }', '{}'],
  ]),
  ...atLine('mock/index.ts', 'max !== undefined', 'a bad body-limit option is taken at start-up', HARNESS, [
    ['ConditionalExpression', 'max !== undefined && !(Number.isInteger(max) && max > 0)', 'false'],
    ['BooleanLiteral', '!(Number.isInteger(max) && max > 0)', 'Number.isInteger(max) && max > 0'],
    ['ConditionalExpression', 'Number.isInteger(max) && max > 0', 'true'],
    ['ConditionalExpression', 'Number.isInteger(max) && max > 0', 'false'],
    ['LogicalOperator', 'Number.isInteger(max) && max > 0', 'Number.isInteger(max) || max > 0'],
    ['ConditionalExpression', 'max > 0', 'true'],
    ['EqualityOperator', 'max > 0', 'max >= 0'],
    ['EqualityOperator', 'max > 0', 'max <= 0'],
    ['BlockStatement', '{\n    throw new Error(`maxBodyBytes must be a positive integer, got ${max}`);\n  }', '{}'],
  ]),
  ...atLine('mock/index.ts', 'limit && !(limit.requests > 0', 'a bad rate-limit option is taken at start-up', HARNESS, [
    ['ConditionalExpression', 'limit && !(limit.requests > 0 && limit.windowMs > 0)', 'false'],
    ['BooleanLiteral', '!(limit.requests > 0 && limit.windowMs > 0)', 'limit.requests > 0 && limit.windowMs > 0'],
    ['ConditionalExpression', 'limit.requests > 0 && limit.windowMs > 0', 'true'],
    ['ConditionalExpression', 'limit.requests > 0 && limit.windowMs > 0', 'false'],
    ['LogicalOperator', 'limit.requests > 0 && limit.windowMs > 0', 'limit.requests > 0 || limit.windowMs > 0'],
    ['ConditionalExpression', 'limit.requests > 0', 'true'],
    ['EqualityOperator', 'limit.requests > 0', 'limit.requests >= 0'],
    ['EqualityOperator', 'limit.requests > 0', 'limit.requests <= 0'],
    ['ConditionalExpression', 'limit.windowMs > 0', 'true'],
    ['EqualityOperator', 'limit.windowMs > 0', 'limit.windowMs >= 0'],
    ['EqualityOperator', 'limit.windowMs > 0', 'limit.windowMs <= 0'],
    ['BlockStatement', "{\n    throw new Error('rateLimit needs requests > 0 and windowMs > 0');\n  }", '{}'],
  ]),
  ...atLine('mock/index.ts', 'like === true', "the service-like layer's options", HARNESS, [
    ['ConditionalExpression', 'like === true', 'true'],
    ['ConditionalExpression', 'like === true', 'false'],
    ['EqualityOperator', 'like === true', 'like !== true'],
    ['BooleanLiteral', 'true', 'false'],
  ]),
  ...atLine('mock/index.ts', 'wide === true', "the widest layer's options", HARNESS, [
    ['ConditionalExpression', 'wide === true', 'true'],
    ['ConditionalExpression', 'wide === true', 'false'],
    ['EqualityOperator', 'wide === true', 'wide !== true'],
    ['BooleanLiteral', 'true', 'false'],
  ]),
  ...atLine('mock/index.ts', 'await new Promise<void>((resolve, reject) => {', 'how a mock starts listening', HARNESS, [
    [
      'BlockStatement',
      "{\n    server.once('error', reject);\n    server.listen(options.port ?? 0, '127.0.0.1', () => {\n      server.off('error', reject);\n      resolve();\n    });\n  }",
      '{}',
    ],
  ]),
  ...atLine('mock/index.ts', "server.once('error', reject);", 'how a mock starts listening', HARNESS, [
    ['StringLiteral', "'error'", '""'],
  ]),
  ...atLine(
    'mock/index.ts',
    "server.listen(options.port ?? 0, '127.0.0.1'",
    'the port and address a mock listens on',
    HARNESS,
    [
      ['LogicalOperator', 'options.port ?? 0', 'options.port && 0'],
      ['StringLiteral', "'127.0.0.1'", '""'],
    ],
  ),
  ...atLine('mock/index.ts', "server.off('error', reject);", 'how a mock starts listening', HARNESS, [
    ['StringLiteral', "'error'", '""'],
  ]),
  ...atLine('mock/index.ts', 'server.close((err)', 'how a mock closes', HARNESS, [
    ['ArrowFunction', '(err) => (err ? reject(err) : resolve())', '() => undefined'],
  ]),
  ...atLine('mock/index.ts', 'reset: () => {', "how the tests' reset clears a mock", HARNESS, [
    [
      'BlockStatement',
      '{\n      state.clear();\n      limiter.reset();\n      likeService?.reseed();\n      widest?.reseed();\n    }',
      '{}',
    ],
  ]),
  ...atLine('mock/index.ts', 'likeService?.reseed();', "how the tests' reset clears a mock", HARNESS, [
    ['OptionalChaining', 'likeService?.reseed', 'likeService.reseed'],
  ]),
  ...atLine('mock/index.ts', 'widest?.reseed();', "how the tests' reset clears a mock", HARNESS, [
    ['OptionalChaining', 'widest?.reseed', 'widest.reseed'],
  ]),
  ...atLine('mock/index.ts', 'foreignWrites: () =>', "the service-like layer's counters", HARNESS, [
    ['ArrowFunction', '() => likeService?.foreignWrites ?? 0', '() => undefined'],
    ['LogicalOperator', 'likeService?.foreignWrites ?? 0', 'likeService?.foreignWrites && 0'],
    ['OptionalChaining', 'likeService?.foreignWrites', 'likeService.foreignWrites'],
  ]),
  ...atLine('mock/index.ts', 'rateLimited: () =>', "the service-like layer's counters", HARNESS, [
    ['ArrowFunction', '() => likeService?.rateLimited ?? 0', '() => undefined'],
    ['LogicalOperator', 'likeService?.rateLimited ?? 0', 'likeService?.rateLimited && 0'],
    ['OptionalChaining', 'likeService?.rateLimited', 'likeService.rateLimited'],
  ]),
  ...atLine('mock/index.ts', 'foreignIds: () =>', "the service-like layer's counters", HARNESS, [
    ['ArrowFunction', '() => likeService?.foreignIds ?? new Set<string>()', '() => undefined'],
    ['LogicalOperator', 'likeService?.foreignIds ?? new Set<string>()', 'likeService?.foreignIds && new Set<string>()'],
    ['OptionalChaining', 'likeService?.foreignIds', 'likeService.foreignIds'],
  ]),
  // mock/server.ts
  ...atLine(
    'mock/server.ts',
    "route(req.method ?? '', req.url ?? '', media)",
    'equivalent: a request Node parsed always has its method and url',
    `node:http IncomingMessage (${NOT_SEEN})`,
    [
      ['StringLiteral', "''", '"Stryker was here!"'],
      ['StringLiteral', "''", '"Stryker was here!"'],
    ],
  ),
  ...atLine(
    'mock/server.ts',
    "media === 'multipart/form-data' ? config.multipartLimit",
    'a body is held to the other body limit',
    OVERSIZED,
    [
      ['ConditionalExpression', "media === 'multipart/form-data'", 'true'],
      ['ConditionalExpression', "media === 'multipart/form-data'", 'false'],
      ['EqualityOperator', "media === 'multipart/form-data'", "media !== 'multipart/form-data'"],
      ['StringLiteral', "'multipart/form-data'", '""'],
    ],
  ),
  ...atLine(
    'mock/server.ts',
    'if (!handler) throw',
    'equivalent: every operation of the contract table has a handler (tests/mock/cli.spec.ts fails on one without)',
    NOT_SEEN,
    [['ConditionalExpression', '!handler', 'false']],
  ),
  ...atLine('mock/server.ts', 'if (res.headersSent) {', 'how the mock answers a bug of its own', NO_BUG, [
    ['ConditionalExpression', 'res.headersSent', 'false'],
    ['BlockStatement', '{\n      res.destroy();\n      return;\n    }', '{}'],
  ]),
  ...atLine('mock/server.ts', 'err instanceof HttpError', 'how the mock answers a bug of its own', NO_BUG, [
    ['ConditionalExpression', 'err instanceof HttpError', 'true'],
  ]),
  ...atLine('mock/server.ts', 'mock: internal error on', 'how the mock logs a bug of its own', NO_BUG, [
    [
      'StringLiteral',
      '`mock: internal error on ${req.method} ${req.url}: ${(err as Error).stack ?? String(err)}\\n`',
      '``',
    ],
    ['LogicalOperator', '(err as Error).stack ?? String(err)', '(err as Error).stack && String(err)'],
  ]),
  ...atLine('mock/server.ts', "'InternalServerError'", 'how the mock answers a bug of its own', NO_BUG, [
    ['StringLiteral', "'InternalServerError'", '""'],
  ]),
  ...atLine('mock/server.ts', 'handle(req, res, deps).catch', 'how the mock answers a bug of its own', NO_BUG, [
    ['BlockStatement', '{\n      process.stderr.write(`mock: ${String(err)}\\n`);\n      res.destroy();\n    }', '{}'],
  ]),
  ...atLine(
    'mock/server.ts',
    'process.stderr.write(`mock: ${String(err)}',
    'how the mock logs a bug of its own',
    NO_BUG,
    [['StringLiteral', '`mock: ${String(err)}\\n`', '``']],
  ),
  ...atLine(
    'mock/server.ts',
    "server.on('clientError'",
    'a request that is not HTTP is answered otherwise (or not at all)',
    NOT_HTTP,
    [
      ['StringLiteral', "'clientError'", '""'],
      [
        'BlockStatement',
        "{\n    if (!socket.writable) return;\n    const body = JSON.stringify({ error: { code: 'BadArgument', message: 'malformed HTTP request' } });\n    socket.end(\n      `HTTP/1.1 400 Bad Request\\r\\nContent-Type: application/json; charset=utf-8\\r\\nx-ms-error-code: BadArgument\\r\\n` +\n        `apim-request-id: ${randomUUID()}\\r\\nContent-Length: ${Buffer.byteLength(body)}\\r\\nConnection: close\\r\\n\\r\\n${body}`,\n    );\n  }",
        '{}',
      ],
    ],
  ),
  ...atLine(
    'mock/server.ts',
    'if (!socket.writable) return;',
    'a request that is not HTTP is answered otherwise (or not at all)',
    NOT_HTTP,
    [
      ['BooleanLiteral', '!socket.writable', 'socket.writable'],
      ['ConditionalExpression', '!socket.writable', 'true'],
      ['ConditionalExpression', '!socket.writable', 'false'],
    ],
  ),
  ...atLine(
    'mock/server.ts',
    "code: 'BadArgument', message: 'malformed HTTP request'",
    'a request that is not HTTP is answered otherwise (or not at all)',
    NOT_HTTP,
    [
      ['ObjectLiteral', "{ error: { code: 'BadArgument', message: 'malformed HTTP request' } }", '{}'],
      ['ObjectLiteral', "{ code: 'BadArgument', message: 'malformed HTTP request' }", '{}'],
      ['StringLiteral', "'BadArgument'", '""'],
      ['StringLiteral', "'malformed HTTP request'", '""'],
    ],
  ),
  ...atLine(
    'mock/server.ts',
    'HTTP/1.1 400 Bad Request',
    'a request that is not HTTP is answered otherwise (or not at all)',
    NOT_HTTP,
    [
      [
        'StringLiteral',
        '`HTTP/1.1 400 Bad Request\\r\\nContent-Type: application/json; charset=utf-8\\r\\nx-ms-error-code: BadArgument\\r\\n`',
        '``',
      ],
    ],
  ),
  ...atLine(
    'mock/server.ts',
    'apim-request-id: ${randomUUID()}',
    'a request that is not HTTP is answered otherwise (or not at all)',
    NOT_HTTP,
    [
      [
        'StringLiteral',
        '`apim-request-id: ${randomUUID()}\\r\\nContent-Length: ${Buffer.byteLength(body)}\\r\\nConnection: close\\r\\n\\r\\n${body}`',
        '``',
      ],
    ],
  ),
  // mock/context.ts
  ...atLine(
    'mock/context.ts',
    "family === 'sessionImage' || family === 'settings'",
    'equivalent: no handler of a session image or the settings asks for a session family',
    NOT_SEEN,
    [
      ['ConditionalExpression', "family === 'sessionImage' || family === 'settings'", 'false'],
      [
        'LogicalOperator',
        "family === 'sessionImage' || family === 'settings'",
        "family === 'sessionImage' && family === 'settings'",
      ],
      ['ConditionalExpression', "family === 'sessionImage'", 'false'],
      ['StringLiteral', "'sessionImage'", '""'],
      ['ConditionalExpression', "family === 'settings'", 'false'],
      ['StringLiteral', "'settings'", '""'],
    ],
  ),
  // mock/attempts/index.ts
  ...atLine(
    'mock/attempts/index.ts',
    'ctx.match.op.body?.contentType',
    'equivalent: every create operation of the contract table has a body',
    NOT_SEEN,
    [['OptionalChaining', 'ctx.match.op.body?.contentType', 'ctx.match.op.body.contentType']],
  ),
];
