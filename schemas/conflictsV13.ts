import type { DocumentDisagreement, DocumentedConflict } from './conflictTypes';
import { V13_SESSION } from './evidence';

const ref = (item: number, what: string) => `reference/README.md "Where these sources disagree" item ${item}: ${what}`;
const JSON_CREATE = 'CreateLivenessSessionContent';
const FORM_CREATE = 'CreateLivenessWithVerifySessionContent';

/**
 * v1.3-preview.1's disagreements that sit at a schema path (reference README items 4 and 11): a request
 * breaking the rule is a labelled, undocumented negative (a server may accept or refuse it), and the mock
 * accepts it. These paths exist only in the v1.3 definitions.
 */
export const V13_DOCUMENTED_CONFLICTS: readonly DocumentedConflict[] = [
  {
    id: 'v13-attempts-allowed-below-one',
    title: 'numberOfClientAttemptsAllowed below 1',
    sources: [
      ref(4, 'the form-data parameter is an integer 1..3; the JSON schema types it as an object with no bounds'),
      'the real v1.3 service accepted 0 (reference README item 4)',
    ],
    decision: 'A server may accept or refuse 0; the suite never fails either.',
    enforced: false,
    definitions: [JSON_CREATE, FORM_CREATE],
    schemaPathPrefix: '#/properties/numberOfClientAttemptsAllowed/minimum',
    evidence: [
      {
        recording: V13_SESSION,
        entries: [0],
        shows:
          'a create with numberOfClientAttemptsAllowed: 0 answered 200 with the whole session (modelVersion 2025-05-20)',
      },
    ],
  },
  {
    id: 'v13-attempts-allowed-above-three-json',
    title: 'numberOfClientAttemptsAllowed above 3 in the JSON create',
    sources: [
      ref(4, 'the JSON schema types it as an object with no bounds'),
      'its description: "Default value is 1. Maximum value is 3."',
    ],
    decision:
      'In the JSON create a server may accept or refuse 4 (no schema bound); the form-data create states maximum 3 and is held to it.',
    enforced: false,
    definitions: [JSON_CREATE],
    schemaPathPrefix: '#/properties/numberOfClientAttemptsAllowed/maximum',
  },
  {
    id: 'v13-user-correlation-id-required',
    title: 'userCorrelationId left out while userCorrelationIdSetInClient is not true',
    sources: [
      ref(
        11,
        'userCorrelationIdSetInClient: "Default is false, and \'userCorrelationId\' must be set in this request body"',
      ),
      'the v1.3 CreateLivenessSession example omits userCorrelationId and is answered 200',
    ],
    decision: 'A server may accept or refuse a create without userCorrelationId; the suite always sends one.',
    enforced: false,
    definitions: [JSON_CREATE],
    schemaPathPrefix: '#/allOf/0/else',
  },
  {
    id: 'v13-user-correlation-id-with-set-in-client',
    title: 'userCorrelationId sent together with userCorrelationIdSetInClient: true',
    sources: [
      "v1.3 swagger userCorrelationId: \"If 'userCorrelationIdSetInClient' is true in this request, this 'userCorrelationId' must be null.\"",
      'the same rule for deviceCorrelationId is not kept by the real service (conflict device-correlation-id-with-set-in-client)',
    ],
    decision: 'A server may accept or refuse it, as for deviceCorrelationId; never a failure.',
    enforced: false,
    definitions: [JSON_CREATE],
    schemaPathPrefix: '#/allOf/0/then',
  },
];

/** v1.3-preview.1's disagreements that match no schema path (reference README items 3, 4, 5, 12). */
export const V13_DOCUMENT_DISAGREEMENTS: readonly DocumentDisagreement[] = [
  {
    id: 'reference-4-attempts-allowed-typing',
    title: 'numberOfClientAttemptsAllowed typed object in the JSON create',
    sources: [
      ref(4, 'the JSON schema types it as an object with no bounds; the form-data parameter as an integer 1..3'),
      'the examples and the real service: an integer',
    ],
    decision:
      'The suite types it an integer 1..3 in both creates; its bounds are the conflicts v13-attempts-allowed-below-one and v13-attempts-allowed-above-three-json.',
  },
  {
    id: 'reference-3-model-version-v13',
    title: 'v1.3 modelVersion 2025-05-20',
    sources: [ref(3, 'the LivenessModel enum holds only 2024-11-15; the real v1.3 service reported 2025-05-20')],
    decision: 'A v1.3 session may report 2024-11-15 or 2025-05-20 (the response schema allows both).',
  },
  {
    id: 'reference-5-boolean-or-object',
    title: 'isAbuseMonitoringEnabled, enabled and isAbuseDetected: object or boolean',
    sources: [ref(5, 'typed object in the swagger'), 'examples and the real service: booleans'],
    decision: 'The response schemas accept a boolean or an object; requests send booleans.',
  },
  {
    id: 'reference-12-flat-patch-settings',
    title: 'PATCH /settings body: flat {enabled} or {livenessAbuseMonitoring: {enabled}}',
    sources: [ref(12, 'the PatchSettings example sends a flat {enabled} (an older design)'), 'swagger: SettingsUpdate'],
    decision: 'The suite sends the swagger shape; a server may accept or refuse the flat one (never sent as a must).',
  },
];
