import { request } from 'node:http';
import type { ContractVersion } from '../../schemas';
import type { MockHandle } from '../../mock';

/** A session family, by the name the operation table uses. */
export type Family = 'liveness' | 'livenessWithVerify';

/** Both families, for table-driven tests. */
export const FAMILIES: readonly Family[] = ['liveness', 'livenessWithVerify'];

/** One answer, read whole. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** A multipart part for `multipart()`. */
export interface RawPart {
  name: string;
  value: string | Buffer;
  filename?: string;
}

/** Builds a multipart/form-data body by hand, so tests know its exact bytes. */
export function multipart(parts: RawPart[], boundary = 'mockTestBoundary7MA4YWxk'): { body: Buffer; type: string } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const file = p.filename === undefined ? '' : `; filename="${p.filename}"`;
    const type = p.filename === undefined ? '' : '\r\nContent-Type: application/octet-stream';
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${file}${type}\r\n\r\n`));
    chunks.push(Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

/** Sends one raw request (the path is not normalised: `..` and `%2F` reach the server as written). */
export function send(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: Buffer | string,
): Promise<Reply> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Options of a simulated device call. */
export interface DeviceCall {
  content?: string | Buffer;
  verifyImage?: string | Buffer;
  clientRequestId?: string;
  headers?: Record<string, string>;
}

/** A small client of the mock for one API version: every operation, with the resource key by default. */
export class MockClient {
  constructor(
    readonly mock: MockHandle,
    readonly version: ContractVersion,
  ) {}

  /** Path of a family's base, e.g. `/face/v1.1-preview.1/detectLiveness/singleModal`. */
  base(family: Family): string {
    const prefix = family === 'liveness' ? 'detectLiveness' : 'detectLivenessWithVerify';
    return `/face/${this.version}/${prefix}/singleModal`;
  }

  get auth(): Record<string, string> {
    return { 'Ocp-Apim-Subscription-Key': this.mock.key };
  }

  call(method: string, path: string, headers: Record<string, string> = this.auth, body?: Buffer | string) {
    return send(this.mock.url, method, path, headers, body);
  }

  create(family: Family, body: unknown = { livenessOperationMode: 'Passive', deviceCorrelationId: 'device-1' }) {
    const headers = { ...this.auth, 'Content-Type': 'application/json' };
    return this.call('POST', `${this.base(family)}/sessions`, headers, JSON.stringify(body));
  }

  /** Creates a session (asserting 200) and returns its id and token. */
  async session(
    family: Family,
    extra: Record<string, unknown> = {},
  ): Promise<{ sessionId: string; authToken: string }> {
    const r = await this.create(family, {
      livenessOperationMode: 'Passive',
      deviceCorrelationId: 'device-1',
      ...extra,
    });
    if (r.status !== 200) throw new Error(`create failed: ${r.status} ${r.text}`);
    return r.json as { sessionId: string; authToken: string };
  }

  createWithImage(parameters: unknown, image: string | Buffer = 'verify-image-bytes') {
    const { body, type } = multipart([
      { name: 'Parameters', value: JSON.stringify(parameters) },
      { name: 'VerifyImage', value: image, filename: 'face.jpg' },
    ]);
    const headers = { ...this.auth, 'Content-Type': type };
    return this.call('POST', `${this.base('livenessWithVerify')}/sessions`, headers, body);
  }

  list(family: Family, query = '') {
    return this.call('GET', `${this.base(family)}/sessions${query}`);
  }

  get(family: Family, id: string) {
    return this.call('GET', `${this.base(family)}/sessions/${encodeURIComponent(id)}`);
  }

  del(family: Family, id: string) {
    return this.call('DELETE', `${this.base(family)}/sessions/${encodeURIComponent(id)}`);
  }

  audit(family: Family, id: string, query = '') {
    return this.call('GET', `${this.base(family)}/sessions/${encodeURIComponent(id)}/audit${query}`);
  }

  /** A simulated device call; returns the answer and the exact body length sent. */
  async device(family: Family, token: string, opts: DeviceCall = {}): Promise<Reply & { sent: number }> {
    const parts: RawPart[] = [{ name: 'Content', value: opts.content ?? 'liveness-frames', filename: 'content.bin' }];
    const image = opts.verifyImage ?? (family === 'livenessWithVerify' ? 'verify-image' : undefined);
    if (image !== undefined) parts.push({ name: 'VerifyImage', value: image, filename: 'verify.jpg' });
    const { body, type } = multipart(parts);
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, 'Content-Type': type };
    if (opts.clientRequestId !== undefined) headers['client-request-id'] = opts.clientRequestId;
    const reply = await this.call('POST', this.base(family), { ...headers, ...opts.headers }, body);
    return { ...reply, sent: body.length };
  }
}
