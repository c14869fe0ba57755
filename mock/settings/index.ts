import type { Role } from '../../schemas';
import type { Handler } from '../context';
import { getClientAssetsAccessToken, getSettings, patchSettings } from './settings';

export type { SessionTermsFields } from './session';
export { attemptClientFields, refuseBeyondAllowed, renderSessionTerms, sessionTermsOf } from './session';
export type { LivenessSettings, SessionTerms } from './values';
export { defaultSettings } from './values';

/** The handlers of the settings roles (capability `settings`: `/settings` and the client-assets token). */
export const SETTINGS_HANDLERS: Readonly<Partial<Record<Role, Handler>>> = {
  getSettings,
  patchSettings,
  clientAssetsToken: getClientAssetsAccessToken,
};
