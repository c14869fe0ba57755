import type { Role } from '../../schemas';
import type { Handler } from '../context';
import { getClientAssetsAccessToken, getSettings, patchSettings } from './settings';

export type { V13CreateFields } from './session';
export { attemptV13, refuseBeyondAllowed, renderV13, v13Values } from './session';
export type { LivenessSettings, V13SessionValues } from './values';
export { defaultSettings } from './values';

/** The handlers of the roles only v1.3-preview.1 has (schemas/contract/v13.ts: the settings). */
export const V13_HANDLERS: Readonly<Partial<Record<Role, Handler>>> = {
  getSettings,
  patchSettings,
  clientAssetsToken: getClientAssetsAccessToken,
};
