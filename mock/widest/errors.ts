import type { AnswerTake, HeldAnswer, RequestTake, WidestRequest } from './exchange';
import { HttpError } from '../http';

/** Codes a document names for the answer that carries them (CONTRACT.md §3): kept as they are. */
const NAMED = new Set([
  '401',
  '429',
  'SessionNotFound',
  'InvalidTokenLifetime',
  'InvalidLivenessOperationMode',
  'InvalidDeviceCorrelationId',
]);
/** The documented create codes the reference ties to no field. */
const UNTIED = ['BadArgument', 'InvalidRequestBody'];

/** The error object of a FaceErrorResponse answer, if the answer is one. */
export function errorOf(answer: HeldAnswer): Record<string, unknown> | undefined {
  const body = answer.json as { error?: unknown } | undefined;
  return answer.status >= 400 && body?.error && typeof body.error === 'object'
    ? (body.error as Record<string, unknown>)
    : undefined;
}

/** Whether a document names the code of this refusal: the named ones, BadArgument for paging and bad JSON. */
function named(code: unknown, answer: HeldAnswer, req: WidestRequest | undefined): boolean {
  if (typeof code !== 'string') return true;
  if (NAMED.has(code)) return true;
  if (code !== 'BadArgument' || answer.status !== 400 || !req) return false;
  return req.malformedJson || (req.match.op.query.length > 0 && req.match.op.method === 'GET');
}

/** A refused body the documents tie to no code of their list: any of the untied ones may come back. */
const untiedRefusal = (answer: HeldAnswer, req: WidestRequest | undefined): boolean =>
  answer.status === 400 && !!req?.valuesRead && !req.framing;

/** The code a server chose where no document names one. */
function unnamedCode(answer: HeldAnswer, req: WidestRequest | undefined): string {
  if (req?.match.op.role === 'sessionImage' && answer.status === 404) return 'SessionImageNotFound';
  if (req?.framing === 'wrong-content-type') return 'UnsupportedMediaType';
  if (answer.status === 403) return 'Forbidden';
  return 'InvalidRequest';
}

/** Liberty unnamed-error-code: every code no document names becomes another. */
export const renameUnnamedCode: AnswerTake = (answer, req) => {
  const error = errorOf(answer);
  if (!error || named(error.code, answer, req) || untiedRefusal(answer, req)) return;
  error.code = unnamedCode(answer, req);
};

/** Liberty code-among-documented: BadArgument or InvalidRequestBody at random where the reference ties none. */
export const pickUntiedCode: AnswerTake = (answer, req, env) => {
  const error = errorOf(answer);
  if (!error || !untiedRefusal(answer, req) || !UNTIED.includes(String(error.code))) return;
  error.code = UNTIED[Math.floor(env.random() * UNTIED.length)];
};

/** Liberty framing-refusal-status: a wrong content type 400 (not 415), a missing part 422. */
export const otherFramingStatus: AnswerTake = (answer, req) => {
  if (!errorOf(answer) || !req?.framing) return;
  if (answer.status === 415) answer.status = 400;
  else if (req.framing === 'missing-part' && answer.status === 400) answer.status = 422;
};

/** Liberty error-code-header-omitted: no x-ms-error-code on any error. */
export const omitErrorCodeHeader: AnswerTake = (answer) => {
  for (const name of Object.keys(answer.headers))
    if (name.toLowerCase() === 'x-ms-error-code') delete answer.headers[name];
};

/**
 * Liberty rate-limited-any-time: now and then a 429 (code "429", Retry-After 0 or 1), before the request is
 * handled, sometimes two in a row; at least 40 requests pass between bursts, so a retried request gets through.
 */
export function rateLimitNowAndThen(): RequestTake {
  let burst = 0;
  let gap = 10;
  return (_req, env) => {
    if (burst === 0 && gap > 0) {
      gap--;
      return;
    }
    if (burst === 0) {
      if (env.random() >= 1 / 20) return;
      burst = env.random() < 0.3 ? 2 : 1;
    }
    burst--;
    if (burst === 0) gap = 40;
    const seconds = env.random() < 0.25 ? '1' : '0';
    throw new HttpError(429, '429', 'rate limit exceeded (the widest mock now and then)', { 'Retry-After': seconds });
  };
}
