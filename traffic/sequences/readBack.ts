import { hasCapability } from '../../schemas';
import { createdValuesPersisted } from '../../checks';
import { jsonObject, parseJsonBounded } from '../../wire';
import type { TrafficChecks } from '../checks';
import { multipartParts } from '../multipart';
import type { Step } from './timeline';
import { later, sessionOf } from './timeline';

type Json = Record<string, unknown>;

/** What a preview create sent: its JSON body, or the JSON of its multipart `Parameters` part. */
function createBody(create: Step): Json | undefined {
  const text = create.r.requestText ?? '';
  const type = create.r.requestHeaders['content-type'] ?? '';
  const json = type.startsWith('multipart/')
    ? multipartParts(text, type)?.find((p) => p.name === 'Parameters')?.text
    : text;
  const parsed = json === undefined ? undefined : parseJsonBounded(json);
  return parsed?.ok ? jsonObject(parsed.value) : undefined;
}

/** A read's session without the members a recorder replaced (`"Sanitized"`): those say nothing. */
function unsanitized(step: Step, session: Json, at = ''): Json {
  const out = { ...session };
  for (const pointer of step.r.sanitized) {
    const name = at === '' ? pointer.slice(1) : pointer.startsWith(`${at}/`) ? pointer.slice(at.length + 1) : '';
    if (name && !name.includes('/')) delete out[name];
  }
  return out;
}

/**
 * Preview sessions read back as created (rule 3) on recorded traffic: every later read of a session the
 * recording created (Get Session Result, and the list items showing it) holds the TTL the create sent (600
 * when it sent none) and the deviceCorrelationId it sent. Sessions with attempts (v1.2,
 * v1.3-preview.1) are compared with their creates in sequences/attempts.ts and createAnswer.ts.
 */
export function checkReadBack(rec: TrafficChecks, steps: Step[]): void {
  for (const s of steps) {
    if (!hasCapability(s.m.version, 'sessionResult') || s.role !== 'create' || s.inference.intent.kind !== 'positive')
      continue;
    const id = sessionOf(s);
    const body = s.r.exchange.response.status === 200 ? createBody(s) : undefined;
    if (id === undefined || !body) continue;
    for (const get of later(steps, s, 'get', id)) {
      const session = jsonObject(get.r.exchange.response.json);
      if (get.r.exchange.response.status !== 200 || !session || get.inference.intent.kind !== 'positive') continue;
      const input = { fields: body, created: { sessionId: id }, status: 200, session: unsanitized(get, session) };
      rec.run(createdValuesPersisted, get.m.op.id, input, get.r.exchange);
    }
    for (const list of later(steps, s, 'list')) {
      const items = list.r.exchange.response.json;
      if (list.r.exchange.response.status !== 200 || !Array.isArray(items)) continue;
      const index = items.findIndex((i) => jsonObject(i)?.id === id);
      if (index < 0) continue;
      const session = unsanitized(list, jsonObject(items[index])!, `/${index}`);
      const input = { fields: body, created: { sessionId: id }, status: 200, session };
      rec.run(createdValuesPersisted, list.m.op.id, input, list.r.exchange);
    }
  }
}
