import { randomUUID } from 'node:crypto';
import { authorizeDevice } from '../auth';
import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import { deviceParts, sha256 } from '../deviceCall';
import { badArgument, sendEmpty, sendJson } from '../http';
import type { Session } from '../state';
import { livenessResult } from './livenessResult';

function header(ctx: HandlerContext, name: string): string | undefined {
  const value = ctx.req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Whether the entry carries the verify image's hash: as the session asked, unless a fault says otherwise. */
function returnsVerifyHash(session: Session, faults: HandlerContext['config']['faults']): boolean {
  if (faults.has('verify-image-hash-not-returned')) return false;
  return session.returnVerifyImageHash || faults.has('verify-image-hash-always-returned');
}

/** The body's length in bytes (+1 under audit-content-length-wrong; its UTF-8 characters under -in-characters). */
function contentLength(body: Buffer, faults: HandlerContext['config']['faults']): number {
  if (faults.has('audit-content-length-in-characters')) return [...body.toString('utf8')].length;
  return body.length + (faults.has('audit-content-length-wrong') ? 1 : 0);
}

/** Appends the call's audit entry and marks the session started (CONTRACT.md §1 "The device's own calls"). */
function record(ctx: HandlerContext, session: Session, status: number, body: Record<string, unknown>, verify?: Buffer) {
  const { faults } = ctx.config;
  const content = ctx.body;
  ctx.state.addAudit(session, {
    sessionId: session.id,
    requestId: faults.has('audit-request-id-mismatch') ? randomUUID() : ctx.requestId,
    clientRequestId: faults.has('audit-client-request-id-dropped') ? null : (header(ctx, 'client-request-id') ?? null),
    receivedDateTime: new Date(ctx.now).toISOString(),
    request: {
      url: ctx.req.url ?? '',
      method: ctx.req.method ?? 'POST',
      contentLength: contentLength(content, faults),
      contentType: ctx.media,
      userAgent: header(ctx, 'user-agent') ?? '',
    },
    response: {
      ...(status === 204 && faults.has('audit-body-missing-on-204') ? {} : { body }),
      statusCode: status,
      latencyInMilliseconds: Math.max(0, Date.now() - ctx.receivedAt),
    },
    digest: sha256(content),
    ...(verify && returnsVerifyHash(session, faults) ? { verifyImageHash: sha256(verify) } : {}),
  });
  session.startedAt = faults.has('session-start-moves') ? ctx.now : (session.startedAt ?? ctx.now);
}

/**
 * The simulated device call: `Authorization: Bearer <authToken>`, multipart with a part `Content` (and
 * `VerifyImage` for a with-verify session created without one). 200 with the result when the session was
 * created with sendResultsToClient, else 204; either way one audit entry is appended.
 */
export async function detectLiveness(ctx: HandlerContext): Promise<void> {
  const { faults } = ctx.config;
  const family = familyOf(ctx);
  const session = authorizeDevice(ctx.req, ctx.config, ctx.state, family, ctx.now);
  const { parts, content } = await deviceParts(ctx);
  const verify = parts.get('VerifyImage')?.bytes ?? session?.verifyImage;
  if (family === 'livenessWithVerify' && session && !verify) {
    throw badArgument('multipart body: part "VerifyImage" is needed, the session was created without one');
  }
  const body = livenessResult(session, content, faults);
  const status = session?.sendResultsToClient && !faults.has('send-results-to-client-ignored') ? 200 : 204;
  if (session) {
    record(ctx, session, status, body, verify);
    if (faults.has('device-call-two-entries')) record(ctx, session, status, body, verify);
    const storesImage = session.enableSessionImage || faults.has('session-image-always-stored');
    if (storesImage && !faults.has('session-image-not-stored')) {
      const last = session.audit[session.audit.length - 1];
      last.sessionImageId = ctx.state.addImage(session, content.bytes);
    }
  }
  if (status === 200) sendJson(ctx.res, faults, 200, body);
  else sendEmpty(ctx.res, 204);
}
