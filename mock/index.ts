/**
 * The reference mock server of the liveness-session family (CONTRACT.md §1): both API versions,
 * stateful in memory, strict on input, with planted faults (mock/FAULTS.md) to switch on by name.
 */
import type { AddressInfo } from 'node:net';
import type { MockConfig, MockOptions } from './config';
import { DEFAULT_AAD_TOKEN, DEFAULT_KEY, JSON_BODY_LIMIT, MULTIPART_BODY_LIMIT, scaledClock } from './config';
import { faultSet } from './faults';
import { LikeService, S0_RATE_PER_SECOND } from './likeService';
import { rateLimiter } from './rateLimit';
import { createMockServer } from './server';
import { MockState } from './state';
import { Widest } from './widest';

export type { MockOptions } from './config';
export { DEFAULT_AAD_TOKEN, DEFAULT_KEY, JSON_BODY_LIMIT, MULTIPART_BODY_LIMIT } from './config';

/** A running mock. */
export interface MockHandle {
  /** `http://127.0.0.1:PORT`, without `/face`. */
  url: string;
  /** The resource key it accepts (`Ocp-Apim-Subscription-Key`). */
  key: string;
  /** The AAD token it accepts (`Authorization: Bearer`) on management calls. */
  aadToken: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
  /** Forgets every session, entry and image (and the rate-limit window); a service-like mock seeds again. */
  reset(): void;
  /** The service-like layer's count of writes (deletes) to other clients' sessions; 0 without the layer. */
  foreignWrites(): number;
  /** 429 answers a service-like mock sent (its S0-like rate limit); 0 without the layer. */
  rateLimited(): number;
  /** Ids of the other clients' sessions a service-like mock holds (none without the layer). */
  foreignIds(): ReadonlySet<string>;
}

/** The rate limit of a mock: the explicit one, else the service-like layer's per-second rate. */
function limitOf(options: MockOptions): MockOptions['rateLimit'] {
  if (options.rateLimit || !options.likeService) return options.rateLimit;
  const rate =
    options.likeService === true ? S0_RATE_PER_SECOND : (options.likeService.ratePerSecond ?? S0_RATE_PER_SECOND);
  return rate > 0 ? { requests: rate, windowMs: 1000 } : undefined;
}

/** Settles options into a configuration; throws on an unknown fault or a bad limit, naming it. */
export function mockConfig(options: MockOptions = {}): MockConfig {
  const max = options.maxBodyBytes;
  if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
    throw new Error(`maxBodyBytes must be a positive integer, got ${max}`);
  }
  const limit = limitOf(options);
  if (limit && !(limit.requests > 0 && limit.windowMs > 0)) {
    throw new Error('rateLimit needs requests > 0 and windowMs > 0');
  }
  return {
    key: options.key ?? DEFAULT_KEY,
    aadToken: options.aadToken ?? DEFAULT_AAD_TOKEN,
    faults: faultSet(options.faults),
    rateLimit: limit,
    jsonLimit: max ?? JSON_BODY_LIMIT,
    multipartLimit: max ?? MULTIPART_BODY_LIMIT,
  };
}

/** Starts a mock on 127.0.0.1 (port 0, the default, picks a free one). */
export async function startMock(options: MockOptions = {}): Promise<MockHandle> {
  const config = mockConfig(options);
  const state = new MockState();
  const limiter = rateLimiter(config.rateLimit);
  const clock = scaledClock(options.timeScale ?? 1);
  const like = options.likeService;
  const likeService = like ? new LikeService(like === true ? {} : like, state, () => clock.now()) : undefined;
  const wide = options.widest;
  const widest = wide ? new Widest(wide === true ? {} : wide, state, () => clock.now()) : undefined;
  const server = createMockServer({ config, state, clock, limiter, likeService, widest });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    key: config.key,
    aadToken: config.aadToken,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
    reset: () => {
      state.clear();
      limiter.reset();
      likeService?.reseed();
      widest?.reseed();
    },
    foreignWrites: () => likeService?.foreignWrites ?? 0,
    rateLimited: () => likeService?.rateLimited ?? 0,
    foreignIds: () => likeService?.foreignIds ?? new Set<string>(),
  };
}
