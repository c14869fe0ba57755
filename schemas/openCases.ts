/**
 * The request bodies the documents leave open, stated over the body as the server reads it (a JSON body, a
 * `Parameters` part, or the flat form fields read back by `flatFieldValue`), whatever the definition's
 * name and wherever the schema path of the rule lies. A body that falls under one is never a request a
 * server must refuse: the generators label it undocumented, and a test holds every generated negative of
 * every version and body form to it. Keyed by the id of the conflict or disagreement it states
 * (`schemas/conflicts.ts`, `schemas/conflictsV13.ts`, one id space).
 */

type Fields = Record<string, unknown>;

/** A request body the documents leave open, and why. */
export interface OpenCase {
  /** The id of the conflict or disagreement (schemas/conflicts.ts) whose decision leaves it open. */
  id: string;
  /** The field it is about: it applies only to the definitions that have it. */
  field: string;
  /** Whether a body of `definition`, read as the server reads it, falls under it. */
  covers(definition: string, body: Fields): boolean;
}

/** The JSON create of v1.3-preview.1 (the form-data create types the attempt limit an integer 1..3). */
const JSON_CREATE = 'CreateLivenessSessionContent';

const given = (v: unknown): boolean => v !== undefined && v !== null;

function isPlainObject(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `…SetInClient: true` with the id given anyway: "must be null" in the table, sent in seed 003's example. */
function sentWithSetInClient(id: string, field: string): OpenCase {
  return { id, field, covers: (_, body) => body[`${field}SetInClient`] === true && given(body[field]) };
}

const attempts = (body: Fields): unknown => body.numberOfClientAttemptsAllowed;
const attemptsCase = (id: string, covers: OpenCase['covers']): OpenCase => ({
  id,
  field: 'numberOfClientAttemptsAllowed',
  covers,
});

/** Every open case of a request body, by the conflict it comes from. */
export const OPEN_CASES: readonly OpenCase[] = [
  sentWithSetInClient('device-correlation-id-with-set-in-client', 'deviceCorrelationId'),
  sentWithSetInClient('v13-user-correlation-id-with-set-in-client', 'userCorrelationId'),
  {
    // "must be set in this request body" (swagger) against the v1.3 create example, which leaves it out.
    id: 'v13-user-correlation-id-required',
    field: 'userCorrelationId',
    covers: (_, body) => body.userCorrelationIdSetInClient !== true && !given(body.userCorrelationId),
  },
  attemptsCase(
    'v13-attempts-allowed-below-one',
    (_, body) => typeof attempts(body) === 'number' && Number(attempts(body)) < 1,
  ),
  attemptsCase(
    'v13-attempts-allowed-above-three-json',
    (definition, body) =>
      definition === JSON_CREATE && typeof attempts(body) === 'number' && Number(attempts(body)) > 3,
  ),
  // The swagger types the JSON create's numberOfClientAttemptsAllowed `object`: an object is its type.
  attemptsCase(
    'reference-4-attempts-allowed-typing',
    (definition, body) => definition === JSON_CREATE && isPlainObject(attempts(body)),
  ),
  {
    // The swagger types LivenessAbuseMonitoringSetting.enabled `object`: an object is its type.
    id: 'reference-5-boolean-or-object',
    field: 'livenessAbuseMonitoring',
    covers: (definition, body) =>
      definition === 'SettingsUpdate' &&
      isPlainObject(body.livenessAbuseMonitoring) &&
      isPlainObject(body.livenessAbuseMonitoring.enabled),
  },
];

/**
 * The open case a request body of `definition` (whose properties are `properties`) falls under, if any;
 * a case applies only where the definition has its field (a v1.2 body never leaves out a userCorrelationId).
 */
export function openCaseOf(definition: string, body: unknown, properties: readonly string[]): string | undefined {
  if (!isPlainObject(body)) return undefined;
  return OPEN_CASES.find((c) => properties.includes(c.field) && c.covers(definition, body))?.id;
}
