import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { HarEntry, HarLog } from '../runner';
import type { SdkEntry } from './sdkRecording';
import { isSdkRecording, sdkEntryProblem, sdkRecordingToHar } from './sdkRecording';
import { checkEntry, describe } from './structure';

/** A HAR file that cannot be read: one line naming the file and, where it applies, the entry. */
export class HarError extends Error {
  override name = 'HarError';
}

/** Where a JSON.parse error happened, as `line L, column C (offset N)`, or the end of the file. */
function position(text: string, err: Error): string {
  const m = /position (\d+)/.exec(err.message);
  if (!m) return /end of JSON input/i.test(err.message) ? `at the end of the file (offset ${text.length})` : '';
  const offset = Number(m[1]);
  const before = text.slice(0, offset).split('\n');
  return `at line ${before.length}, column ${before[before.length - 1].length + 1} (offset ${offset})`;
}

/** A test-proxy recording as HAR; the error names the file and the entry. */
function fromSdkRecording(value: { Entries: unknown[] }, file: string): HarLog {
  value.Entries.forEach((entry, i) => {
    const problem = sdkEntryProblem(entry);
    if (problem)
      throw new HarError(`${file}: Entries[${i}] ${problem}; the recording is truncated or not a test-proxy recording`);
  });
  return sdkRecordingToHar(value.Entries as SdkEntry[]);
}

/**
 * Parses recorded traffic, HAR 1.2 or an Azure SDK test-proxy recording (told apart by their top-level
 * `log` or `Entries`); the error names the file and the position of a JSON error.
 */
export function parseHar(text: string, file: string): HarLog {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const where = position(text, err as Error);
    const first = (err as Error).message.split('\n')[0];
    throw new HarError(
      `${file}: not JSON ${where}: ${first}; the HAR is truncated or not a HAR file`.replace('  ', ' '),
    );
  }
  if (isSdkRecording(value)) return fromSdkRecording(value, file);
  const log = (value as { log?: unknown } | null)?.log;
  if (!value || typeof value !== 'object' || !log || typeof log !== 'object') {
    throw new HarError(
      `${file}: neither a HAR 1.2 file (no "log" object at the top) nor an Azure SDK test-proxy recording (no "Entries" array)`,
    );
  }
  const l = log as Record<string, unknown>;
  if (typeof l.version !== 'string' || !['1.1', '1.2'].includes(l.version)) {
    throw new HarError(`${file}: log.version is ${describe(l.version)}, expected "1.2"; this is not a HAR 1.2 file`);
  }
  if (!Array.isArray(l.entries)) {
    throw new HarError(`${file}: log.entries is ${describe(l.entries)}, expected an array; this is not a HAR 1.2 file`);
  }
  l.entries.forEach((entry: unknown, i: number) => {
    const problem = checkEntry(entry, `log.entries[${i}]`);
    if (problem) throw new HarError(`${file}: entry ${i} (${problem}`);
  });
  return value as HarLog;
}

/** The response body of an entry as bytes, or undefined when the HAR does not carry it. */
export function responseBody(entry: HarEntry, harFile: string): Buffer | undefined {
  const c = entry.response.content;
  if (typeof c.text === 'string') return Buffer.from(c.text, c.encoding === 'base64' ? 'base64' : 'utf8');
  // Playwright's `content: 'attach'` mode stores bodies beside the HAR.
  if (typeof c._file === 'string') {
    const path = resolve(dirname(harFile), c._file);
    if (existsSync(path)) return readFileSync(path);
  }
  return c.size === 0 ? Buffer.alloc(0) : undefined;
}

/** Reads and checks a HAR file; every problem is a HarError naming the file (and the entry). */
export function loadHar(file: string): HarLog {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new HarError(
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; check the path`,
    );
  }
  return parseHar(text, file);
}
