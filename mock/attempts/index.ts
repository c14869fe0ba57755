import type { Role } from '../../schemas';
import type { Handler } from '../context';
import { SETTINGS_HANDLERS } from '../settings';
import { createGaJson, createGaMultipart } from './create';
import { detectLivenessGa } from './device';
import { deleteGaSession, getGaSession, getGaSessionImage } from './sessions';

/** The handler of each role of the GA design (CONTRACT.md §5); the create's body in the table picks JSON or flat multipart. */
export const GA_HANDLERS: Readonly<Partial<Record<Role, Handler>>> = {
  create: (ctx) =>
    ctx.match.op.body?.contentType === 'multipart/form-data' ? createGaMultipart(ctx) : createGaJson(ctx),
  get: getGaSession,
  delete: deleteGaSession,
  sessionImage: getGaSessionImage,
  device: detectLivenessGa,
  // v1.3-preview.1's settings (mock/settings/); its other operations are v1.2's roles, answered above.
  ...SETTINGS_HANDLERS,
};
