import { CREATE_ERRORS } from '../errorCodes';
import { WITH_VERIFY_FIELDS, withVerifyBody } from './ga';
import { named } from './names';
import type { OperationDraft } from './types';

/**
 * What v1.3-preview.1 changes in the operations of v1.2 (reference/v1.3-preview.1 swagger; typespec
 * `@added(v1_3_preview_1)`): its with-verify create takes one more form-data field, and it adds the
 * resource's liveness settings and the client-assets token. Every other operation is v1.2's, shared.
 */

/** v1.3's with-verify create: v1.2's, with `numberOfClientAttemptsAllowed` among its form-data fields. */
export const V13_WITH_VERIFY_CREATE: OperationDraft = {
  ...named('livenessWithVerify', 'create', 'V13'),
  method: 'POST',
  path: '/detectLivenessWithVerify-sessions',
  body: withVerifyBody([...WITH_VERIFY_FIELDS, 'numberOfClientAttemptsAllowed']),
  success: [{ status: 200, definition: 'LivenessWithVerifySession' }],
  errorCodes: CREATE_ERRORS,
};

const settings = { family: 'settings' as const, kind: 'management' as const, query: [] };

/** The operations only v1.3-preview.1 has: management calls with the key; errors as everywhere. */
export const V13_OPERATIONS: readonly OperationDraft[] = [
  {
    ...settings,
    id: 'getSettingsV13',
    name: 'Get Settings',
    role: 'getSettings',
    method: 'GET',
    path: '/settings',
    success: [{ status: 200, definition: 'Settings' }],
    errorCodes: { 401: ['401'], 429: ['429'] },
  },
  {
    ...settings,
    id: 'patchSettingsV13',
    name: 'Patch Settings',
    role: 'patchSettings',
    method: 'PATCH',
    path: '/settings',
    body: { contentType: 'application/json', definition: 'SettingsUpdate' },
    success: [{ status: 200, definition: 'Settings' }],
    errorCodes: { 400: ['BadArgument'], 401: ['401'], 429: ['429'] },
  },
  {
    ...settings,
    id: 'getClientAssetsAccessTokenV13',
    name: 'Get Client Assets Access Token',
    role: 'clientAssetsToken',
    method: 'GET',
    path: '/settings/getClientAssetsAccessToken',
    success: [{ status: 200, definition: 'ClientAssetsAccessTokenResponse' }],
    errorCodes: { 401: ['401'], 429: ['429'] },
  },
];
