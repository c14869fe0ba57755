/**
 * The seeds' "Definitions" tables as data: per definition, each member's type cell (a primitive, an enum
 * definition, or an object). The rules they state are checked against the suite's preview schemas the same
 * way as the OpenAPI excerpts' (`coverage.ts`); a member's words are its type cell at the named table row.
 */
import type { ContractVersion } from '../schemas';
import { API_VERSIONS } from '../schemas';
import { projectStates } from './projectSchema';
import type { Constraint } from './projectSchema';
import type { Rule } from './types';
import { VALID_SIDE } from './validSide';

/** The documented enums of the seeds (values as the tables list them). */
export const SEED_ENUMS: Record<string, string[]> = {
  FaceSessionStatus: ['NotStarted', 'ResultAvailable', 'Started'],
  ImageType: ['Color', 'Depth', 'Infrared'],
  LivenessDecision: ['realface', 'spoofface', 'uncertain'],
  LivenessModel: ['2022-10-15-preview.04', '2023-12-20-preview.06'],
  LivenessOperationMode: ['Passive', 'PassiveActive'],
  QualityForRecognition: ['high', 'low', 'medium'],
};

/** A member's type cell: a JSON type, `object`, or the name of an enum in SEED_ENUMS. */
type Cell = 'string' | 'integer' | 'boolean' | 'number' | 'object' | keyof typeof SEED_ENUMS;

/** Every definition table the seeds hold, by member. */
export const SEED_DEFINITIONS: Record<string, Record<string, Cell>> = {
  AuditLivenessResponseInfo: { body: 'object', latencyInMilliseconds: 'integer', statusCode: 'integer' },
  AuditRequestInfo: {
    contentLength: 'integer',
    contentType: 'string',
    method: 'string',
    url: 'string',
    userAgent: 'string',
  },
  FaceError: { code: 'string', message: 'string' },
  FaceErrorResponse: { error: 'object' },
  FaceRectangle: { height: 'integer', left: 'integer', top: 'integer', width: 'integer' },
  LivenessOutputsTarget: {
    faceRectangle: 'object',
    fileName: 'string',
    imageType: 'ImageType',
    timeOffsetWithinFile: 'integer',
  },
  LivenessResponseBody: {
    livenessDecision: 'LivenessDecision',
    modelVersionUsed: 'LivenessModel',
    target: 'object',
    verifyResult: 'object',
  },
  LivenessSession: {
    authTokenTimeToLiveInSeconds: 'integer',
    createdDateTime: 'string',
    deviceCorrelationId: 'string',
    id: 'string',
    result: 'object',
    sessionExpired: 'boolean',
    sessionStartDateTime: 'string',
    status: 'FaceSessionStatus',
  },
  LivenessSessionItem: {
    authTokenTimeToLiveInSeconds: 'integer',
    createdDateTime: 'string',
    deviceCorrelationId: 'string',
    id: 'string',
    sessionExpired: 'boolean',
    sessionStartDateTime: 'string',
  },
  LivenessSessionAuditEntry: {
    clientRequestId: 'string',
    digest: 'string',
    id: 'integer',
    receivedDateTime: 'string',
    request: 'object',
    requestId: 'string',
    response: 'object',
    sessionId: 'string',
  },
  LivenessWithVerifyImage: { faceRectangle: 'object', qualityForRecognition: 'QualityForRecognition' },
  LivenessWithVerifyOutputs: { isIdentical: 'boolean', matchConfidence: 'number', verifyImage: 'object' },
  CreateLivenessWithVerifySessionJsonContent: {
    authTokenTimeToLiveInSeconds: 'integer',
    deviceCorrelationId: 'string',
    deviceCorrelationIdSetInClient: 'boolean',
    enableSessionImage: 'boolean',
    livenessOperationMode: 'LivenessOperationMode',
    livenessSingleModalModel: 'LivenessModel',
    returnVerifyImageHash: 'boolean',
    sendResultsToClient: 'boolean',
    verifyConfidenceThreshold: 'number',
  },
  CreateLivenessWithVerifySessionResult: { authToken: 'string', sessionId: 'string', verifyImage: 'object' },
};

/** Members that only v1.2-preview.1 has (CONTRACT.md §1: "v1.2-preview.1 adds ..."). */
const V12_PREVIEW_ONLY = new Set([
  'enableSessionImage',
  'livenessSingleModalModel',
  'returnVerifyImageHash',
  'verifyConfidenceThreshold',
]);

const REQUEST = 'CreateLivenessWithVerifySessionJsonContent';

/** Checked when every version's suite schema states the constraint; else a gap naming the version. */
function cover(versions: readonly ContractVersion[], location: string, constraint: Constraint, request: boolean) {
  const missing = versions.filter((v) => !projectStates(v, location, constraint));
  if (missing.length) return { gap: `the suite's ${missing.join(', ')} schema does not state it at ${location}` };
  return { checks: [request ? 'negativeDataRejection' : 'responseSchemaConformance'] };
}

/** The rules of one seed's definition tables: enum values, and each member's type. */
export function seedTableRules(doc: string, definitions: string[], enums: string[]): Rule[] {
  const rules: Rule[] = [];
  for (const name of enums) {
    const values = SEED_ENUMS[name];
    const versions = API_VERSIONS;
    rules.push({
      id: `${doc}.def.${name}.enum`,
      kind: 'enum',
      statement: `${name} is one of ${values.join(' | ')}`,
      source: { doc, where: `Definitions › ${name} (value rows)`, words: values[values.length - 1] },
      versions,
      ...cover(versions, name, { keyword: 'enum', value: values }, false),
    });
  }
  for (const definition of definitions) {
    for (const [member, cell] of Object.entries(SEED_DEFINITIONS[definition])) {
      const versions: readonly ContractVersion[] = V12_PREVIEW_ONLY.has(member) ? ['v1.2-preview.1'] : API_VERSIONS;
      const isEnum = cell in SEED_ENUMS;
      const constraint: Constraint = isEnum
        ? { keyword: 'enum', value: SEED_ENUMS[cell] }
        : { keyword: 'type', value: cell };
      const request = definition === REQUEST;
      const id = `${doc}.def.${definition}.${member}.${isEnum ? 'enum' : 'type'}`;
      const where = `Definitions › ${definition} › ${member} (type column)`;
      const source = { doc, where, words: member };
      const statement = `${definition}.${member} is ${isEnum ? `one of ${cell}` : `of type ${cell}`}`;
      rules.push({
        id,
        kind: isEnum ? 'enum' : 'type',
        statement,
        source,
        versions,
        ...cover(versions, `${definition}/properties/${member}`, constraint, request),
      });
      if (request && isEnum) {
        rules.push({
          id: `${id}.accepted`,
          kind: 'enum',
          statement: `${statement}: each value is accepted`,
          source,
          versions,
          ...VALID_SIDE,
        });
      }
    }
  }
  return rules;
}
