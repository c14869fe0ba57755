/**
 * A synthetic version, for tests only: what a new version states, in the files ARCHITECTURE.md "Where a new
 * version goes" names, gathered in one module that `schemas/registration.ts` loads when `FACE_REGISTER_VERSIONS`
 * names it. It is v1.3-preview.1 plus one session field (`sessionLabel`, sent at create and shown on the
 * session) and one field rule (1 to 32 characters). Never a supported version: nothing but a test sets the variable.
 */
import type { DefinitionSet, JsonSchema, RegisteredVersion } from '../../schemas';
import type { Rule } from '../../rules';

/** The synthetic version's name. */
export const SYNTHETIC_VERSION = 'v1.4-preview.0';

/** The version it is based on (the newest the table carries). */
export const SYNTHETIC_BASE = 'v1.3-preview.1';

/** The session field it adds. */
export const ADDED_FIELD = 'sessionLabel';

/** The field rule it adds: the field's length bounds. */
export const ADDED_BOUNDS = { minLength: 1, maxLength: 32 } as const;

/** The id of its one rule. */
export const ADDED_RULE = `${SYNTHETIC_VERSION}.def.CreateLivenessSessionContent.${ADDED_FIELD}.length`;

/** Adds one property to a definition, keeping the rest of it. */
function withField(base: JsonSchema, field: JsonSchema): JsonSchema {
  return { ...base, properties: { ...(base.properties as Record<string, JsonSchema>), [ADDED_FIELD]: field } };
}

/** (b) Its definitions delta: the create takes the field within its bounds, the session may show it. */
function definitions(base: DefinitionSet): DefinitionSet {
  const description = 'A label the caller gives the session, shown when it is read.';
  return {
    ...base,
    CreateLivenessSessionContent: withField(base.CreateLivenessSessionContent, {
      type: 'string',
      ...ADDED_BOUNDS,
      description,
    }),
    LivenessSession: withField(base.LivenessSession, { type: 'string', description }),
  };
}

/** (c) Its rules: the one rule its (imagined) reference states, and the check that enforces it. */
function rules(): Rule[] {
  return [
    {
      id: ADDED_RULE,
      kind: 'length',
      statement: `A create's ${ADDED_FIELD} is 1 to 32 characters; a server refuses one outside them.`,
      source: {
        doc: 'contract',
        where: `synthetic ${SYNTHETIC_VERSION} (tests/versions/syntheticVersion.ts)`,
        words: `"${ADDED_FIELD}": minLength 1, maxLength 32`,
      },
      versions: [SYNTHETIC_VERSION] as unknown as Rule['versions'],
      checks: ['negativeDataRejection'],
    },
  ];
}

/** The version as `schemas/registration.ts` reads it. */
export const registeredVersion: RegisteredVersion = {
  version: SYNTHETIC_VERSION,
  // (a) Its contract-table entry: based on the newest version, no operation or capability of its own.
  contract: { basedOn: SYNTHETIC_BASE },
  definitions,
  rules,
};
