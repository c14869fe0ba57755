import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { HarEntry, HarLog } from '../runner';
import { MAX_JSON_DEPTH, deeperThan } from '../wire';
import { bodyFilePath, harFolder, readBodyFile } from './bodyFile';
import { HarError } from './harError';
import { bytesText, maxBodyBytes, maxHarBytes, overCapReason } from './limits';
import type { SdkEntry } from './sdkRecording';
import { isSdkRecording, sdkEntryProblem, sdkRecordingToHar } from './sdkRecording';
import { checkEntry, describe } from './structure';

export { HarError } from './harError';

/**
 * Nesting a HAR file may have: a HAR's own structure is about eight levels, an SDK recording's bodies are
 * JSON values inside it. Deeper is refused before anything walks it (see wire/json.ts).
 */
const MAX_FILE_DEPTH = MAX_JSON_DEPTH + 16;

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
  if (deeperThan(value, MAX_FILE_DEPTH)) {
    throw new HarError(
      `${file}: JSON nested deeper than ${MAX_FILE_DEPTH} levels; a HAR (or a recorded body in it) this deep is not read`,
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

/**
 * The response body of an entry as bytes (at most the body cap, with the reason when cut), or no body when
 * the HAR does not carry it. A body file is read only inside the HAR's folder (traffic/bodyFile.ts).
 */
export function responseBody(entry: HarEntry, harFile: string, index: number): { body?: Buffer; problem?: string } {
  const c = entry.response.content;
  const cap = maxBodyBytes();
  if (typeof c.text === 'string') {
    const body = Buffer.from(c.text, c.encoding === 'base64' ? 'base64' : 'utf8');
    return body.length > cap ? { body: body.subarray(0, cap), problem: overCapReason(body.length, cap) } : { body };
  }
  // Playwright's `content: 'attach'` mode stores bodies beside the HAR.
  if (typeof c._file === 'string') {
    const real = bodyFilePath(harFile, harFolder(harFile), index, c._file);
    if (real) return readBodyFile(harFile, index, c._file, real, cap);
  }
  return c.size === 0 ? { body: Buffer.alloc(0) } : {};
}

/** Refuses a HAR naming a body file outside its folder or not a regular file, before anything is checked. */
function checkBodyFiles(har: HarLog, file: string): void {
  const folder = harFolder(file);
  har.log.entries.forEach((entry, i) => {
    const name = entry.response.content._file;
    if (name === undefined) return;
    if (typeof name !== 'string') throw new HarError(`${file}: entry ${i} response.content._file is not a string`);
    const real = bodyFilePath(file, folder, i, name);
    if (real) readBodyFile(file, i, name, real, 0);
  });
}

/** The HAR file's text: a regular file under the cap, else a HarError with the right advice. */
function readHarText(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new HarError(
      `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}; check the path`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new HarError(`${file} is not a regular file; give the path of a HAR file`);
    const cap = maxHarBytes();
    if (stat.size > cap) {
      throw new HarError(
        `${file} is ${bytesText(stat.size)}, over the ${bytesText(cap)} cap on a HAR file; split the recording (fewer entries per file) or raise FACE_MAX_HAR_BYTES`,
      );
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and checks a HAR file: a regular file under the cap (FACE_MAX_HAR_BYTES), JSON no deeper than
 * MAX_FILE_DEPTH, entries of the HAR 1.2 shape, body files only inside its folder. Every problem is a
 * HarError naming the file (and the entry).
 */
export function loadHar(file: string): HarLog {
  const har = parseHar(readHarText(file), file);
  checkBodyFiles(har, file);
  return har;
}
