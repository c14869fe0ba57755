import { flatFieldText } from '../../schemas';
import type { Part } from '../../wire';
import { queryString } from '../../wire';
import type { RequestCase } from './types';

/** The smallest byte sequence that looks like a JPEG (SOI, APP0 marker, EOI): enough for a simulated call. */
export const FAKE_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);

/** A file part with a filename, as the device or a with-verify create sends it. */
export function filePart(name: string, data: Uint8Array = FAKE_JPEG): Part {
  const image = name === 'VerifyImage';
  return {
    name,
    filename: image ? 'verify.jpg' : 'content.bin',
    contentType: image ? 'image/jpeg' : 'application/octet-stream',
    data,
  };
}

/** The text parts of a flat multipart body (CONTRACT.md §5): one per field given, null and undefined left out. */
export function flatParts(fields: unknown): Part[] {
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return [];
  return Object.entries(fields)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([name, v]) => ({ name, contentType: 'text/plain', data: flatFieldText(v) }));
}

/** The `Parameters` part: the JSON text of a create body. */
export function jsonPart(name: string, text: string): Part {
  return { name, contentType: 'application/json', data: text };
}

/** The full URL of a request against an endpoint (`{endpoint}/face/{version}{path}?{query}`). */
export function requestUrl(endpoint: string, request: RequestCase): string {
  return `${endpoint.replace(/\/+$/, '')}/face/${request.version}${request.path}${queryString(request.query)}`;
}
