import { flatFieldValue, registry } from '../../schemas';
import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import type { CreateBody } from '../createBody';
import { parseJson, ttlOf, validateCreate } from '../createBody';
import { HttpError, badArgument, sendJson } from '../http';
import type { Part } from '../multipart';
import { parseMultipart } from '../multipart';
import { renderGaSession } from './render';
import type { GaSession } from './store';
import type { SessionTermsFields } from '../settings';
import { sessionTermsOf } from '../settings';

/** The only model v1.2 documents, and the one a session gets when its create names none. */
export const GA_MODEL = '2024-11-15';

/** A v1.2 create body: the preview fields minus sendResultsToClient, with the renamed model field. */
type GaCreateBody = Omit<CreateBody, 'livenessSingleModalModel' | 'sendResultsToClient'> &
  SessionTermsFields & { livenessModelVersion?: string };

function unsupported(ctx: HandlerContext, expected: string): HttpError {
  return new HttpError(
    415,
    'BadArgument',
    `Content-Type "${ctx.media || '(none)'}" is not supported; send ${expected}`,
  );
}

function store(ctx: HandlerContext, body: GaCreateBody, verifyImage?: Buffer): GaSession {
  return ctx.state.ga.create({
    family: familyOf(ctx),
    createdAt: ctx.now,
    // A planted fault gives sessions created without a TTL an hour instead of the documented 600 s.
    ttl:
      body.authTokenTimeToLiveInSeconds === undefined && ctx.config.faults.has('ga-default-ttl-too-long')
        ? 3600
        : ttlOf(body, ctx.config.faults),
    deviceCorrelationId: body.deviceCorrelationId ?? null,
    // The faults store the image and return the hash whatever the create asked.
    enableSessionImage: ctx.config.faults.has('ga-session-image-always-stored')
      ? true
      : body.enableSessionImage === true,
    returnVerifyImageHash: ctx.config.faults.has('ga-verify-image-hash-always-returned')
      ? true
      : body.returnVerifyImageHash === true,
    modelVersion: body.livenessModelVersion ?? GA_MODEL,
    verifyImage,
    terms: sessionTermsOf(ctx, body),
  });
}

/** The status a create answers: 200 (CONTRACT.md §5), 201 under a fault. */
const createdStatus = (ctx: HandlerContext): number => (ctx.config.faults.has('ga-create-answers-201') ? 201 : 200);

/** Create Liveness Session (v1.2): JSON; answers the whole session (CONTRACT.md §5). */
export function createGaJson(ctx: HandlerContext): void {
  if (ctx.media !== 'application/json') throw unsupported(ctx, 'application/json');
  const definition = ctx.match.op.body?.definition ?? '';
  const value = parseJson(ctx.body.toString('utf8'), ctx.config.faults);
  const body = validateCreate(ctx.match.version, definition, value, ctx.config.faults) as GaCreateBody;
  sendJson(ctx.res, ctx.config.faults, createdStatus(ctx), renderGaSession(store(ctx, body), ctx.config.faults));
}

/** The flat fields of a multipart create, typed by the definition's properties; files other than the image refused. */
function flatFields(ctx: HandlerContext, definition: string, parts: Map<string, Part>): Record<string, unknown> {
  const properties = (registry().schema(ctx.match.version, definition).properties ?? {}) as Record<
    string,
    { type?: unknown }
  >;
  const value: Record<string, unknown> = {};
  for (const [name, part] of parts) {
    if (name === 'verifyImage') continue;
    if (part.filename !== undefined) throw badArgument(`multipart body: part "${name}" must be a field, not a file`);
    value[name] = flatFieldValue(properties[name]?.type, part.bytes.toString('utf8'));
  }
  return value;
}

/** Create Liveness With Verify Session (v1.2): multipart only, flat fields and the file part `verifyImage`. */
export async function createGaMultipart(ctx: HandlerContext): Promise<void> {
  if (ctx.media !== 'multipart/form-data') throw unsupported(ctx, 'multipart/form-data (v1.2 has no JSON variant)');
  const parts = await parseMultipart(ctx.req.headers, ctx.body);
  const image = parts.get('verifyImage');
  const missing = !image || image.filename === undefined || image.bytes.length === 0;
  if (missing && !ctx.config.faults.has('ga-accept-missing-verify-image')) {
    throw badArgument('multipart body: part "verifyImage" must be a non-empty file (sent with a filename)');
  }
  const definition = ctx.match.op.body?.definition ?? '';
  const value = flatFields(ctx, definition, parts);
  const body = validateCreate(ctx.match.version, definition, value, ctx.config.faults) as GaCreateBody;
  const session = renderGaSession(store(ctx, body, image?.bytes), ctx.config.faults);
  sendJson(ctx.res, ctx.config.faults, createdStatus(ctx), session);
}
