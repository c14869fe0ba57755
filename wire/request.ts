import { randomBytes } from 'node:crypto';

/** How a request authenticates: the client fills in the real credential, which never leaves it unredacted. */
export type AuthKind = 'none' | 'wrong-key' | 'key' | 'aad' | 'session-token' | 'key-on-device';

/** A multipart part to serialize. */
export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  data: Uint8Array | string;
}

/** A request as it goes on the wire, before credentials are added. */
export interface WireRequest {
  operationId: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** Path after `/face/{apiVersion}`, already encoded. */
  path: string;
  query?: [string, string][];
  headers?: Record<string, string>;
  body?: Buffer;
  auth: AuthKind;
  /** The session token, for `session-token` auth. */
  sessionToken?: string;
}

/** Serializes multipart/form-data parts; returns the body and its Content-Type (with boundary). */
export function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----liveness${randomBytes(12).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename ? `; filename="${part.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.contentType ? `Content-Type: ${part.contentType}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.from(part.data), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A JSON body and its headers. */
export function jsonBody(value: unknown): { body: Buffer; headers: Record<string, string> } {
  return { body: Buffer.from(JSON.stringify(value)), headers: { 'Content-Type': 'application/json' } };
}

/** The query string of a request (`?a=1&b=2`, or empty), repeats kept in order. */
export function queryString(query: [string, string][] | undefined): string {
  if (!query || query.length === 0) return '';
  return `?${query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
}
