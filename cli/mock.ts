/**
 * `npm run mock -- [--port N] [--key K] [--aad-token T] [--fault NAME]... [--time-scale N] [--like-service
 * [--rate N]] [--widest]`: runs the reference mock on 127.0.0.1 until interrupted. Faults also come from MOCK_FAULTS
 * (comma-separated). `--like-service` answers as the real service does (mock/likeService), with at most
 * `--rate` requests per second (default 10, S0-like; 0: no limit). `--widest` takes every liberty the documents leave
 * (mock/widest, schemas/liberties), alone or with `--like-service`.
 * Exit 2 on a usage error (unknown fault, bad flag, port in use).
 */
import { parseArgs } from 'node:util';
import type { MockHandle } from '../mock';
import { DEFAULT_KEY, mockConfig, startMock } from '../mock';
import { S0_RATE_PER_SECOND } from '../mock/likeService/options';
import { UsageError, runMain } from './usage';

const USAGE =
  'usage: npm run mock -- [--port 4010] [--key K] [--aad-token T] [--fault NAME]... [--time-scale N] [--like-service [--rate 10]] [--widest] (faults also from MOCK_FAULTS)';

/** The port the CLI listens on when none is given. */
export const DEFAULT_PORT = 4010;

/** Parsed command line of the mock CLI. */
export interface MockArgs {
  port: number;
  key: string;
  aadToken?: string;
  faults: string[];
  timeScale: number;
  /** Service-like answers (`--like-service`), with `--rate` requests per second. */
  likeService?: { ratePerSecond: number };
  /** Every liberty of the register at once (`--widest`). */
  widest?: boolean;
}

function number(flag: string, raw: string | undefined, fallback: number, ok: (n: number) => boolean, hint: string) {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !ok(n)) throw new UsageError(`--${flag} "${raw}" is not valid; ${hint}`);
  return n;
}

/** Parses argv and MOCK_FAULTS; throws UsageError naming the problem and the fix. */
export function parseMockArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): MockArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        key: { type: 'string' },
        'aad-token': { type: 'string' },
        fault: { type: 'string', multiple: true },
        'time-scale': { type: 'string' },
        'like-service': { type: 'boolean' },
        widest: { type: 'boolean' },
        rate: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; ${USAGE}`);
  }
  const fromEnv = (env.MOCK_FAULTS ?? '').split(',').map((s) => s.trim());
  const faults = [...fromEnv, ...(values.fault ?? [])].filter((s) => s !== '');
  try {
    mockConfig({ faults }); // names the unknown fault and lists the known ones
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.key === '') throw new UsageError('--key must not be empty; pass a key or leave the flag out');
  if (values['aad-token'] === '') throw new UsageError('--aad-token must not be empty; pass a token or leave it out');
  if (values.rate !== undefined && !values['like-service'])
    throw new UsageError('--rate needs --like-service; add --like-service or leave --rate out');
  const rate = number(
    'rate',
    values.rate,
    S0_RATE_PER_SECOND,
    (n) => Number.isInteger(n) && n >= 0,
    'use an integer >= 0',
  );
  return {
    ...(values['like-service'] ? { likeService: { ratePerSecond: rate } } : {}),
    ...(values.widest ? { widest: true } : {}),
    port: number('port', values.port, DEFAULT_PORT, (n) => Number.isInteger(n) && n >= 0 && n <= 65535, 'use 0..65535'),
    key: values.key ?? DEFAULT_KEY,
    aadToken: values['aad-token'],
    faults: [...new Set(faults)],
    timeScale: number('time-scale', values['time-scale'], 1, (n) => Number.isFinite(n) && n > 0, 'use a number > 0'),
  };
}

/** Starts the mock and resolves with exit code 0 once SIGINT or SIGTERM stops it. */
export async function mockMain(argv: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)) {
  const args = parseMockArgs(argv);
  let mock: MockHandle;
  try {
    mock = await startMock(args);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${args.port} is in use; pass another with --port <n>`);
    throw err;
  }
  out(`mock listening on ${mock.url} (endpoint for the suite; paths under /face/{apiVersion})`);
  out(`key: ${mock.key}   AAD token: ${mock.aadToken}   time scale: ${args.timeScale}`);
  out(`faults: ${args.faults.length ? args.faults.join(', ') : 'none'}`);
  if (args.likeService) {
    const rate = args.likeService.ratePerSecond;
    out(
      `like the real service: ${rate > 0 ? `${rate} requests/s, then 429 Retry-After: 1` : 'no rate limit'}; ${mock.foreignIds().size} sessions of other clients present`,
    );
  }
  if (args.widest)
    out('widest legal server: every liberty of the register (schemas/liberties) at once, 429 now and then');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await mock.close();
  return 0;
}

if (require.main === module) runMain('mock', () => mockMain(process.argv.slice(2)));
