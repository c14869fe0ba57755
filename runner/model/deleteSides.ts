/**
 * A delete seen from every side (CONTRACT.md §3 rules 5-6), once for every version: before it, the other
 * family's DELETE must not find the session, which reads back whole; after it, a second DELETE, the
 * session's audit trail (where the version has one) and its session images (where an attempt named one)
 * answer 404, while another live session's image (one the model read) still reads 200. The delete itself,
 * the read after it and the token are the delete command's own steps.
 */
import {
  deleteKeepsOtherImages,
  deletedSessionDataGone,
  otherFamilyDeleteLeavesSession,
  secondDeleteNotFound,
} from '../../checks';
import type { Role, SessionFamily } from '../../schemas';
import { contractFor } from '../../schemas';
import type { Exchange, WireRequest } from '../../wire';
import { fillPath } from '../../wire';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { runCheck } from '../evaluate';
import type { OutcomeSink } from '../outcome';

const otherFamily = (f: SessionFamily): SessionFamily => (f === 'liveness' ? 'livenessWithVerify' : 'liveness');

/** Sends a family's operation of a role on a session id with the key; undefined when the version has none. */
async function call(rt: Runtime, family: SessionFamily, role: Role, id: string): Promise<Exchange | undefined> {
  const op = contractFor(rt.config.apiVersion).families[family][role];
  if (!op) return undefined;
  const req: WireRequest = {
    operationId: op.id,
    method: op.method,
    path: fillPath(op, { sessionId: id }),
    auth: 'key',
  };
  return rt.client.send(req);
}

/** The session image ids a session read names (v1.2 and later: each attempt's `result.sessionImageId`). */
function imageIdsOf(session: unknown): string[] {
  const attempts = (session as { results?: { attempts?: unknown } } | undefined)?.results?.attempts;
  if (!Array.isArray(attempts)) return [];
  return attempts
    .map((a) => (a as { result?: { sessionImageId?: unknown } } | null)?.result?.sessionImageId)
    .filter((id): id is string => typeof id === 'string' && id !== '');
}

/**
 * Before the delete: the other family's DELETE of this id answers 404 and the session still reads 200.
 * Returns the session image ids the read names, for `afterDelete`.
 */
export async function beforeDelete(
  rt: Runtime,
  out: OutcomeSink,
  family: SessionFamily,
  id: string,
): Promise<string[]> {
  const other = await call(rt, otherFamily(family), 'delete', id);
  const read = await call(rt, family, 'get', id);
  if (!other || !read) return [];
  out.record(checkExchange(rt, other, { kind: 'notFound' }));
  out.record(checkExchange(rt, read, { kind: 'positive' }));
  const observed = { deleteStatus: other.response.status, readStatus: read.response.status };
  out.record(runCheck(rt, otherFamilyDeleteLeavesSession, other.request.operationId, observed, read));
  return imageIdsOf(read.response.json);
}

/**
 * After the delete: a second DELETE, the audit trail and the session's first image answer 404; `keptImageId`
 * (an image of another live session, when the model read one) answers 200.
 */
export async function afterDelete(
  rt: Runtime,
  out: OutcomeSink,
  family: SessionFamily,
  id: string,
  imageIds: readonly string[],
  keptImageId?: string,
): Promise<void> {
  const again = await call(rt, family, 'delete', id);
  if (again) {
    out.record(checkExchange(rt, again, { kind: 'notFound' }));
    const op = again.request.operationId;
    out.record(runCheck(rt, secondDeleteNotFound, op, { status: again.response.status }, again));
  }
  const audit = await call(rt, family, 'audit', id);
  if (audit) {
    out.record(checkExchange(rt, audit, { kind: 'notFound' }));
    const observed = { what: 'audit' as const, status: audit.response.status };
    out.record(runCheck(rt, deletedSessionDataGone, audit.request.operationId, observed, audit));
  }
  const imageOp = contractFor(rt.config.apiVersion).sessionImage;
  if (!imageOp) return;
  const readImage = (sessionImageId: string): Promise<Exchange> =>
    rt.client.send({
      operationId: imageOp.id,
      method: 'GET',
      path: fillPath(imageOp, { sessionImageId }),
      auth: 'key',
    });
  if (imageIds.length > 0) {
    const image = await readImage(imageIds[0]);
    out.record(checkExchange(rt, image, { kind: 'notFound' }));
    const observed = { what: 'sessionImage' as const, status: image.response.status };
    out.record(runCheck(rt, deletedSessionDataGone, imageOp.id, observed, image));
  }
  if (keptImageId) {
    const kept = await readImage(keptImageId);
    out.record(checkExchange(rt, kept, { kind: 'positive' }));
    out.record(runCheck(rt, deleteKeepsOtherImages, imageOp.id, { status: kept.response.status }, kept));
  }
}
