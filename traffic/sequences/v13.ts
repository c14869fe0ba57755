import { hasCapability } from '../../schemas';
import { v13CreatedValuesPersisted } from '../../checks';
import { parseJsonBounded } from '../../wire';
import type { TrafficChecks } from '../checks';
import type { Step } from './timeline';
import { later, sessionOf } from './timeline';

type Json = Record<string, unknown> | undefined;
const json = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * v1.3-preview.1 on recorded traffic: a JSON create that sent `expectedClientIpAddress` shows it in its
 * answer and in every later read of that session in the recording.
 */
export function checkV13Sequences(rec: TrafficChecks, steps: Step[]): void {
  for (const s of steps) {
    if (
      !hasCapability(s.m.version, 'expectedClientIp') ||
      s.role !== 'create' ||
      s.inference.intent.kind !== 'positive'
    )
      continue;
    if (s.r.exchange.response.status !== 200) continue;
    const sent = json(safeParse(s.r.requestText)) ?? {};
    rec.run(
      v13CreatedValuesPersisted,
      s.m.op.id,
      { sent, session: json(s.r.exchange.response.json), where: 'create' },
      s.r.exchange,
    );
    const id = sessionOf(s);
    for (const get of id === undefined
      ? []
      : later(steps, s, 'get', id).filter((g) => g.r.exchange.response.status === 200)) {
      const read = { sent, session: json(get.r.exchange.response.json), where: 'read' as const };
      rec.run(v13CreatedValuesPersisted, get.m.op.id, read, get.r.exchange);
    }
  }
}

/** A JSON request body, or undefined (a multipart create sends no expectedClientIpAddress). */
function safeParse(text: string | undefined): unknown {
  const parsed = text === undefined ? undefined : parseJsonBounded(text);
  return parsed?.ok ? parsed.value : undefined;
}
