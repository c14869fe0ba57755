import type { ContractVersion } from './versions';

/** An example copied verbatim from a seed page, with what it illustrates. */
export interface SeedExample {
  seed: string;
  title: string;
  version: ContractVersion;
  definition: string;
  /** True when the example is an array of `definition`. */
  array?: boolean;
  /** Ids of the documented conflicts (schemas/conflicts.ts) this example is known to break. */
  conflicts: string[];
  value: unknown;
}

const auditEntry = {
  id: 4,
  sessionId: 'b12e033e-bda7-4b83-a211-e721c661f30e',
  requestId: '4af681e9-0e25-43e9-9922-a7adebf13b2f',
  clientRequestId: '4af681e9-0e25-43e9-9922-a7adebf13b2f',
  receivedDateTime: '2024-03-05T11:07:29.698Z',
  request: {
    url: '/face/v1.1-preview.1/detectliveness/singlemodal',
    method: 'POST',
    contentLength: 18,
    contentType: 'multipart/form-data',
    userAgent: 'Mozilla/5.0 (Linux) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/117.0.0.0 Mobile Safari/537.36',
  },
  response: { body: {}, statusCode: 200, latencyInMilliseconds: 1200 },
  digest: '1CC98BA83EAF1D0FF7F566FAEFCCCC787819FFA01251E2D9299143F7AD6651DB',
};

/** Every example of the four seed pages. */
export const SEED_EXAMPLES: readonly SeedExample[] = [
  {
    seed: '000',
    title: 'Get LivenessSession Result: response',
    version: 'v1.1-preview.1',
    definition: 'LivenessSession',
    conflicts: ['result-with-not-started-status'],
    value: {
      id: 'b12e033e-bda7-4b83-a211-e721c661f30e',
      createdDateTime: '2024-03-05T11:07:29.698Z',
      sessionStartDateTime: '2024-03-05T11:07:29.698Z',
      sessionExpired: true,
      deviceCorrelationId: 'your_device_correlation_id',
      authTokenTimeToLiveInSeconds: 600,
      status: 'NotStarted',
      result: auditEntry,
    },
  },
  {
    seed: '001',
    title: 'Get LivenessSession Audit Entries: response',
    version: 'v1.1-preview.1',
    definition: 'LivenessSessionAuditEntry',
    array: true,
    conflicts: [],
    value: [auditEntry],
  },
  {
    seed: '001',
    title: 'Get LivenessSession Audit Entries: request query start=0&top=20',
    version: 'v1.1-preview.1',
    definition: 'ListTop',
    conflicts: [],
    value: 20,
  },
  {
    seed: '002',
    title: 'Get LivenessSessions: response',
    version: 'v1.1-preview.1',
    definition: 'LivenessSessionItem',
    array: true,
    conflicts: [],
    value: [
      {
        id: 'b12e033e-bda7-4b83-a211-e721c661f30e',
        createdDateTime: '2024-03-05T11:07:28.540Z',
        sessionStartDateTime: '2024-03-05T11:07:28.540Z',
        sessionExpired: true,
        deviceCorrelationId: 'your_device_correlation_id',
        authTokenTimeToLiveInSeconds: 60,
      },
    ],
  },
  {
    seed: '002',
    title: 'Get LivenessSessions: request query start',
    version: 'v1.1-preview.1',
    definition: 'ListStart',
    conflicts: [],
    value: '00000000-0000-0000-0000-000000000000',
  },
  {
    seed: '003',
    title: 'Create LivenessWithVerify Session: request',
    version: 'v1.2-preview.1',
    definition: 'CreateLivenessWithVerifySessionJsonContent',
    conflicts: ['device-correlation-id-with-set-in-client'],
    value: {
      livenessOperationMode: 'Passive',
      sendResultsToClient: true,
      deviceCorrelationIdSetInClient: true,
      deviceCorrelationId: 'your_device_correlation_id',
      authTokenTimeToLiveInSeconds: 60,
    },
  },
  {
    seed: '003',
    title: 'Create LivenessWithVerify Session: response',
    version: 'v1.2-preview.1',
    definition: 'CreateLivenessWithVerifySessionResult',
    conflicts: [],
    value: { sessionId: 'b12e033e-bda7-4b83-a211-e721c661f30e', authToken: 'eyJhbGciOiJFUzI1NiIsIm' },
  },
];
