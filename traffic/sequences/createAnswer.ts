import { hasCapability } from '../../schemas';
import { createdValuesPersisted } from '../../checks';
import { jsonObject, parseJsonBounded } from '../../wire';
import type { TrafficChecks } from '../checks';
import type { Step } from './timeline';

/**
 * On recorded traffic, a JSON create that sent `expectedClientIpAddress` (where the version has that
 * capability) shows it in its own answer; the reads after it are judged with the other created values
 * (sequences/attempts.ts).
 */
export function checkCreateAnswers(rec: TrafficChecks, steps: Step[]): void {
  for (const s of steps) {
    if (s.role !== 'create' || s.inference.intent.kind !== 'positive') continue;
    if (!hasCapability(s.m.version, 'expectedClientIp') || s.r.exchange.response.status !== 200) continue;
    const fields = jsonObject(safeParse(s.r.requestText)) ?? {};
    if (typeof fields.expectedClientIpAddress !== 'string') continue;
    const session = jsonObject(s.r.exchange.response.json);
    const answer = { fields, created: session ?? {}, status: 200, session };
    rec.run(createdValuesPersisted, s.m.op.id, answer, s.r.exchange);
  }
}

/** A JSON request body, or undefined (a multipart create sends no expectedClientIpAddress). */
function safeParse(text: string | undefined): unknown {
  const parsed = text === undefined ? undefined : parseJsonBounded(text);
  return parsed?.ok ? parsed.value : undefined;
}
