import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import type { CreateBody } from '../createBody';
import { parseJson, ttlOf, validateCreate } from '../createBody';
import { HttpError, badArgument, sendJson } from '../http';
import { parseMultipart } from '../multipart';
import type { Session } from '../state';
import { VERIFY_IMAGE_FACE } from './livenessResult';

function unsupported(ctx: HandlerContext, expected: string): HttpError {
  return new HttpError(
    415,
    'BadArgument',
    `Content-Type "${ctx.media || '(none)'}" is not supported here; send ${expected}`,
  );
}

function store(ctx: HandlerContext, body: CreateBody, verifyImage?: Buffer): Session {
  const { faults } = ctx.config;
  return ctx.state.create({
    family: familyOf(ctx),
    createdAt: ctx.now,
    ttl: ttlOf(body, faults),
    deviceCorrelationId: body.deviceCorrelationId ?? null,
    sendResultsToClient: body.sendResultsToClient === true,
    enableSessionImage: body.enableSessionImage === true,
    returnVerifyImageHash: body.returnVerifyImageHash === true,
    model: body.livenessSingleModalModel,
    verifyImage,
  });
}

function answer(ctx: HandlerContext, session: Session, withVerifyImage: boolean): void {
  const result: Record<string, unknown> = { sessionId: session.id };
  if (!ctx.config.faults.has('create-missing-auth-token')) result.authToken = session.token;
  if (withVerifyImage) result.verifyImage = VERIFY_IMAGE_FACE;
  sendJson(ctx.res, ctx.config.faults, 200, result);
}

/** Create Liveness (With Verify) Session, JSON body (CONTRACT.md §1 ops 1 and 6). */
export function createJson(ctx: HandlerContext): void {
  if (ctx.media !== 'application/json') throw unsupported(ctx, 'application/json');
  const definition = ctx.match.op.body?.definition ?? '';
  const value = parseJson(ctx.body.toString('utf8'), ctx.config.faults);
  const body = validateCreate(ctx.match.version, definition, value, ctx.config.faults);
  answer(ctx, store(ctx, body), false);
}

/** Create Liveness With Verify Session With Verify Image: parts `Parameters` and `VerifyImage` (op 7). */
export async function createMultipart(ctx: HandlerContext): Promise<void> {
  if (ctx.media !== 'multipart/form-data') throw unsupported(ctx, 'multipart/form-data or application/json');
  const parts = await parseMultipart(ctx.req.headers, ctx.body);
  const parameters = parts.get('Parameters');
  const image = parts.get('VerifyImage');
  if (!parameters) throw badArgument('multipart body: part "Parameters" (the JSON create body) is missing');
  if (!image || image.filename === undefined || image.bytes.length === 0) {
    throw badArgument('multipart body: part "VerifyImage" must be a non-empty file (sent with a filename)');
  }
  const definition = ctx.match.op.body?.definition ?? '';
  const value = parseJson(parameters.bytes.toString('utf8'), ctx.config.faults);
  const body = validateCreate(ctx.match.version, definition, value, ctx.config.faults);
  answer(ctx, store(ctx, body, image.bytes), true);
}
