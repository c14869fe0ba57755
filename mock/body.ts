import type { IncomingMessage } from 'node:http';
import { HttpError } from './http';

/** Bytes read past the limit before the connection is dropped instead of drained. */
const DRAIN_CAP = 64 * 1024 * 1024;

/** The media type of a request, lower case, without parameters (`multipart/form-data`). */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * Reads a request body, refusing more than `limit` bytes with 413 `BadArgument`. An oversized body is
 * drained (so the client reads the answer) up to a cap, past which the connection is dropped.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const tooLarge = (): HttpError =>
      new HttpError(413, 'BadArgument', `request body over ${limit} bytes; send a smaller body`);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (!settled) {
        settled = true;
        chunks.length = 0;
        reject(tooLarge());
      }
      if (size > DRAIN_CAP) req.destroy();
    });
    req.on('end', () => {
      if (!settled) resolve(Buffer.concat(chunks, size));
      settled = true;
    });
    req.on('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
  });
}
