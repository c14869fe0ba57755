import type { IncomingMessage } from 'node:http';
import { flatFieldValue, registry } from '../../schemas';
import { parseMultipart } from '../multipart';
import type { RouteMatch } from '../router';
import type { Framing, WidestRequest } from './exchange';

function json(text: string): { value?: unknown; malformed: boolean } {
  try {
    return { value: JSON.parse(text) as unknown, malformed: false };
  } catch {
    return { value: undefined, malformed: true };
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The flat text parts of a multipart body as values of the definition's property types. */
function flatValues(match: RouteMatch, parts: Map<string, { bytes: Buffer; filename?: string }>) {
  const definition = match.op.body?.definition ?? '';
  const properties = (registry().schema(match.version, definition).properties ?? {}) as Record<
    string,
    { type?: unknown }
  >;
  const value: Record<string, unknown> = {};
  for (const [name, part] of parts) {
    if (part.filename === undefined) value[name] = flatFieldValue(properties[name]?.type, part.bytes.toString('utf8'));
  }
  return value;
}

/** How the request breaks its operation's documented framing, if it does. */
function framingOf(match: RouteMatch, media: string, body: Buffer, parts?: Map<string, unknown>): Framing | undefined {
  const spec = match.op.body;
  if (!spec) return undefined;
  if (media !== spec.contentType) return 'wrong-content-type';
  if (body.length === 0) return 'missing-body';
  if (parts && spec.parts?.some((p) => p.required && p.file && !parts.has(p.name))) return 'missing-part';
  return undefined;
}

/** Reads what the widest layer needs of a request: its fields in any body form, its framing, its JSON. */
export async function readRequest(
  req: IncomingMessage,
  match: RouteMatch,
  media: string,
  body: Buffer,
): Promise<WidestRequest> {
  const read: WidestRequest = { match, media, headers: req.headers, body, malformedJson: false, valuesRead: false };
  const spec = match.op.body;
  if (spec && media === 'application/json' && spec.contentType === media && body.length > 0) {
    const { value, malformed } = json(body.toString('utf8'));
    read.malformedJson = malformed;
    read.valuesRead = !malformed;
    if (isObject(value)) read.fields = value;
  } else if (spec && media === 'multipart/form-data' && spec.contentType === media) {
    read.parts = await parseMultipart(req.headers, body).catch(() => undefined);
    const parameters = read.parts?.get('Parameters');
    if (parameters) {
      const { value, malformed } = json(parameters.bytes.toString('utf8'));
      read.malformedJson = malformed;
      read.valuesRead = !malformed;
      if (isObject(value)) read.fields = value;
    } else if (read.parts && spec.flat) {
      read.fields = flatValues(match, read.parts);
      read.valuesRead = true;
    }
  }
  read.framing = framingOf(match, media, body, read.parts);
  return read;
}
