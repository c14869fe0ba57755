import { ref } from '../../ids';
import type { DefinitionSet } from '../types';
import { booleanOrObject, v13Note } from './source';

/** The settings and client-assets definitions of v1.3-preview.1 (`/settings`, `/settings/getClientAssetsAccessToken`). */
export function v13SettingsDefinitions(): DefinitionSet {
  return {
    LivenessAbuseMonitoringSetting: {
      type: 'object',
      description: 'The liveness abuse monitoring setting.',
      $comment: v13Note('LivenessAbuseMonitoringSetting {enabled} required'),
      required: ['enabled'],
      properties: { enabled: booleanOrObject('Whether liveness abuse monitoring is on.') },
    },
    Settings: {
      type: 'object',
      description: 'The liveness settings of the resource, as GET and PATCH /settings answer them.',
      $comment: v13Note('Settings {livenessAbuseMonitoring} required'),
      required: ['livenessAbuseMonitoring'],
      properties: { livenessAbuseMonitoring: ref('LivenessAbuseMonitoringSetting') },
    },
    SettingsUpdate: {
      type: 'object',
      description: 'Body of PATCH /settings: the settings to change.',
      $comment: v13Note(
        'SettingsUpdate {livenessAbuseMonitoring: {enabled}}; the PatchSettings example sends a flat {enabled} (item 12)',
      ),
      properties: {
        livenessAbuseMonitoring: {
          type: 'object',
          description: 'The abuse monitoring setting to change.',
          properties: { enabled: { type: 'boolean', description: 'Whether liveness abuse monitoring is on.' } },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    ClientAssetsAccessTokenResponse: {
      type: 'object',
      description: 'A token for the client AI model assets, with its expiry and its base64 form.',
      $comment: v13Note(
        'ClientAssetsAccessTokenResponse {expiry (date-time), accessToken, base64AccessToken} required',
      ),
      required: ['expiry', 'accessToken', 'base64AccessToken'],
      properties: {
        expiry: { type: 'string', format: 'date-time', description: 'When the access token expires.' },
        accessToken: { type: 'string', description: 'The access token for the client assets.' },
        base64AccessToken: { type: 'string', description: 'The access token, base64 encoded.' },
      },
    },
  };
}
