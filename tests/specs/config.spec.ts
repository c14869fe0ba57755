import { expect, test } from '@playwright/test';
import { ConfigError, loadConfig } from '../../runner';

test('defaults: embedded mock, v1.1-preview.1, simulation on, seed 42', () => {
  const c = loadConfig({});
  expect(c.endpoint).toBeUndefined();
  expect(c.apiVersion).toBe('v1.1-preview.1');
  expect(c.deviceSimulation).toBe(true);
  expect(c.seed).toBe(42);
  expect(c.readOnly).toBe(false);
});

test('FACE_API_VERSION accepts both previews and the v1.2 GA redesign', () => {
  for (const v of ['v1.1-preview.1', 'v1.2-preview.1', 'v1.2'])
    expect(loadConfig({ FACE_API_VERSION: v }).apiVersion).toBe(v);
});

test('a remote endpoint: simulation is off unless the target says it accepts it', () => {
  const c = loadConfig({ FACE_ENDPOINT: 'https://x.cognitiveservices.azure.com/', FACE_API_KEY: 'k' });
  expect(c.endpoint).toBe('https://x.cognitiveservices.azure.com');
  expect(c.deviceSimulation).toBe(false);
  expect(
    loadConfig({ FACE_ENDPOINT: 'http://127.0.0.1:1', FACE_AAD_TOKEN: 't', FACE_DEVICE_SIMULATION: 'true' })
      .deviceSimulation,
  ).toBe(true);
});

for (const [env, variable] of [
  [{ FACE_ENDPOINT: 'https://x.example' }, /FACE_API_KEY nor FACE_AAD_TOKEN/],
  [{ FACE_ENDPOINT: 'not a url', FACE_API_KEY: 'k' }, /FACE_ENDPOINT=not a url is not a URL/],
  [{ FACE_ENDPOINT: 'ftp://x', FACE_API_KEY: 'k' }, /FACE_ENDPOINT=.* must use http or https/],
  [{ FACE_ENDPOINT: 'https://x/face/v1.1-preview.1', FACE_API_KEY: 'k' }, /must have no path/],
  [{ FACE_API_VERSION: 'v9' }, /FACE_API_VERSION=v9 is not a documented version; use one of/],
  [{ FACE_NUM_RUNS: 'many' }, /FACE_NUM_RUNS=many is not an integer/],
  [{ FACE_REQUEST_BUDGET: '0' }, /FACE_REQUEST_BUDGET=0 is not an integer in 1\.\./],
  [{ FACE_CONCURRENCY: '-1' }, /FACE_CONCURRENCY/],
  [{ FACE_READ_ONLY: 'maybe' }, /FACE_READ_ONLY=maybe is not a boolean; set FACE_READ_ONLY to true or false/],
] as const) {
  test(`a wrong setting is one ConfigError naming the variable: ${JSON.stringify(env)}`, () => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
}
