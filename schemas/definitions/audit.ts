import { ref } from '../ids';
import type { ContractVersion } from '../versions';
import { hasCapability } from '../contract';
import type { DefinitionSet, JsonSchema } from './types';

/**
 * Audit definitions. Per CONTRACT.md §4 only what an entry cannot do without is required: its `id`
 * (the paging cursor), its `request` and its `response`. Undocumented fields are allowed.
 */
export function auditDefinitions(version: ContractVersion): DefinitionSet {
  const entryProperties: Record<string, JsonSchema> = {
    id: {
      type: 'integer',
      description: 'Identifies the entry; pass it as `start` to read the next page of the audit trail.',
    },
    sessionId: { type: 'string', description: 'The session the entry belongs to.' },
    requestId: {
      type: 'string',
      description: 'The id the service sent back to the device in its `apim-request-id` header.',
    },
    clientRequestId: {
      type: ['string', 'null'],
      description: 'The id the device sent in its `client-request-id` header; null when it sent none.',
    },
    receivedDateTime: { type: 'string', format: 'date-time', description: 'When the request arrived (UTC).' },
    request: ref('AuditRequestInfo'),
    response: ref('AuditLivenessResponseInfo'),
    digest: {
      type: 'string',
      description: 'A digest the server computed over the request, to compare with the one the client computed.',
    },
  };
  if (hasCapability(version, 'sessionImages')) {
    entryProperties.sessionImageId = {
      type: 'string',
      description: 'Id of the stored session image; read it with Get Session Image. (v1.2-preview.1)',
    };
    entryProperties.verifyImageHash = {
      type: 'string',
      pattern: '^[0-9a-fA-F]{64}$',
      description: 'SHA-256 of the verify image, as hex. (v1.2-preview.1)',
    };
  }
  return {
    AuditRequestInfo: {
      type: 'object',
      description: 'What the device sent, as the service recorded it.',
      $comment: 'seeds 000 (ja), 001 (fr) Definitions: AuditRequestInfo',
      properties: {
        url: { type: 'string', description: 'Relative URL and query of the liveness call.' },
        method: { type: 'string', description: 'HTTP method of the call (GET, POST, DELETE, ...).' },
        contentLength: { type: 'integer', description: 'Length of the request body in bytes.' },
        contentType: { type: 'string', description: 'Content type of the request.' },
        userAgent: { type: 'string', description: 'The User-Agent the device sent.' },
      },
    },
    AuditLivenessResponseInfo: {
      type: 'object',
      description: 'What the service answered the device, as it recorded it.',
      $comment: 'seeds 000 (ja), 001 (fr) Definitions: AuditLivenessResponseInfo',
      properties: {
        body: ref('LivenessResponseBody'),
        statusCode: { type: 'integer', description: 'HTTP status returned to the device.' },
        latencyInMilliseconds: { type: 'integer', description: 'Server-measured latency of the call, in ms.' },
      },
    },
    LivenessSessionAuditEntry: {
      type: 'object',
      description: 'One request a device made within a session, with the answer it got.',
      $comment:
        'seeds 000 (ja), 001 (fr) Definitions: LivenessSessionAuditEntry' +
        (hasCapability(version, 'sessionImages')
          ? '; sessionImageId/verifyImageHash: CONTRACT.md §1 (v1.2-preview.1)'
          : ''),
      required: ['id', 'request', 'response'],
      properties: entryProperties,
    },
  };
}
