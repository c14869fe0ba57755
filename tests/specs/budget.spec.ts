import { expect, test } from '@playwright/test';
import { BudgetLedger } from '../../runner';
import { startMock } from '../../mock';
import { conformance, recordingProxy } from './run';

const KEY = 'budget-test-key-0123456789abcdef';

test('the ledger: a hard cap; first passes reserved before repetitions; cleanup outside; down refuses all', () => {
  const ledger = new BudgetLedger(5, { a: 2, b: 2 }, 1);
  expect(ledger.take('extra', 'x')).toMatchObject({ ok: false, reason: 'repetitions' }); // 1 + 4 reserved
  expect(ledger.take('coverage', 'a')).toEqual({ ok: true });
  ledger.release('a'); // a's first pass ended after one request: its other unit goes back
  expect(ledger.take('extra', 'a')).toEqual({ ok: true }); // 3 used + 2 reserved for b
  expect(ledger.take('extra', 'a')).toMatchObject({ ok: false, reason: 'repetitions' });
  expect(ledger.take('coverage', 'b')).toEqual({ ok: true });
  expect(ledger.take('coverage', 'b')).toEqual({ ok: true });
  expect(ledger.take('coverage', 'c')).toMatchObject({ ok: false, reason: 'budget' });
  expect(ledger.cleanup()).toEqual({ ok: true });
  ledger.markDown('the target stopped answering: GET /x');
  expect(ledger.cleanup()).toMatchObject({ ok: false, reason: 'down' });
  expect(ledger.snapshot()).toMatchObject({ limit: 5, used: 5, cleanup: 1, refused: { budget: 1, repetitions: 2 } });
});

test("the ledger counts each test's first-pass requests, and what it sent beyond its reserve", () => {
  const ledger = new BudgetLedger(100, { a: 1, b: 3 });
  for (let i = 0; i < 3; i++) ledger.take('coverage', 'a');
  ledger.take('coverage', 'b');
  ledger.release('a');
  ledger.take('coverage', 'a'); // a retry after its first pass: neither first pass nor overdrawn
  ledger.take('extra', 'b');
  expect(ledger.snapshot()).toMatchObject({ firstPass: { a: 3, b: 1 }, overdrawn: { a: 2 }, used: 6 });
});

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test('the budget caps the whole run across failing tests, worker restarts and retries; a failure exits 1', async () => {
  // Faults that fail tests in several files: each failure restarts a Playwright worker (which once started
  // with a fresh share of the budget). With retries on top, every attempt still draws from the one budget.
  const mock = await startMock({
    key: KEY,
    faults: ['list-unsorted', 'accept-top-out-of-range', 'get-after-delete-200'],
  });
  const proxy = await recordingProxy(mock.url);
  const budget = 150;
  try {
    const run = await conformance(
      {
        FACE_ENDPOINT: proxy.url,
        FACE_API_KEY: KEY,
        FACE_DEVICE_SIMULATION: 'true',
        FACE_REQUEST_BUDGET: String(budget),
      },
      ['--retries=1'],
    );
    expect(run.code, run.out.slice(-3000)).toBe(1);
    const s = run.summary!;
    expect(s.run.verdict).toBe('fail');
    expect(s.run.budget?.limit).toBe(budget);
    expect(s.run.budget!.used).toBeLessThanOrEqual(budget);
    // Every request the target saw: at most the budget plus the counted cleanup deletes.
    expect(proxy.seen.length).toBeLessThanOrEqual(budget + s.run.budget!.cleanup);
    expect(proxy.seen.length - s.run.budget!.cleanup).toBe(s.run.budget!.used);
    // A test that recorded a failed check is never reported passed or skipped.
    for (const t of s.tests) if (t.failures > 0) expect(t.status, t.title).toBe('failed');
  } finally {
    await proxy.close();
    await mock.close();
  }
});

test('a budget that runs out after a failure in the same test still fails the test and exits 1', async () => {
  // The negative create test meets the planted fault at its TTL-below-minimum case (about its 15th request),
  // then runs out of budget (20) in its first pass: before the fix it was reported skipped and exited 0.
  const mock = await startMock({ key: KEY, faults: ['accept-ttl-below-minimum'] });
  try {
    const run = await conformance(
      { FACE_ENDPOINT: mock.url, FACE_API_KEY: KEY, FACE_DEVICE_SIMULATION: 'true', FACE_REQUEST_BUDGET: '20' },
      ['-g', 'createLivenessSession negative'],
    );
    expect(run.code, run.out.slice(-3000)).toBe(1);
    const s = run.summary!;
    expect(s.run.verdict).toBe('fail');
    expect(s.failures.map((f) => f.check)).toContain('negativeDataRejection');
    const t = s.tests.find((x) => x.title.startsWith('createLivenessSession › negative'))!;
    expect(t.status).toBe('failed');
    expect(s.cells.some((c) => c.notRun === 'budget')).toBe(true); // the rest: not run (budget)
  } finally {
    await mock.close();
  }
});

test('a clean run cut by the budget is incomplete: exit 0, or 1 with FACE_REQUIRE_COMPLETE=true', async () => {
  const mock = await startMock({ key: KEY });
  try {
    const env = {
      FACE_ENDPOINT: mock.url,
      FACE_API_KEY: KEY,
      FACE_DEVICE_SIMULATION: 'true',
      FACE_REQUEST_BUDGET: '40',
    };
    const run = await conformance(env);
    expect(run.code, run.out.slice(-3000)).toBe(0);
    const s = run.summary!;
    expect(s.run.verdict).toBe('incomplete');
    expect(s.totals.cells.notRunBudget).toBeGreaterThan(0);
    expect(s.failures).toEqual([]);
    const required = await conformance({ ...env, FACE_REQUIRE_COMPLETE: 'true' });
    expect(required.code, required.out.slice(-3000)).toBe(1);
    expect(required.summary?.run.verdict).toBe('incomplete');
  } finally {
    await mock.close();
  }
});
