import { randomBytes } from 'node:crypto';
import { registry } from '../../schemas';
import type { HandlerContext } from '../context';
import { parseJson } from '../createBody';
import { HttpError, badArgument, sendJson } from '../http';
import type { LivenessSettings } from './values';

function settingsOf(ctx: HandlerContext): LivenessSettings {
  const settings = ctx.state.ga.settings;
  return {
    livenessAbuseMonitoring: {
      enabled: ctx.config.faults.has('v13-settings-not-persisted') ? false : settings.livenessAbuseMonitoring.enabled,
    },
  };
}

/** GET /settings: the liveness settings. */
export function getSettings(ctx: HandlerContext): void {
  sendJson(ctx.res, ctx.config.faults, 200, settingsOf(ctx));
}

/** The media types PATCH /settings takes: JSON (the swagger's `consumes`) and merge-patch JSON (a PATCH's own). */
const PATCH_MEDIA_TYPES = new Set(['application/json', 'application/merge-patch+json']);

/** PATCH /settings: a SettingsUpdate (JSON; merge-patch JSON too); answers the settings after the change. */
export function patchSettings(ctx: HandlerContext): void {
  if (!PATCH_MEDIA_TYPES.has(ctx.media)) {
    throw new HttpError(415, 'BadArgument', `Content-Type "${ctx.media || '(none)'}": send application/json`);
  }
  const value = parseJson(ctx.body.toString('utf8'), ctx.config.faults);
  const [first] = registry().validate(ctx.match.version, 'SettingsUpdate', value);
  if (first) throw badArgument(`SettingsUpdate ${first.instancePath || '/'}: ${first.message}`);
  const enabled = (value as { livenessAbuseMonitoring?: { enabled?: boolean } }).livenessAbuseMonitoring?.enabled;
  // The fault answers a PATCH back to off as done but keeps monitoring on.
  if (enabled === false && ctx.config.faults.has('v13-settings-set-back-ignored')) {
    sendJson(ctx.res, ctx.config.faults, 200, { livenessAbuseMonitoring: { enabled: false } });
    return;
  }
  if (enabled !== undefined) ctx.state.ga.settings.livenessAbuseMonitoring.enabled = enabled;
  // The fault takes a PATCH that sets nothing for one that turns monitoring on.
  if (enabled === undefined && ctx.config.faults.has('v13-settings-empty-patch-turns-on')) {
    ctx.state.ga.settings.livenessAbuseMonitoring.enabled = true;
  }
  sendJson(ctx.res, ctx.config.faults, 200, settingsOf(ctx));
}

/** GET /settings/getClientAssetsAccessToken: a token for the client assets, valid one hour. */
export function getClientAssetsAccessToken(ctx: HandlerContext): void {
  const accessToken = randomBytes(24).toString('base64url');
  const faults = ctx.config.faults;
  sendJson(ctx.res, faults, 200, {
    expiry: new Date(ctx.now + 3600_000).toISOString(),
    accessToken,
    base64AccessToken: faults.has('v13-client-token-not-base64')
      ? `${accessToken}!`
      : Buffer.from(accessToken).toString('base64'),
  });
}
