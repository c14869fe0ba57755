import { createHash } from 'node:crypto';
import { bearer } from '../auth';
import type { HandlerContext } from '../context';
import { familyOf } from '../context';
import { HttpError, badArgument, sendEmpty } from '../http';
import { parseMultipart } from '../multipart';
import type { GaSession } from './store';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const unauthorized = (message: string): HttpError => new HttpError(401, '401', message);

/** The live, unexpired v1.2 session of the path's family whose token the device sent; else 401. */
function authorize(ctx: HandlerContext): GaSession {
  const token = bearer(ctx.req);
  const session = token === undefined ? undefined : ctx.state.ga.byToken(token);
  if (!session || session.family !== familyOf(ctx)) {
    throw unauthorized('access denied: send the session authToken as Authorization: Bearer <authToken>');
  }
  if (session.deleted || ctx.now >= session.createdAt + session.ttl * 1000) {
    throw unauthorized('the session token has expired or its session was deleted; create a new session');
  }
  return session;
}

/**
 * The simulated v1.2 device call (our protocol; CONTRACT.md §5 has none): `Authorization: Bearer
 * <authToken>`, multipart with a part `Content`. Appends one `Succeeded` attempt numbered from 1 and
 * answers 204: v1.2 has no sendResultsToClient, the result is read with Get Session Result.
 */
export async function detectLivenessGa(ctx: HandlerContext): Promise<void> {
  const session = authorize(ctx);
  if (ctx.media !== 'multipart/form-data') {
    throw new HttpError(415, 'BadArgument', `Content-Type "${ctx.media || '(none)'}": send multipart/form-data`);
  }
  const content = (await parseMultipart(ctx.req.headers, ctx.body)).get('Content');
  if (!content) throw badArgument('multipart body: part "Content" is missing');
  const text = content.bytes.subarray(0, 256).toString('latin1').toLowerCase();
  const result: Record<string, unknown> = {
    livenessDecision: text.includes('spoof') ? 'spoofface' : text.includes('uncertain') ? 'uncertain' : 'realface',
    digest: sha256(ctx.body),
  };
  if (session.enableSessionImage) result.sessionImageId = ctx.state.ga.addImage(session, content.bytes);
  if (session.family === 'livenessWithVerify') {
    result.verifyResult = { isIdentical: true, matchConfidence: 0.93 };
    if (session.returnVerifyImageHash && session.verifyImage) result.verifyImageHash = sha256(session.verifyImage);
  }
  session.attempts.push({ attemptId: session.attempts.length + 1, attemptStatus: 'Succeeded', result });
  sendEmpty(ctx.res, 204);
}
