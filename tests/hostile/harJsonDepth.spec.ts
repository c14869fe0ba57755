import { expect, test } from '@playwright/test';
import { registry } from '../../schemas';
import { show } from '../../checks';
import type { Intent } from '../../checks';
import { checkExchange } from '../../runner';
import type { Exchange } from '../../wire';
import { MAX_JSON_DEPTH, parseJsonBounded, responseJson } from '../../wire';

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

test('JSON from a target is read up to the depth limit and refused past it, at any depth, without recursion', () => {
  expect(parseJsonBounded(nested(MAX_JSON_DEPTH)).ok).toBe(true);
  expect(parseJsonBounded(nested(MAX_JSON_DEPTH + 1))).toEqual({ ok: false, reason: 'too-deep' });
  // V8's JSON.parse takes a million levels; JSON.stringify of the result would overflow the stack.
  expect(parseJsonBounded(nested(1_000_000))).toEqual({ ok: false, reason: 'too-deep' });
  expect(parseJsonBounded('{"a":')).toEqual({ ok: false, reason: 'not-json' });
  expect(responseJson(nested(100_000)).bodyProblem).toMatch(/nested deeper than 64 levels/);
});

test('show() renders any value without crashing: too deep, cyclic, huge, or holding control characters', () => {
  const deep = JSON.parse(nested(100_000)) as unknown;
  expect(show(deep)).toBe('(a array too deep to show)');
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  expect(show(cyclic)).toContain('too deep to show');
  expect(show('x'.repeat(10_000_000), 50)).toHaveLength(51);
  expect(show('\u001b]0;t\u0007\u009b')).toBe('"\\u001b]0;t\\u0007\\u009b"');
});

test("a live answer nested too deep leaves its exchange's checks not run (safety limit), never a crash or failure", () => {
  const text = nested(100_000);
  const exchange = {
    seq: 1,
    request: {
      operationId: 'getLivenessSessions',
      method: 'GET',
      path: '/detectLiveness/singleModal/sessions',
      auth: 'key',
      url: 'http://127.0.0.1:9/face/v1.1-preview.1/detectLiveness/singleModal/sessions',
      sentHeaders: {},
    },
    response: {
      status: 200,
      headers: { 'content-type': 'application/json' },
      text,
      bytes: text.length,
      ...responseJson(text),
    },
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    retries: 0,
  } as unknown as Exchange;
  const target = {
    ctx: { version: 'v1.1-preview.1' as const, registry: registry() },
    met: new Set<never>(),
    unmetReason: () => '',
  };
  const outcomes = checkExchange(target, exchange, { kind: 'positive' } as Intent);
  expect(outcomes.filter((o) => o.kind === 'failed')).toEqual([]);
  const skips = outcomes.filter((o) => o.kind === 'skipped');
  expect(skips.length).toBeGreaterThan(5);
  for (const o of skips)
    expect(o.kind === 'skipped' && o.reason).toMatch(/^not run \(safety limit\): JSON nested deeper/);
});
