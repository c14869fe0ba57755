/**
 * Traffic mode reads every write back (issue 23): a real recording edited so that a later read shows
 * another value than its create sent fails the check that names the rule; the unedited one passes.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SdkEntry } from '../../traffic/sdkRecording';
import { sdkRecordingToHar } from '../../traffic/sdkRecording';
import { checkTraffic } from '../../traffic/run';

const DIR = join(__dirname, 'recordings');
const load = (name: string): SdkEntry[] =>
  (JSON.parse(readFileSync(join(DIR, name), 'utf8')) as { Entries: SdkEntry[] }).Entries;

function failedChecks(entries: SdkEntry[]): string[] {
  const result = checkTraffic(sdkRecordingToHar(entries), 'edited.json');
  return [...new Set(result.versions.flatMap((v) => v.outcomes.failures.map((f) => f.check)))];
}

/** Edits the JSON answer of the first entry that matches. */
function editAnswer(entries: SdkEntry[], match: (e: SdkEntry) => boolean, edit: (b: Record<string, unknown>) => void) {
  const e = entries.find(match)!;
  const body = (typeof e.ResponseBody === 'string' ? JSON.parse(e.ResponseBody) : e.ResponseBody) as Record<
    string,
    unknown
  >;
  edit(body);
  e.ResponseBody = body as SdkEntry['ResponseBody'];
}

const PREVIEW = 'js/node/session/recording_testcreatesessionwithtokenttl.json';
const isRead = (e: SdkEntry): boolean => e.RequestMethod === 'GET' && e.StatusCode === 200;

test('a preview recording passes: its read shows the TTL and deviceCorrelationId its create sent', () => {
  expect(failedChecks(load(PREVIEW))).toEqual([]);
  const result = checkTraffic(sdkRecordingToHar(load(PREVIEW)), 'as-recorded.json');
  // The check ran (passed), not merely was absent.
  expect(JSON.stringify(result.versions.map((v) => v.outcomes))).toContain('createdValuesPersisted');
});

test('a preview recording whose read shows another TTL than its create sent fails createdValuesPersisted', () => {
  const entries = load(PREVIEW);
  editAnswer(entries, isRead, (b) => (b.authTokenTimeToLiveInSeconds = 5567));
  expect(failedChecks(entries)).toEqual(['createdValuesPersisted']);
});

test('a preview recording whose read shows another deviceCorrelationId fails createdValuesPersisted', () => {
  const entries = load(PREVIEW);
  editAnswer(entries, isRead, (b) => (b.deviceCorrelationId = 'another-device'));
  expect(failedChecks(entries)).toEqual(['createdValuesPersisted']);
});

test('a preview list item of a created session is compared with its create too', () => {
  const entries = load('js/node/session/recording_testlistsessions.json');
  expect(failedChecks(entries)).toEqual([]);
  const list = entries.find((e) => e.RequestMethod === 'GET' && /sessions(\?|$)/.test(e.RequestUri))!;
  const items = JSON.parse(list.ResponseBody as string) as Record<string, unknown>[];
  const created = entries
    .filter((e) => e.RequestMethod === 'POST' && e.StatusCode === 200)
    .map((e) => (e.ResponseBody as { sessionId: string }).sessionId);
  const item = items.find((i) => created.includes(i.id as string))!;
  item.authTokenTimeToLiveInSeconds = Number(item.authTokenTimeToLiveInSeconds) + 1;
  list.ResponseBody = JSON.stringify(items);
  expect(failedChecks(entries)).toEqual(['createdValuesPersisted']);
});

test('a v1.2 recording whose read shows another token than its create returned fails createdValuesPersisted', () => {
  const entries = load('js/node/livenesssession/recording_testlivenesssession.json');
  editAnswer(entries, isRead, (b) => (b.authToken = 'another-token'));
  expect(failedChecks(entries)).toEqual(['createdValuesPersisted']);
});
// v1.3-preview.1: recordings.spec.ts edits the expectedClientIpAddress a read shows (createdValuesPersisted).
