import { isGaVersion, registry } from '../../schemas';
import type { AnswerTake, HeldAnswer, WidestRequest } from './exchange';
import { shuffled } from './random';

/*
 * The answer takes of the widest server. A take never tests the version: the layer applies it only in the
 * versions its liberty names (schemas/liberties, read from the capabilities; `Widest` in ./index.ts).
 */

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** A successful JSON answer of a request that matched an operation. */
const success = (answer: HeldAnswer, req: WidestRequest | undefined): req is WidestRequest =>
  !!req && answer.status < 300 && answer.json !== undefined;

/** The audit entries of an answer: the list itself, or a preview session's result. */
function auditEntries(answer: HeldAnswer, req: WidestRequest): Json[] {
  if (req.match.op.role === 'audit' && Array.isArray(answer.json)) return answer.json.filter(isObject);
  const result = isObject(answer.json) && req.match.op.role === 'get' ? answer.json.result : undefined;
  return isObject(result) ? [result] : [];
}

/** Liberty delete-either-status: a DELETE answers 200 with an empty body (the liberty's versions: v1.2's). */
export const deleteAnswers200: AnswerTake = (answer, req) => {
  if (req?.match.op.role === 'delete' && answer.status === 204) answer.status = 200;
};

/** Liberty audit-entry-order: audit entries in a seeded random order. */
export const shuffleAuditEntries: AnswerTake = (answer, req, env) => {
  if (success(answer, req) && req.match.op.role === 'audit' && Array.isArray(answer.json))
    answer.json = shuffled(answer.json, env.random);
};

/** Liberty attempt-order: results.attempts in a seeded random order. */
export const shuffleAttempts: AnswerTake = (answer, req, env) => {
  if (!success(answer, req) || !isObject(answer.json) || !isObject(answer.json.results)) return;
  const { attempts } = answer.json.results;
  if (Array.isArray(attempts)) answer.json.results.attempts = shuffled(attempts, env.random);
};

/** Liberty read-auth-token: reads answer authToken "". */
export const emptyTokenOnReads: AnswerTake = (answer, req) => {
  if (success(answer, req) && req.match.op.role === 'get' && isObject(answer.json) && 'authToken' in answer.json)
    answer.json.authToken = '';
};

/** The members a definition requires, at its top level. */
function requiredOf(req: WidestRequest, status: number): Set<string> {
  const definition = req.match.op.success.find((s) => s.status === status)?.definition;
  if (!definition) return new Set();
  return new Set((registry().schema(req.match.version, definition).required as string[] | undefined) ?? []);
}

function withoutNulls(value: unknown, keep: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutNulls(v, new Set()));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) if (v !== null || keep.has(k)) out[k] = withoutNulls(v, new Set());
  return out;
}

/**
 * Liberty unset-optional-members-absent: members not set (null) left out unless required at the top level
 * (audit entries' clientRequestId among them), and modelVersion of a v1.2 read until an attempt exists.
 */
export const leaveOutUnset: AnswerTake = (answer, req) => {
  if (!success(answer, req)) return;
  answer.json = withoutNulls(answer.json, requiredOf(req, answer.status));
  const s = answer.json;
  if (!isGaVersion(req.match.version) || req.match.op.role !== 'get' || !isObject(s)) return;
  const attempts = isObject(s.results) ? s.results.attempts : undefined;
  if (!Array.isArray(attempts) || attempts.length === 0) delete s.modelVersion;
};

/** Liberty verify-reference-type: referenceType "image" at create, absent on reads. */
export const imageReferenceType: AnswerTake = (answer, req) => {
  if (!success(answer, req) || !isObject(answer.json) || !isObject(answer.json.results)) return;
  const refs = answer.json.results.verifyReferences;
  if (!Array.isArray(refs)) return;
  for (const ref of refs.filter(isObject)) {
    if (req.match.op.method === 'POST') ref.referenceType = 'image';
    else delete ref.referenceType;
  }
};

/** Liberty session-image-media-type: session image bytes as application/octet-stream. */
export const octetStreamImages: AnswerTake = (answer, req) => {
  if (req?.match.op.role !== 'sessionImage' || answer.status !== 200) return;
  for (const name of Object.keys(answer.headers))
    if (name.toLowerCase() === 'content-type') delete answer.headers[name];
  answer.headers['Content-Type'] = 'application/octet-stream';
};

/** Liberty audit-content-type-parameters: request.contentType keeps a boundary parameter. */
export const contentTypeWithBoundary: AnswerTake = (answer, req) => {
  if (!success(answer, req)) return;
  for (const entry of auditEntries(answer, req)) {
    const request = entry.request;
    if (isObject(request) && request.contentType === 'multipart/form-data')
      request.contentType = 'multipart/form-data; boundary=----widest-boundary';
  }
};

/** Liberty model-version-newer: a session created without a model reports 2025-05-20. */
export const newerModelVersion: AnswerTake = (answer, req, env) => {
  if (!success(answer, req) || !isObject(answer.json)) return;
  const s = answer.json;
  const id = typeof s.sessionId === 'string' ? s.sessionId : req.match.params.sessionId;
  if (
    ['create', 'createWithVerifyImage'].includes(req.match.op.role) &&
    req.fields &&
    req.fields.livenessModelVersion === undefined
  )
    env.unnamedModel.add(id);
  if (env.unnamedModel.has(id) && s.modelVersion !== undefined) s.modelVersion = '2025-05-20';
};

/** Liberty flags-boolean-or-object: the flags stay booleans (an object carries no on or off to read). */
export const booleanFlags: AnswerTake = () => undefined;
