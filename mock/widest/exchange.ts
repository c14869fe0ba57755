import type { OutgoingHttpHeaders } from 'node:http';
import type { RouteMatch } from '../router';
import type { MockState } from '../state';
import type { Random } from './random';

/** How a request broke the framing its operation documents (the documents name no status or code for it). */
export type Framing = 'wrong-content-type' | 'missing-body' | 'missing-part';

/** What the widest layer knows of one request, read once after its body. */
export interface WidestRequest {
  match: RouteMatch;
  media: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The create or settings fields sent, in whatever body form (JSON, `Parameters` part, flat parts). */
  fields?: Record<string, unknown>;
  /** The JSON text (body or `Parameters` part) did not parse. */
  malformedJson: boolean;
  /** The body's values were read (JSON that parsed, whatever its type, or flat parts). */
  valuesRead: boolean;
  framing?: Framing;
  /** The multipart parts, by name, when the body is multipart and parsed. */
  parts?: Map<string, { bytes: Buffer; filename?: string }>;
}

/** An answer held back by the layer: status, headers and, for JSON, the parsed body. */
export interface HeldAnswer {
  status: number;
  headers: OutgoingHttpHeaders;
  body?: Buffer;
  /** The body as JSON, when it is JSON; takes change this and the layer writes it back. */
  json?: unknown;
}

/** What every take may use: the seeded choices, the mock's memory, and the layer's own. */
export interface TakeEnv {
  random: Random;
  state: MockState;
  /** Session ids created without naming a model (liberty model-version-newer). */
  unnamedModel: Set<string>;
}

/** A request-side take: may throw an HttpError (a refusal) or return another body to hand the handler. */
export type RequestTake = (req: WidestRequest, env: TakeEnv) => Buffer | void;

/** An answer-side take: rewrites the held answer of a request (undefined: no route matched). */
export type AnswerTake = (answer: HeldAnswer, req: WidestRequest | undefined, env: TakeEnv) => void;

/** How the widest server takes one liberty: on requests, on answers, or at start (memory it seeds). */
export interface Take {
  request?: RequestTake;
  answer?: AnswerTake;
  setup?: (state: MockState, now: number) => void;
}
