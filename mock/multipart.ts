import busboy from 'busboy';
import type { IncomingHttpHeaders } from 'node:http';
import { badArgument } from './http';

/** One part of a multipart body: its bytes and, for a file, its filename. */
export interface Part {
  bytes: Buffer;
  filename?: string;
}

/**
 * Parses a buffered multipart/form-data body into its parts by name. A malformed body, a missing
 * boundary or a part given twice is 400 BadArgument (never an exception out of the handler).
 */
export function parseMultipart(headers: IncomingHttpHeaders, body: Buffer): Promise<Map<string, Part>> {
  return new Promise((resolve, reject) => {
    const parts = new Map<string, Part>();
    let failed = false;
    const fail = (message: string): void => {
      if (!failed) reject(badArgument(`multipart body: ${message}`));
      failed = true;
    };
    const add = (name: string, part: Part): void => {
      if (parts.has(name)) fail(`part "${name}" is given twice; give it once`);
      else parts.set(name, part);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers, limits: { parts: 16, fieldSize: body.length + 1, fileSize: body.length + 1 } });
    } catch (err) {
      fail(`${(err as Error).message}; send multipart/form-data with a boundary`);
      return;
    }
    parser.on('file', (name, stream, info) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => add(name, { bytes: Buffer.concat(chunks), filename: info.filename ?? '' }));
      stream.on('error', (err: Error) => fail(err.message));
    });
    parser.on('field', (name, value) => add(name, { bytes: Buffer.from(value, 'utf8') }));
    parser.on('partsLimit', () => fail('more than 16 parts'));
    parser.on('error', (err: Error) => fail(err.message));
    parser.on('close', () => {
      if (!failed) resolve(parts);
    });
    parser.end(body);
  });
}
