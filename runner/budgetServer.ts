/**
 * The run's budget server: a tiny HTTP server on 127.0.0.1 that holds the one BudgetLedger of the run.
 * Playwright's globalSetup (specs/globalSetup.ts) starts it in the runner process, before any worker, and
 * hands its address to the workers in FACE_BUDGET_URL; each worker asks it before every request. Workers
 * come and go (a failing test restarts its worker) but the runner process lives for the whole run, so the
 * count survives them; a file counter would need locking that a killed worker can leave behind.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Budget, BudgetLedger, BudgetState, Phase, TakeResult } from './budget';
import { takeOrThrow } from './budget';

/** The environment variable that carries the budget server's address to the workers. */
export const BUDGET_URL_ENV = 'FACE_BUDGET_URL';

/** A running budget server. */
export interface BudgetServer {
  url: string;
  ledger: BudgetLedger;
  close(): Promise<void>;
}

/** Starts the budget server for a ledger on 127.0.0.1 (a free port); it does not keep the process alive. */
export async function startBudgetServer(ledger: BudgetLedger): Promise<BudgetServer> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const input = (body ? JSON.parse(body) : {}) as { phase?: Phase; key?: string; reason?: string };
      let out: TakeResult | BudgetState | { ok: true };
      switch (req.url) {
        case '/take':
          out = ledger.take(input.phase ?? 'coverage', input.key ?? '');
          break;
        case '/cleanup':
          out = ledger.cleanup();
          break;
        case '/release':
          ledger.release(input.key ?? '');
          out = { ok: true };
          break;
        case '/down':
          ledger.markDown(input.reason ?? 'the target stopped answering');
          out = { ok: true };
          break;
        default:
          out = ledger.snapshot();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ledger,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A worker's view of the run's budget server. */
export class RemoteBudget implements Budget {
  constructor(private readonly url: string) {}

  private async call<T>(path: string, input: object = {}): Promise<T> {
    const res = await fetch(`${this.url}${path}`, { method: 'POST', body: JSON.stringify(input) });
    return (await res.json()) as T;
  }

  async take(phase: Phase, key: string): Promise<void> {
    takeOrThrow(await this.call<TakeResult>('/take', { phase, key }));
  }
  async cleanup(): Promise<void> {
    takeOrThrow(await this.call<TakeResult>('/cleanup'));
  }
  async release(key: string): Promise<void> {
    await this.call('/release', { key });
  }
  async markDown(reason: string): Promise<void> {
    await this.call('/down', { reason });
  }
  state(): Promise<BudgetState> {
    return this.call<BudgetState>('/state');
  }
}
