import type { DefinitionSet, JsonSchema } from './types';

/**
 * What the official v1.2-preview.1 definitions (reference/v1.2-preview.1, the `Liveness*` excerpt) state
 * beyond the seeds: the response members they require, and the int32 range. The seeds have no
 * "required" column (CONTRACT.md §4 then requires only what an operation cannot do without); for
 * v1.2-preview.1 the official definitions are not silent, and the real service sends every member listed
 * here (tests/traffic/recordings, v1.2-preview.1 lists and audit entries). `clientRequestId`, also listed
 * as required there, is left out: the real service omits it when the device sent none (conflict
 * `audit-client-request-id-absent`).
 */
const REQUIRED: Record<string, string[]> = {
  LivenessSession: ['createdDateTime', 'sessionExpired'],
  // The with-verify session has the same shape (CONTRACT.md §1 op 9).
  LivenessWithVerifySession: ['createdDateTime', 'sessionExpired'],
  LivenessSessionItem: ['createdDateTime', 'sessionExpired'],
  LivenessSessionAuditEntry: ['sessionId', 'requestId', 'receivedDateTime', 'digest'],
  LivenessOutputsTarget: ['faceRectangle', 'fileName', 'timeOffsetWithinFile', 'imageType'],
  LivenessWithVerifyImage: ['faceRectangle', 'qualityForRecognition'],
  LivenessWithVerifyOutputs: ['verifyImage', 'matchConfidence', 'isIdentical'],
};

/**
 * `format: int32` as the range it means, where the schema states no narrower one (the TTL's 60..86400 already
 * lies within int32; an int64 is any integer a JSON number carries). A range, not a `format`, so the
 * generators make its labelled cases like any other bound's.
 */
const INT32 = { minimum: -2147483648, maximum: 2147483647 };
const INT32_MEMBERS: Record<string, string[]> = { LivenessOutputsTarget: ['timeOffsetWithinFile'] };

/** v1.2-preview.1's definitions as a delta: the official statements added to its base's (the preview's). */
export function withOfficialStatements(raw: DefinitionSet): DefinitionSet {
  const out: DefinitionSet = { ...raw };
  for (const [name, members] of Object.entries(REQUIRED)) {
    const schema = out[name];
    out[name] = { ...schema, required: [...((schema.required as string[]) ?? []), ...members] };
  }
  for (const [name, members] of Object.entries(INT32_MEMBERS)) {
    const schema = out[name];
    const properties = { ...(schema.properties as Record<string, JsonSchema>) };
    for (const member of members) properties[member] = { ...properties[member], ...INT32 };
    out[name] = { ...schema, properties };
  }
  return out;
}
