import type { ServerResponse } from 'node:http';
import type { FaultSet } from './faults';

/** A refusal a handler throws; the server answers it as a FaceErrorResponse (CONTRACT.md §3 rule 6). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Shorthand for the documented 400 `BadArgument`. */
export function badArgument(message: string): HttpError {
  return new HttpError(400, 'BadArgument', message);
}

function jsonType(faults: FaultSet): string {
  return faults.has('json-content-type-text-plain') ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
}

/** Answers a JSON body. */
export function sendJson(res: ServerResponse, faults: FaultSet, status: number, value: unknown): void {
  sendJsonText(res, faults, status, JSON.stringify(value));
}

/** Answers JSON already serialised. */
export function sendJsonText(res: ServerResponse, faults: FaultSet, status: number, text: string): void {
  sendJsonBytes(res, faults, status, Buffer.from(text));
}

/** Answers JSON already serialised and encoded (a cached body). */
export function sendJsonBytes(res: ServerResponse, faults: FaultSet, status: number, body: Buffer): void {
  res.writeHead(status, { 'Content-Type': jsonType(faults), 'Content-Length': body.length });
  res.end(body);
}

/** Answers a FaceErrorResponse with `x-ms-error-code` equal to its code. */
export function sendError(res: ServerResponse, faults: FaultSet, error: HttpError): void {
  const inner = { code: error.code, message: error.message };
  const body = Buffer.from(JSON.stringify(faults.has('error-body-unwrapped') ? inner : { error: inner }));
  res.writeHead(error.status, {
    ...error.headers,
    'Content-Type': jsonType(faults),
    'Content-Length': body.length,
    'x-ms-error-code': faults.has('error-code-header-mismatch') ? 'Error' : error.code,
  });
  res.end(body);
}

/** Answers a status with no body (200 of a delete, 204 of a device call). */
export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Length': 0 });
  res.end();
}

/** Answers raw bytes (a session image). */
export function sendBytes(res: ServerResponse, status: number, bytes: Buffer, type: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes.length });
  res.end(bytes);
}
