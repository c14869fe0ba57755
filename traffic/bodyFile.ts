import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { HarError } from './harError';
import { overCapReason } from './limits';

/**
 * Response bodies stored beside a HAR (`response.content._file`, Playwright's `content: 'attach'`). A HAR is
 * input from anyone: it may name `/proc/self/environ`, `../../etc/passwd`, `/dev/zero`, a FIFO or a symlink
 * out of its folder. Only regular files inside the HAR's own folder (real paths, symlinks resolved) are
 * read, at most the body cap; anything else is refused (HarError, exit 2).
 */

/** The HAR's folder as a real path (symlinks resolved). */
export function harFolder(harFile: string): string {
  return realpathSync(dirname(resolve(harFile)));
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function refuse(harFile: string, entry: number, name: string, why: string): HarError {
  return new HarError(
    `${harFile}: entry ${entry} response.content._file ${JSON.stringify(name)} ${why}; a HAR's body files must be regular files in its own folder`,
  );
}

/**
 * The real path of an entry's body file, or undefined when it does not exist (the body is then not
 * recorded); throws a HarError when the name leads out of the HAR's folder or not to a regular file.
 */
export function bodyFilePath(harFile: string, folder: string, entry: number, name: string): string | undefined {
  if (name.includes('\u0000')) throw refuse(harFile, entry, name, 'holds a NUL byte');
  const lexical = resolve(folder, name);
  if (!inside(folder, lexical)) throw refuse(harFile, entry, name, 'is outside the HAR folder');
  let real: string;
  try {
    real = realpathSync(lexical);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refuse(harFile, entry, name, `cannot be resolved (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!inside(folder, real)) throw refuse(harFile, entry, name, 'leads outside the HAR folder (a symlink)');
  return real;
}

/**
 * Reads a body file found by bodyFilePath: opened without following a last symlink and without blocking
 * (a FIFO), checked to be a regular file on the open descriptor, read up to `cap` bytes.
 */
export function readBodyFile(
  harFile: string,
  entry: number,
  name: string,
  real: string,
  cap: number,
): { body: Buffer; problem?: string } {
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    throw refuse(harFile, entry, name, `cannot be opened (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refuse(harFile, entry, name, 'is not a regular file');
    const length = Math.min(stat.size, cap);
    const body = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = readSync(fd, body, read, length - read, read);
      if (n === 0) break;
      read += n;
    }
    const out = read < length ? body.subarray(0, read) : body;
    return stat.size > cap ? { body: out, problem: overCapReason(stat.size, cap) } : { body: out };
  } finally {
    closeSync(fd);
  }
}
