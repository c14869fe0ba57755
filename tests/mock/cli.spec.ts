import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseMockArgs } from '../../cli/mock';
import { handlerFor } from '../../mock/handlers';
import { CONTRACT_VERSIONS, operationsFor } from '../../schemas';
import { expect, test } from './fixtures';

const root = join(__dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

test('every operation of the contract table has a handler', () => {
  const missing = CONTRACT_VERSIONS.flatMap((v) =>
    operationsFor(v)
      .filter((op) => !handlerFor(v, op))
      .map((op) => op.id),
  );
  expect(missing).toEqual([]);
});

test('flags and MOCK_FAULTS parse; problems are one usage line naming the fix', () => {
  expect(parseMockArgs([], {})).toEqual({ port: 4010, key: 'mock-subscription-key', faults: [], timeScale: 1 });
  const args = parseMockArgs(['--port', '0', '--key', 'k', '--fault', 'list-unsorted', '--time-scale', '60'], {
    MOCK_FAULTS: 'delete-answers-204, list-unsorted',
  });
  expect(args).toMatchObject({ port: 0, key: 'k', timeScale: 60, faults: ['delete-answers-204', 'list-unsorted'] });
  expect(() => parseMockArgs(['--fault', 'nope'], {})).toThrow(
    /unknown fault "nope"; known faults: status-lowercase, /,
  );
  expect(() => parseMockArgs([], { MOCK_FAULTS: 'x' })).toThrow(/unknown fault "x"/);
  expect(() => parseMockArgs(['--port', '70000'], {})).toThrow(/--port "70000" is not valid; use 0..65535/);
  expect(() => parseMockArgs(['--time-scale', '0'], {})).toThrow(/--time-scale "0"/);
  expect(() => parseMockArgs(['--what'], {})).toThrow(/Unknown option '--what'; usage: npm run mock/);
});

test('the CLI exits 2 with one line on an unknown fault', () => {
  const r = spawnSync(tsx, [join(root, 'cli', 'mock.ts'), '--fault', 'nope'], { encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^mock: unknown fault "nope"/);
});

test('the CLI prints its URL and key, serves, and stops on SIGTERM', async () => {
  const child = spawn(tsx, [join(root, 'cli', 'mock.ts'), '--port', '0', '--key', 'cli-key'], { stdio: 'pipe' });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m && out.includes('key: cli-key')) resolve(m[1]);
    });
    child.on('exit', () => reject(new Error(`exited early: ${out}`)));
  });
  const r = await fetch(`${url}/face/v1.1-preview.1/detectLiveness/singleModal/sessions`, {
    headers: { 'Ocp-Apim-Subscription-Key': 'cli-key' },
  });
  expect(r.status).toBe(200);
  const code = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.kill('SIGTERM');
  expect(await code).toBe(0);
});
