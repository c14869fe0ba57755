/**
 * Where the documents contradict themselves (CONTRACT.md §4). A schema violation whose schema path
 * matches a conflict's is reported as that conflict, never as a failure of the server.
 */
export interface DocumentedConflict {
  id: string;
  title: string;
  /** The seeds involved, and what each says. */
  sources: string[];
  /** The product's decision. */
  decision: string;
  /** Whether servers are still held to the rule (true), or may do either and are never failed (false). */
  enforced: boolean;
  /** The definitions the conflicting rule lives in, and the schema-path prefix of the rule. */
  definitions: string[];
  schemaPathPrefix: string;
}

export const DOCUMENTED_CONFLICTS: readonly DocumentedConflict[] = [
  {
    id: 'device-correlation-id-with-set-in-client',
    title: 'deviceCorrelationId sent together with deviceCorrelationIdSetInClient: true',
    sources: [
      'seed 003 (sv) request-body table: when deviceCorrelationIdSetInClient is true, deviceCorrelationId must be null',
      'seed 003 (sv) example request: sends deviceCorrelationIdSetInClient: true and deviceCorrelationId together',
    ],
    decision: 'A server may accept or refuse such a request; the suite reports it and never fails on it.',
    enforced: false,
    definitions: ['CreateLivenessSessionContent', 'CreateLivenessWithVerifySessionJsonContent'],
    schemaPathPrefix: '#/then/properties/deviceCorrelationId',
  },
  {
    id: 'result-with-not-started-status',
    title: 'A NotStarted session shown with a result',
    sources: [
      'seed 000 (ja) definition: result is only populated when status is ResultAvailable',
      'seed 000 (ja) example response: status NotStarted together with a result',
    ],
    decision: 'The definition wins (rule 4): the example is a documentation defect. Servers are held to the rule.',
    enforced: true,
    definitions: ['LivenessSession', 'LivenessWithVerifySession'],
    schemaPathPrefix: '#/else/properties/result',
  },
];

/** The conflict a violation of `definition` at `schemaPath` belongs to, if any. */
export function conflictFor(definition: string, schemaPath: string): DocumentedConflict | undefined {
  return DOCUMENTED_CONFLICTS.find(
    (c) => c.definitions.includes(definition) && schemaPath.startsWith(c.schemaPathPrefix),
  );
}
