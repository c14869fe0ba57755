/**
 * The widest legal server (`npm run mock -- --widest`, `FACE_MOCK_WIDEST=true` for the embedded mock): the
 * same contract, taking every liberty of the register (schemas/liberties/) at once, in every version — other
 * codes where none is documented, the other legal status, shuffled orders, undocumented members and
 * headers, 7-digit dates with offsets, a 429 now and then, no x-ms-error-code, values the descriptions
 * exclude refused, each conflict's side chosen at random (seeded). A layer like mock/likeService: it holds
 * the handler's answer and rewrites it, and refuses requests before the handler; combined with
 * `--like-service`, it rewrites the service-like answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ContractVersion } from '../../schemas';
import { CONTRACT_VERSIONS, LIBERTIES } from '../../schemas';
import type { RouteMatch } from '../router';
import type { MockState } from '../state';
import type { HeldAnswer, Take, TakeEnv, WidestRequest } from './exchange';
import type { WidestOptions } from './options';
import { DEFAULT_WIDEST_SEED } from './options';
import { seededRandom } from './random';
import { readRequest } from './read';
import { widestTakes } from './takes';

export type { WidestOptions } from './options';
export { widestTakes } from './takes';

/** The takes of the liberties a version's documents leave, in the order of `widestTakes`. */
function takesFor(all: Record<string, Take>, applies: (versions: readonly ContractVersion[]) => boolean): Take[] {
  const open = new Set(LIBERTIES.filter((l) => applies(l.versions)).map((l) => l.id));
  return Object.entries(all)
    .filter(([id]) => open.has(id))
    .map(([, take]) => take);
}

function parsed(body: Buffer | undefined): unknown {
  if (!body || body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** The widest layer of one mock: its seeded choices and the requests it has read. */
export class Widest {
  private readonly env: TakeEnv;
  private readonly byVersion: Map<ContractVersion, Take[]>;
  /** Takes that hold in every version: what an answer to no known operation gets. */
  private readonly everywhere: Take[];
  private readonly setups: Take[];
  private readonly requests = new WeakMap<ServerResponse, WidestRequest>();

  constructor(
    options: WidestOptions,
    private readonly state: MockState,
    private readonly now: () => number,
  ) {
    this.env = { random: seededRandom(options.seed ?? DEFAULT_WIDEST_SEED), state, unnamedModel: new Set() };
    const all = widestTakes();
    if (options.rateLimits === false) delete all['rate-limited-any-time'];
    this.byVersion = new Map(CONTRACT_VERSIONS.map((v) => [v, takesFor(all, (vs) => vs.includes(v))]));
    this.everywhere = takesFor(all, (vs) => CONTRACT_VERSIONS.every((v) => vs.includes(v)));
    this.setups = Object.values(all).filter((t) => t.setup);
    this.reseed();
  }

  /** Seeds what the takes keep in the mock's memory (other clients' sessions), again after a reset. */
  reseed(): void {
    for (const take of this.setups) take.setup?.(this.state, this.now());
  }

  /** Called first for every request: wraps its answer. */
  onRequest(res: ServerResponse): void {
    this.wrap(res);
  }

  /**
   * Called with the request's body once its operation is known: refuses what a take refuses (throws the
   * HttpError) and returns the body the handler gets (a take may read it otherwise).
   */
  async onBody(
    req: IncomingMessage,
    res: ServerResponse,
    match: RouteMatch,
    media: string,
    body: Buffer,
  ): Promise<Buffer> {
    const read = await readRequest(req, match, media, body);
    this.requests.set(res, read);
    let out = body;
    for (const take of this.byVersion.get(match.version) ?? []) out = take.request?.(read, this.env) ?? out;
    return out;
  }

  /** Holds the answer until end(), then hands it to the answer takes and writes what they leave. */
  private wrap(res: ServerResponse): void {
    const writeHead = res.writeHead.bind(res);
    const end = res.end.bind(res);
    let held: HeldAnswer | undefined;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      const headers = (rest.find((r) => r && typeof r === 'object') ?? {}) as HeldAnswer['headers'];
      held = { status, headers: { ...headers } };
      return res;
    }) as ServerResponse['writeHead'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (!held) return end(chunk as never, ...(rest as never[]));
      const answer = held;
      answer.body = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : undefined;
      const type = String(answer.headers['Content-Type'] ?? answer.headers['content-type'] ?? '');
      if (/json/i.test(type)) answer.json = parsed(answer.body);
      const req = this.requests.get(res);
      const takes = req ? (this.byVersion.get(req.match.version) ?? []) : this.everywhere;
      for (const take of takes) take.answer?.(answer, req, this.env);
      let body = answer.body;
      if (answer.json !== undefined) body = Buffer.from(JSON.stringify(answer.json));
      if (answer.status === 200 && req?.match.op.role === 'delete') body = Buffer.alloc(0);
      const headers = Object.fromEntries(
        Object.entries(answer.headers).filter(([k]) => k.toLowerCase() !== 'content-length'),
      );
      writeHead(answer.status, { ...headers, 'Content-Length': body?.length ?? 0 });
      return end(body as never, ...(rest.filter((r) => typeof r === 'function') as never[]));
    }) as ServerResponse['end'];
  }
}
