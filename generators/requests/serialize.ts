import type { MultipartPart, RequestBody, RequestCase } from './types';

/** The smallest byte sequence that looks like a JPEG (SOI, APP0 marker, EOI): enough for a simulated call. */
export const FAKE_JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);

/** Fills `{name}` placeholders with percent-encoded values; throws naming a parameter the caller did not supply. */
export function fillPath(template: string, operationId: string, params: Record<string, string> = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(
        `${operationId} needs pathParams.${name}: pass an id that exists at run time, e.g. { pathParams: { ${name}: created.sessionId } }`,
      );
    }
    return encodeURIComponent(value);
  });
}

/** The JSON body of a value, serialized as it will be sent. */
export function jsonBody(value: unknown): RequestBody {
  return { kind: 'json', text: JSON.stringify(value), value };
}

/** A file part with a filename, as the device or a with-verify create sends it. */
export function filePart(name: string, data: Uint8Array = FAKE_JPEG): MultipartPart {
  const image = name === 'VerifyImage';
  return {
    name,
    filename: image ? 'verify.jpg' : 'content.bin',
    contentType: image ? 'image/jpeg' : 'application/octet-stream',
    data,
  };
}

/** The `Parameters` part: the JSON text of a create body. */
export function jsonPart(name: string, text: string): MultipartPart {
  return { name, contentType: 'application/json', data: text };
}

/** The encoded query string of a request (without `?`); empty when it has no query. */
export function queryString(request: Pick<RequestCase, 'query'>): string {
  return new URLSearchParams(request.query).toString();
}

/** The full URL of a request against an endpoint (`{endpoint}/face/{version}{path}?{query}`). */
export function requestUrl(endpoint: string, request: RequestCase): string {
  const query = queryString(request);
  return `${endpoint.replace(/\/+$/, '')}/face/${request.version}${request.path}${query ? `?${query}` : ''}`;
}
