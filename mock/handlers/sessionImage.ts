import type { HandlerContext } from '../context';
import { HttpError, sendBytes } from '../http';

/** Get Session Image (v1.2-preview.1, CONTRACT.md §1 op 12): the `Content` bytes a device call stored. */
export function getSessionImage(ctx: HandlerContext): void {
  const id = ctx.match.params.sessionImageId ?? '';
  const bytes = ctx.state.image(id);
  if (!bytes && ctx.config.faults.has('unknown-session-image-500'))
    throw new HttpError(500, 'InternalServerError', 'lookup failed');
  if (!bytes) throw new HttpError(404, 'NotFound', `no session image has id "${id.slice(0, 80)}"`);
  sendBytes(ctx.res, 200, bytes, 'application/octet-stream');
}
