import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock, MockConfig } from './config';
import type { RouteMatch } from './router';
import type { SessionFamily } from '../schemas';
import type { MockState } from './state';

/** Everything a handler needs about one request, read once by the server. */
export interface HandlerContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** The `apim-request-id` this request is answered with. */
  requestId: string;
  /** Real time (ms) the request arrived, for latency. */
  receivedAt: number;
  /** Simulated time (ms) the request arrived, for dates and expiry. */
  now: number;
  config: MockConfig;
  state: MockState;
  clock: Clock;
  match: RouteMatch;
  /** Media type without parameters, lower case. */
  media: string;
  body: Buffer;
}

/** Answers one operation. Throws HttpError to refuse. */
export type Handler = (ctx: HandlerContext) => Promise<void> | void;

/** The session family of the matched operation (session images and settings belong to none). */
export function familyOf(ctx: HandlerContext): SessionFamily {
  const { family } = ctx.match.op;
  if (family === 'sessionImage' || family === 'settings')
    throw new Error(`operation ${ctx.match.op.id} has no session family`);
  return family;
}
