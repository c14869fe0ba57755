import type { ContractVersion } from '../../schemas';
import type { AuthKind, WireRequest } from '../../wire';
import type { InvalidScenario } from '../cases/types';

/**
 * Which credentials the client attaches (wire/'s `AuthKind`, as the generators use them). Labels only: the
 * generators never hold a secret; the client maps `key` to the resource key, `wrong-key` to a
 * syntactically valid but wrong one, `aad` to an Azure AD token, `session-token` to the session's authToken.
 */
export type AuthLabel = Exclude<AuthKind, 'key-on-device'>;

/** Scenarios of negative requests: the schema ones, plus those of the request's serialization and credentials. */
export type RequestScenario =
  | InvalidScenario
  | 'malformed-json'
  | 'wrong-content-type'
  | 'missing-body'
  | 'missing-part'
  | 'repeated-parameter'
  | 'missing-credentials'
  | 'wrong-credentials'
  | 'wrong-credential-kind';

/** Where a negative request breaks the contract, and whether a server MUST reject it (CONTRACT.md §4). */
export interface ViolationLabel {
  location: 'body' | 'query' | 'path' | 'part' | 'auth';
  keyword: string;
  /** JSON pointer in the body or in the `Parameters` part; `/start`, `/top` for query parameters; `''` for auth. */
  pointer: string;
  schemaPath: string;
  scenario: RequestScenario;
  documented: boolean;
  /** The multipart part concerned (`location: 'part'`). */
  part?: string;
  /** The property (or part) missing or added. */
  property?: string;
  /** Id of the documented conflict the violation is (schemas/conflicts.ts). */
  conflict?: string;
}

/**
 * One request of an operation: a `WireRequest` (what the client sends once it adds credentials and
 * serializes the body) with what the generator knows of it: version, path template and parameters,
 * whether it is valid, and for an invalid one what it breaks.
 */
export interface RequestCase extends WireRequest {
  version: ContractVersion;
  /** Path after `/face/{version}`, with `{placeholders}`. */
  pathTemplate: string;
  /** The path parameter values used (unencoded). */
  pathParams: Record<string, string>;
  query: [string, string][];
  /** Headers other than credentials (the generator never holds a secret). */
  headers: Record<string, string>;
  auth: AuthLabel;
  mode: 'positive' | 'negative';
  /** For a negative request: what it breaks. */
  violation?: ViolationLabel;
  /** A short human-readable name: operation, mode, and for a negative request where and how it breaks. */
  label: string;
}

/** Options of the request generators. */
export interface RequestOptions {
  /** Values of the path parameters (`sessionId`, `sessionImageId`): ids that exist at run time. */
  pathParams?: Record<string, string>;
  /** Credentials label of positive requests; default `key` for management calls, `session-token` for device calls. */
  auth?: AuthLabel;
  /** Device calls with verify: send the optional `VerifyImage` part always, never, or either (default). */
  verifyImage?: 'include' | 'omit' | 'either';
}
