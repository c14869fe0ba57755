/**
 * What the simulated device calls of both designs share (our protocol: CONTRACT.md §1 and §5): a
 * multipart/form-data body with a part `Content`, the decision the simulated model reaches from its frames,
 * and the SHA-256 the answers carry. mock/handlers/device.ts (previews) and mock/attempts/device.ts (v1.2 and
 * later) build their answers on it.
 */
import { createHash } from 'node:crypto';
import type { HandlerContext } from './context';
import type { FaultName, FaultSet } from './faults';
import { HttpError, badArgument } from './http';
import type { Part } from './multipart';
import { parseMultipart } from './multipart';

/** The SHA-256 of some bytes, lower-case hex. */
export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The device call's parts: multipart/form-data (else 415) holding a part `Content` (else 400). */
export async function deviceParts(ctx: HandlerContext): Promise<{ parts: Map<string, Part>; content: Part }> {
  if (ctx.media !== 'multipart/form-data') {
    throw new HttpError(415, 'BadArgument', `Content-Type "${ctx.media || '(none)'}": send multipart/form-data`);
  }
  const parts = await parseMultipart(ctx.req.headers, ctx.body);
  const content = parts.get('Content');
  if (!content) throw badArgument('multipart body: part "Content" is missing');
  return { parts, content };
}

/**
 * The decision the simulated model reaches from the frames' text, so a test can ask for each one.
 * `spoofFault` is the design's planted fault that answers a spoof with a value outside the enum.
 */
export function simulatedDecision(content: Buffer, faults: FaultSet, spoofFault: FaultName): string {
  const text = content.subarray(0, 256).toString('latin1').toLowerCase();
  // One statement a line: a mutant of a decision and one of the word that leads to it are told apart.
  if (text.includes('spoof')) {
    return faults.has(spoofFault) ? 'spoof' : 'spoofface';
  }
  if (text.includes('uncertain')) {
    return 'uncertain';
  }
  return 'realface';
}
