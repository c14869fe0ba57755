import { isIP } from 'node:net';
import { filetypeinfo } from 'magic-bytes.js';
import { registry } from '../../schemas';
import { HttpError } from '../http';
import type { RequestTake, WidestRequest } from './exchange';

/*
 * The request takes of the widest server. A take never tests the version: the layer applies it only in the
 * versions its liberty names (schemas/liberties, read from the capabilities; `Widest` in ./index.ts), so a
 * version based on another has its base's liberties.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const refuse = (code: string, message: string): never => {
  throw new HttpError(400, code, message);
};
const isCreate = (req: WidestRequest): boolean => ['create', 'createWithVerifyImage'].includes(req.match.op.role);
const createWithFields = (req: WidestRequest): boolean => isCreate(req) && !!req.fields;

/** An IPv4 or IPv6 address, or a CIDR block of one. */
export function isAddressOrCidr(text: string): boolean {
  const [address, prefix, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** Liberty user-correlation-id-guid: a userCorrelationId that is not a GUID is refused. */
export const guidUserCorrelationId: RequestTake = (req) => {
  const id = req.fields?.userCorrelationId;
  if (createWithFields(req) && typeof id === 'string' && !GUID.test(id))
    refuse('InvalidRequestBody', 'userCorrelationId must be a GUID ("Unique Guid per each end-user")');
};

/** Liberty expected-client-ip-address-format: an expectedClientIpAddress that is no address or CIDR block is refused. */
export const addressOrCidr: RequestTake = (req) => {
  const ip = req.fields?.expectedClientIpAddress;
  if (createWithFields(req) && typeof ip === 'string' && !isAddressOrCidr(ip))
    refuse('InvalidRequestBody', 'expectedClientIpAddress must be an IP address or a CIDR block');
};

/** Liberty verify-image-is-image: a verify image with no image signature is refused. */
export const imageBytesOnly: RequestTake = (req) => {
  const image = req.parts?.get('verifyImage') ?? req.parts?.get('VerifyImage');
  if (!isCreate(req) || !image || image.bytes.length === 0) return;
  if (!filetypeinfo(image.bytes).some((t) => t.mime?.startsWith('image/')))
    refuse('InvalidImage', 'the verify image is not an image (no known image signature)');
};

/** A conflict side taken at random: refuse a create whose fields hold `broken`, half of the time. */
function refuseAtRandom(applies: (req: WidestRequest) => boolean, code: string, message: string): RequestTake {
  return (req, env) => {
    if (isCreate(req) && req.fields && applies(req) && env.random() < 0.5) refuse(code, message);
  };
}

const set = (v: unknown): boolean => v !== undefined && v !== null;

/** Whether the operation's body definition has the member (v1.3's form-data create has no userCorrelationId). */
function defines(req: WidestRequest, name: string): boolean {
  const definition = req.match.op.body?.definition;
  if (!definition) return false;
  return name in ((registry().schema(req.match.version, definition).properties ?? {}) as Record<string, unknown>);
}

/** Liberty device-id-with-set-in-client-either. */
export const deviceIdWithSetInClient = refuseAtRandom(
  (r) => r.fields?.deviceCorrelationIdSetInClient === true && set(r.fields.deviceCorrelationId),
  'InvalidDeviceCorrelationId',
  'deviceCorrelationId must be null when deviceCorrelationIdSetInClient is true',
);

/** Liberty user-id-with-set-in-client-either. */
export const userIdWithSetInClient = refuseAtRandom(
  (r) => r.fields?.userCorrelationIdSetInClient === true && set(r.fields.userCorrelationId),
  'InvalidRequestBody',
  'userCorrelationId must be null when userCorrelationIdSetInClient is true',
);

/** Liberty user-id-missing-either. */
export const userIdMissing = refuseAtRandom(
  (r) =>
    defines(r, 'userCorrelationId') &&
    r.fields?.userCorrelationIdSetInClient !== true &&
    !set(r.fields?.userCorrelationId),
  'InvalidRequestBody',
  'userCorrelationId must be set unless userCorrelationIdSetInClient is true',
);

const attempts = (r: WidestRequest): unknown => r.fields?.numberOfClientAttemptsAllowed;

/** Liberty attempts-allowed-zero-either. */
export const attemptsBelowOne = refuseAtRandom(
  (r) => typeof attempts(r) === 'number' && (attempts(r) as number) < 1,
  'InvalidRequestBody',
  'numberOfClientAttemptsAllowed must be 1..3',
);

/** Liberty attempts-allowed-four-json-either. */
export const attemptsAboveThreeJson = refuseAtRandom(
  (r) => r.media === 'application/json' && typeof attempts(r) === 'number' && (attempts(r) as number) > 3,
  'InvalidRequestBody',
  'numberOfClientAttemptsAllowed must be 1..3',
);

/** Liberty flat-patch-settings-either: a flat {enabled} accepted half of the time, as the swagger's shape. */
export const flatSettings: RequestTake = (req, env) => {
  const f = req.fields;
  if (req.match.op.role !== 'patchSettings' || !f || !('enabled' in f) || 'livenessAbuseMonitoring' in f) return;
  if (env.random() < 0.5) return;
  const { enabled, ...rest } = f;
  return Buffer.from(JSON.stringify({ ...rest, livenessAbuseMonitoring: { enabled } }));
};

/** Liberty undocumented-request-variants: a JSON create's unknown and null members ignored, half of the time. */
export const ignoreUnknownAndNull: RequestTake = (req, env) => {
  const f = req.fields;
  const definition = req.match.op.body?.definition;
  if (!isCreate(req) || req.media !== 'application/json' || !f || !definition) return;
  const properties = (registry().schema(req.match.version, definition).properties ?? {}) as Record<string, unknown>;
  const nullable = new Set(['deviceCorrelationId', 'userCorrelationId']);
  const kept = Object.entries(f).filter(([k, v]) => k in properties && (v !== null || nullable.has(k)));
  if (kept.length === Object.keys(f).length || env.random() < 0.5) return;
  return Buffer.from(JSON.stringify(Object.fromEntries(kept)));
};
