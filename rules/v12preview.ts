/** v1.2-preview.1: the structural rules of the official definitions excerpt (extracted). */
import { factsToRules } from './coverage';
import type { NameMap, Override } from './coverage';
import { extractFacts } from './openapi';
import { sourceText } from './sources';
import type { Rule } from './types';
import { VALID_SIDE } from './validSide';

const DOC = 'v1.2-preview.1.swagger';

/** The excerpt's definitions keep their names in the suite's v1.2-preview.1 schemas. */
const NAMES: NameMap = Object.fromEntries(
  [
    'LivenessDecision',
    'LivenessModel',
    'LivenessOutputsTarget',
    'LivenessResponseBody',
    'LivenessSession',
    'LivenessSessionAuditEntry',
    'LivenessSessionItem',
    'LivenessWithVerifyImage',
    'LivenessWithVerifyOutputs',
  ].map((n) => [n, n]),
);

const TTL_DEFAULT: Override = { checks: ['createdValuesPersisted'] };

/** The suite's schema states an int32 as its range (or a narrower one); an int64 as an integer. */
const INTEGER_FORMAT: Override = { checks: ['responseSchemaConformance'] };

const OVERRIDES: Record<string, Override> = {
  'v1.2-preview.1.def.LivenessSession.authTokenTimeToLiveInSeconds.format': INTEGER_FORMAT,
  'v1.2-preview.1.def.LivenessSessionItem.authTokenTimeToLiveInSeconds.format': INTEGER_FORMAT,
  'v1.2-preview.1.def.LivenessOutputsTarget.timeOffsetWithinFile.format': INTEGER_FORMAT,
  'v1.2-preview.1.def.LivenessSessionAuditEntry.id.format': INTEGER_FORMAT,
  'v1.2-preview.1.def.LivenessSession.authTokenTimeToLiveInSeconds.default': TTL_DEFAULT,
  'v1.2-preview.1.def.LivenessSessionItem.authTokenTimeToLiveInSeconds.default': TTL_DEFAULT,
  // The real service leaves clientRequestId out when the device sent none (schemas/conflicts.ts).
  'v1.2-preview.1.def.LivenessSessionAuditEntry.required.clientRequestId': {
    conflict: 'audit-client-request-id-absent',
  },
  'v1.2-preview.1.def.LivenessWithVerifyOutputs.matchConfidence.format': {
    notCheckable: {
      reason:
        'a JSON number carries no storage precision: every number in 0..1 rounds to a float, so no answer can break "float"',
      wouldMakeCheckable: 'none for a black-box run (its type and its range 0..1 are checked)',
    },
  },
};

/** Every v1.2-preview.1 rule of the excerpt. */
export function v12PreviewRules(): Rule[] {
  const doc = JSON.parse(sourceText(DOC)) as Record<string, unknown>;
  const facts = extractFacts({ doc: DOC, version: 'v1.2-preview.1', prefix: 'v1.2-preview.1' }, doc);
  return factsToRules(facts, DOC, 'v1.2-preview.1', NAMES, OVERRIDES, VALID_SIDE);
}
