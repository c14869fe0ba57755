/** A session family: its own sessions, paths and (in the previews) its own list (CONTRACT.md §1). */
export type SessionFamily = 'liveness' | 'livenessWithVerify';

/** The session families, in the order every table lists them. */
export const SESSION_FAMILIES: readonly SessionFamily[] = ['liveness', 'livenessWithVerify'];

/**
 * Which family an operation belongs to: a session family, the session images (CONTRACT.md §1), or the
 * resource's liveness settings (v1.3-preview.1 `/settings`).
 */
export type Family = SessionFamily | 'sessionImage' | 'settings';

/**
 * What an operation does for its family, so code asks for "the get of this family in this version"
 * instead of naming an operation id. `createWithVerifyImage` is the preview's second, multipart create.
 */
export type Role =
  | 'create'
  | 'createWithVerifyImage'
  | 'list'
  | 'get'
  | 'delete'
  | 'audit'
  | 'device'
  | 'sessionImage'
  | 'getSettings'
  | 'patchSettings'
  | 'clientAssetsToken';

/**
 * The design a version speaks: `preview` (CONTRACT.md §1: singleModal paths, lists, audit entries) or
 * `ga` (§5: the v1.2 redesign, whole sessions with attempts). It also names the checks' scope.
 */
export type Design = 'preview' | 'ga';

/** A request body: its media type and the definition it must satisfy. */
export interface BodySpec {
  contentType: 'application/json' | 'multipart/form-data';
  /** Definition of the JSON body, or of the JSON text in the multipart `Parameters` part. */
  definition?: string;
  /** Multipart parts: name, whether required, and whether it is a file (sent with a filename). */
  parts?: { name: string; required: boolean; file: boolean; json?: string }[];
  /** v1.2: the non-file parts are `definition`'s fields, one text part each (no JSON `Parameters` part). */
  flat?: boolean;
}

/**
 * One documented operation as a table states it: everything of `OperationSpec` but the versions, which the
 * table fills, and the path parameters, which are the path's `{name}`s unless stated.
 */
export interface OperationDraft {
  id: string;
  /** Number in the CONTRACT.md §1 table; device calls have none. */
  number?: number;
  name: string;
  method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  /** Path after `{endpoint}/face/{apiVersion}`. */
  path: string;
  family: Family;
  /** What it does for its family (the contract table indexes operations by family and role). */
  role: Role;
  /** Management calls take the resource key or an AAD token; device calls take the session token. */
  kind: 'management' | 'device';
  /** The path's parameters, when not its `{name}`s in order. */
  pathParams?: string[];
  query: ('start' | 'top')[];
  body?: BodySpec;
  /** Documented success statuses and the body each carries (a definition, an array of one, bytes, or none). */
  success: { status: number; definition?: string; array?: boolean; bytes?: boolean }[];
  /** Error codes the published reference names for this operation (CONTRACT.md §3), by status. */
  errorCodes: Record<number, string[]>;
  /** The seed page that documents it, if any. */
  seed?: string;
}

/**
 * What a version can do beyond its operations, named by behaviour: the definitions, the mock, the specs
 * and the checks ask for a capability (`requires: ['attempts']`) instead of comparing version names.
 * A version inherits its base's capabilities through `basedOn`, like its operations.
 */
export type Capability = (typeof CAPABILITIES)[number];

/** Every capability, each with what it means (the contract table gives each version its own). */
export const CAPABILITY_MEANINGS = {
  lists: 'each session family has its own sorted, paged list (CONTRACT.md §1, §3 rules 1-4)',
  auditTrail: 'each device call appends an audit entry, read by the audit operations (§1, §3 rules 7-9)',
  sessionResult: 'a session carries its one device call as `result`, with its times (§1, seeds 001-002)',
  deviceResultsToClient: 'the device call takes `sendResultsToClient` and answers the result only then (seed 004)',
  sessionImages:
    'a session can keep the image of its device call, read by Get Session Image (v1.2-preview.1 additions, §5)',
  attempts: 'a session is whole: its device calls are numbered attempts with their results (§5, the v1.2 redesign)',
  attemptLimit: 'a session allows `numberOfClientAttemptsAllowed` device calls (v1.3-preview.1)',
  userCorrelation: 'a create names the user (`userCorrelationId`, or the client sets it) (v1.3-preview.1)',
  expectedClientIp: 'a session keeps the `expectedClientIpAddress` its create names (v1.3-preview.1)',
  abuseMonitoring: 'sessions and attempts show abuse monitoring (v1.3-preview.1)',
  settings: 'the resource has liveness `/settings` and a client-assets token (v1.3-preview.1)',
} as const;

/** The capabilities, in the order of `CAPABILITY_MEANINGS`. */
export const CAPABILITIES = [
  'lists',
  'auditTrail',
  'sessionResult',
  'deviceResultsToClient',
  'sessionImages',
  'attempts',
  'attemptLimit',
  'userCorrelation',
  'expectedClientIp',
  'abuseMonitoring',
  'settings',
] as const satisfies readonly (keyof typeof CAPABILITY_MEANINGS)[];

/**
 * How a version is stated in the table: whole (`operations`), or as another version plus its
 * differences: operations added at the end, removed by id, replaced (keyed by the id replaced; the new
 * operation needs its own id, as `operation(id)` is global), capabilities added or dropped, the design
 * changed.
 */
export type VersionEntry =
  | { design: Design; capabilities: readonly Capability[]; operations: readonly OperationDraft[] }
  | {
      /** The version it changes (a key of the contract table). */
      basedOn: string;
      design?: Design;
      /** Capabilities it adds to its base's. */
      capabilities?: readonly Capability[];
      /** Capabilities of its base it lacks. */
      withoutCapabilities?: readonly Capability[];
      add?: readonly OperationDraft[];
      remove?: readonly string[];
      replace?: Readonly<Record<string, OperationDraft>>;
    };
