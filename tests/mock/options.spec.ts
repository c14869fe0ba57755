/**
 * The mock's own options (mock/config.ts, mockConfig in mock/index.ts): defaults applied, a bad limit or clock
 * refused at start-up with its name. Not API behaviour, so mutation testing's conformance runs never reach
 * these refusals; this file holds them.
 */
import { expect, test } from '@playwright/test';
import { scaledClock } from '../../mock/config';
import { DEFAULT_AAD_TOKEN, DEFAULT_KEY, JSON_BODY_LIMIT, MULTIPART_BODY_LIMIT, mockConfig } from '../../mock';
import { S0_RATE_PER_SECOND } from '../../mock/likeService';

test('a mock without options takes the default key, token, body limits and no rate limit', () => {
  const config = mockConfig();
  expect(config).toMatchObject({
    key: DEFAULT_KEY,
    aadToken: DEFAULT_AAD_TOKEN,
    jsonLimit: JSON_BODY_LIMIT,
    multipartLimit: MULTIPART_BODY_LIMIT,
    rateLimit: undefined,
  });
  expect(config.faults.names).toEqual([]);
});

test('given options win over the defaults; maxBodyBytes sets both limits', () => {
  const config = mockConfig({ key: 'k', aadToken: 't', maxBodyBytes: 1024, rateLimit: { requests: 2, windowMs: 50 } });
  expect(config).toMatchObject({ key: 'k', aadToken: 't', jsonLimit: 1024, multipartLimit: 1024 });
  expect(config.rateLimit).toEqual({ requests: 2, windowMs: 50 });
});

test('the service-like layer brings its S0 rate unless a rate limit is given or its rate is 0', () => {
  expect(mockConfig({ likeService: true }).rateLimit).toEqual({ requests: S0_RATE_PER_SECOND, windowMs: 1000 });
  expect(mockConfig({ likeService: {} }).rateLimit).toEqual({ requests: S0_RATE_PER_SECOND, windowMs: 1000 });
  expect(mockConfig({ likeService: { ratePerSecond: 3 } }).rateLimit).toEqual({ requests: 3, windowMs: 1000 });
  expect(mockConfig({ likeService: { ratePerSecond: 0 } }).rateLimit).toBeUndefined();
  const explicit = { requests: 7, windowMs: 10 };
  expect(mockConfig({ likeService: true, rateLimit: explicit }).rateLimit).toEqual(explicit);
});

test('a bad body limit, rate limit or clock is refused at start-up, naming the option', () => {
  for (const maxBodyBytes of [0, -1, 1.5, Number.NaN])
    expect(() => mockConfig({ maxBodyBytes }), String(maxBodyBytes)).toThrow(/maxBodyBytes must be a positive integer/);
  for (const rateLimit of [
    { requests: 0, windowMs: 10 },
    { requests: 1, windowMs: 0 },
  ])
    expect(() => mockConfig({ rateLimit })).toThrow(/rateLimit needs requests > 0 and windowMs > 0/);
  for (const timeScale of [0, -2, Number.NaN, Number.POSITIVE_INFINITY])
    expect(() => scaledClock(timeScale), String(timeScale)).toThrow(/timeScale must be a positive number/);
  expect(() => mockConfig({ faults: ['no-such-fault'] })).toThrow(/unknown fault "no-such-fault"/);
});

test('a scaled clock runs timeScale times faster than real time from the moment it is made', async () => {
  const before = Date.now();
  const clock = scaledClock(1000);
  const start = clock.now();
  expect(start).toBeGreaterThanOrEqual(before);
  await new Promise((r) => setTimeout(r, 20));
  // 20 ms of real time is at least 20 s on a clock 1000 times faster (and far less than a day).
  expect(clock.now() - start).toBeGreaterThanOrEqual(19_000);
  expect(clock.now() - start).toBeLessThan(86_400_000);
  expect(Math.abs(scaledClock().now() - Date.now())).toBeLessThan(1000);
});
