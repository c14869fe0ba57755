import type { CheckInfo } from '../../checks';
import type { FailureRecord, OutcomeRecord, TestOutcomes } from '../../runner';
import type { RunInfo, TestRun } from '../../reports/model';

/** Secret values planted in the synthetic input; none may appear in a written report. */
export const PLANTED = {
  apiKey: 'k3y0f7h3r3p0r7t35758a9b1c2d3e4f5',
  aadToken: 'eyJhbGciOiJSUzI1NiJ9.c3ludGhldGlj.c2lnbmF0dXJl',
};

/** A small registry: three checks that run, one that never does. */
export const REGISTERED: CheckInfo[] = [
  {
    name: 'statusCodeConformance',
    title: 'A valid request gets a documented success status',
    rule: 'CONTRACT.md §1: documented success status',
    source: 'seeds 000-003',
  },
  {
    name: 'listSortedById',
    title: 'Sessions are listed by id, ascending',
    rule: 'CONTRACT.md §3 rule 1: items sorted by id ascending',
    source: 'seed 002 (ja)',
  },
  {
    name: 'deviceCallAppendsOneEntry',
    title: 'Each device call appends one audit entry',
    rule: 'CONTRACT.md §1 simulated device call',
    source: 'seed 001 (fr)',
    needs: ['deviceSimulation'],
  },
  {
    name: 'tokenExpiresAfterTtl',
    title: 'A token stops working after its TTL',
    rule: 'CONTRACT.md §1: token expiry',
    source: 'seed 003 (sv)',
    needs: ['expiry'],
  },
];

function outcome(
  check: string,
  operation: string,
  passed: number,
  failed = 0,
  skipped = 0,
  reasons: string[] = [],
): OutcomeRecord {
  return { check, operation, passed, failed, skipped, skipReasons: reasons };
}

const unsorted: FailureRecord = {
  check: 'listSortedById',
  title: 'Sessions are listed by id, ascending',
  rule: 'CONTRACT.md §3 rule 1: items sorted by id ascending',
  source: 'seed 002 (ja)',
  operation: 'getLivenessSessions',
  message: 'items are not sorted by id: <b>"b"</b> comes before "a"',
  pointer: '/1/id',
  expected: 'ids in ascending order',
  received: '["b","a"]',
  request: {
    method: 'GET',
    url: 'http://127.0.0.1:4010/face/v1.1-preview.1/detectLiveness/singleModal/sessions?top=2',
    headers: { 'ocp-apim-subscription-key': '[REDACTED:ocp-apim-subscription-key]' },
  },
  response: {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: `[{"id":"b","authToken":"${PLANTED.aadToken}"},{"id":"a"}]`,
  },
  curl: `curl -i -X GET 'http://127.0.0.1:4010/face/v1.1-preview.1/detectLiveness/singleModal/sessions?top=2' -H 'Ocp-Apim-Subscription-Key: ${PLANTED.apiKey}'`,
  seed: 42,
  path: '3:1',
  replay: "FACE_SEED=42 FACE_FC_PATH=3:1 npx playwright test --project=conformance -g 'getLivenessSessions'",
};

const wrongStatus: FailureRecord = {
  check: 'statusCodeConformance',
  title: 'A valid request gets a documented success status',
  rule: 'CONTRACT.md §1: documented success status',
  source: 'seeds 000-003',
  operation: 'createLivenessSession',
  message: 'status 201 is not a documented success status',
  pointer: '/status',
  expected: '200',
  received: '201',
  request: {
    method: 'POST',
    url: 'http://127.0.0.1:4010/face/v1.1-preview.1/detectLiveness/singleModal/sessions',
    headers: { authorization: `Bearer ${PLANTED.aadToken}` },
    body: '{"livenessOperationMode":"Passive","deviceCorrelationId":"d-1"}',
  },
  response: {
    status: 201,
    headers: { 'content-type': 'application/json' },
    body: '{"sessionId":"s-1","authToken":"[REDACTED:authToken]"}',
  },
};

function outcomes(partial: Partial<TestOutcomes>): TestOutcomes {
  return { outcomes: [], failures: [], notes: [], checks: [], requests: 0, ...partial };
}

/** Four tests: one with failures, one clean with a skip and notes, one crashed, one skipped. */
export function syntheticTests(): TestRun[] {
  return [
    {
      title: 'getLivenessSessions › positive: valid requests get a documented answer',
      location: 'specs/operations.spec.ts:20',
      status: 'failed',
      durationMs: 812,
      errors: ['Error: 1 conformance failure(s):\n- listSortedById on getLivenessSessions ...'],
      outcomes: outcomes({
        outcomes: [
          outcome('statusCodeConformance', 'getLivenessSessions', 12),
          outcome('listSortedById', 'getLivenessSessions', 3, 1),
        ],
        failures: [unsorted],
        notes: [
          {
            kind: 'undocumented',
            operation: 'getLivenessSessions',
            id: '/items/*/modelVersion',
            message: 'field modelVersion is not documented',
          },
        ],
        requests: 15,
      }),
    },
    {
      title: 'createLivenessSession › positive: valid requests get a documented answer',
      location: 'specs/operations.spec.ts:20',
      status: 'failed',
      durationMs: 430,
      errors: ['Error: 1 conformance failure(s): ...'],
      outcomes: outcomes({
        outcomes: [
          outcome('statusCodeConformance', 'createLivenessSession', 7, 1),
          outcome('deviceCallAppendsOneEntry', 'detectLiveness', 0, 0, 2, [
            'the target does not simulate device calls (FACE_DEVICE_SIMULATION=false)',
          ]),
        ],
        failures: [wrongStatus],
        notes: [
          {
            kind: 'conflict',
            operation: 'createLivenessSession',
            id: 'device-correlation-id-with-set-in-client',
            message: 'accepted deviceCorrelationId with deviceCorrelationIdSetInClient: true',
          },
          {
            kind: 'undocumented',
            operation: 'getLivenessSessions',
            id: '/items/*/modelVersion',
            message: 'field modelVersion is not documented',
          },
        ],
        requests: 9,
      }),
    },
    {
      title: 'getLivenessSessionResult › positive: valid requests get a documented answer',
      location: 'specs/operations.spec.ts:20',
      status: 'timedOut',
      durationMs: 120000,
      errors: ['Test timeout of 120000ms exceeded.'],
      outcomes: outcomes({ outcomes: [outcome('statusCodeConformance', 'getLivenessSessionResult', 4)], requests: 4 }),
    },
    {
      title: 'session lifecycle › token expiry',
      location: 'specs/lifecycle.spec.ts:90',
      status: 'skipped',
      durationMs: 3,
      errors: [],
      skipReason: 'expiry checks are opt-in (set FACE_CHECK_EXPIRY_WAIT_MS)',
    },
  ];
}

/** Fixed run facts, so a summary of the synthetic tests is the same every time. */
export const SYNTHETIC_RUN: RunInfo = {
  target: 'https://example-face.cognitiveservices.azure.com',
  apiVersion: 'v1.1-preview.1',
  seed: 42,
  startedAt: '2025-01-02T03:04:05.000Z',
  durationMs: 125_000,
  status: 'failed',
};

/** The synthetic tests without failures: the timed-out one as passed (so a check ran), and the skipped one. */
export function cleanSyntheticTests(): TestRun[] {
  return syntheticTests()
    .map((t): TestRun => (t.status === 'timedOut' ? { ...t, status: 'passed', errors: [] } : t))
    .filter((t) => !t.outcomes?.failures.length);
}
