import type { Liberty } from './types';
import { ALL_VERSIONS, V13 } from './versions';

/**
 * What the documents leave open about requests: values their descriptions exclude (a server may refuse
 * them), and the conflicts whose both sides are legal (a server may accept or refuse).
 */
export const REQUEST_LIBERTIES: readonly Liberty[] = [
  {
    id: 'user-correlation-id-guid',
    title: 'Refuse a userCorrelationId that is not a GUID',
    versions: V13,
    basis: [
      'v1.3-preview.1 swagger userCorrelationId: "Unique Guid per each end-user."',
      'the .NET SDK liveness-with-verify tests are disabled: the service answers a bad request when userCorrelationId is missing (issue 20)',
    ],
    widest: 'Refuses (400) a create whose userCorrelationId is not a GUID.',
  },
  {
    id: 'expected-client-ip-address-format',
    title: 'Refuse an expectedClientIpAddress that is not an IP address or CIDR block',
    versions: V13,
    basis: [
      'v1.3-preview.1 swagger expectedClientIpAddress: "Specify the expected IP address or CIDR block of the client that runs the liveness check."',
    ],
    widest: 'Refuses (400) a create whose expectedClientIpAddress is neither an IPv4/IPv6 address nor a CIDR block.',
  },
  {
    id: 'verify-image-is-image',
    title: 'Refuse a verify image whose bytes are not an image',
    versions: ALL_VERSIONS,
    basis: [
      'v1.2 and v1.3-preview.1 swaggers verifyImage: "The image stream for verify."',
      'CONTRACT.md §1 #7: part VerifyImage, "a file"',
    ],
    widest: 'Refuses (400) a create whose verify image has no image signature (JPEG, PNG, GIF, BMP, WebP…).',
  },
  {
    id: 'device-id-with-set-in-client-either',
    title: 'Accept or refuse deviceCorrelationId sent with deviceCorrelationIdSetInClient: true',
    versions: ALL_VERSIONS,
    basis: ['CONTRACT.md §4: "A server may accept or refuse this; the suite reports the conflict, never fails on it."'],
    covers: ['device-correlation-id-with-set-in-client'],
    widest: 'Refuses such a create at random (seeded), in every body form (JSON, Parameters part, flat form).',
  },
  {
    id: 'user-id-with-set-in-client-either',
    title: 'Accept or refuse userCorrelationId sent with userCorrelationIdSetInClient: true',
    versions: V13,
    basis: ['schemas/conflictsV13.ts v13-user-correlation-id-with-set-in-client: "A server may accept or refuse it"'],
    covers: ['v13-user-correlation-id-with-set-in-client'],
    widest: 'Refuses such a create at random (seeded).',
  },
  {
    id: 'user-id-missing-either',
    title: 'Accept or refuse a create without userCorrelationId',
    versions: V13,
    basis: [
      'v1.3 userCorrelationIdSetInClient: "Default is false, and \'userCorrelationId\' must be set in this request body"',
      'the v1.3 CreateLivenessSession example omits userCorrelationId and is answered 200 (reference/README.md item 11)',
    ],
    covers: ['v13-user-correlation-id-required'],
    widest: 'Refuses a create without userCorrelationId (and without userCorrelationIdSetInClient: true) at random.',
  },
  {
    id: 'attempts-allowed-zero-either',
    title: 'Accept or refuse numberOfClientAttemptsAllowed 0',
    versions: V13,
    basis: ['reference/README.md item 4: "the real v1.3 service accepted 0"; the form-data parameter is 1..3'],
    covers: ['v13-attempts-allowed-below-one'],
    widest: 'Refuses numberOfClientAttemptsAllowed below 1 at random.',
  },
  {
    id: 'attempts-allowed-four-json-either',
    title: 'Accept or refuse numberOfClientAttemptsAllowed above 3 in the JSON create',
    versions: V13,
    basis: ['reference/README.md item 4: "the JSON schema types it as an object with no bounds"'],
    covers: ['v13-attempts-allowed-above-three-json'],
    widest: 'Refuses numberOfClientAttemptsAllowed above 3 in a JSON create at random.',
  },
  {
    id: 'flat-patch-settings-either',
    title: 'Accept or refuse a flat {enabled} PATCH /settings body',
    versions: V13,
    basis: ['reference/README.md item 12: "The PatchSettings example uses a flat {enabled} (an older design)"'],
    covers: ['reference-12-flat-patch-settings'],
    widest: 'Accepts a flat {enabled} at random (as {livenessAbuseMonitoring: {enabled}}), else refuses it.',
  },
  {
    id: 'fourth-attempt-either',
    title: 'Accept or refuse a 4th attempt of a v1.2 session',
    versions: ['v1.2'],
    basis: [
      'reference/README.md item 14: "the stable swagger is silent, the v1.2 client documents \\"up to 3 retries\\""',
    ],
    covers: ['reference-14-attempt-count'],
    widest: 'Refuses (403) a device call on a v1.2 session that already has 3 attempts.',
  },
  {
    id: 'undocumented-request-variants',
    title: 'Accept or refuse an unknown body member or a null optional member',
    versions: ALL_VERSIONS,
    basis: [
      'CONTRACT.md §4: "What a server does with an unknown field in a request body, with null for an optional field (...) is not documented: a server may accept or refuse, and the suite fails neither."',
    ],
    widest:
      'Accepts a JSON create at random by ignoring its unknown and null members; else refuses it as the mock does.',
  },
];
