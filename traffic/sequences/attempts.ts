import { designOf } from '../../schemas';
import {
  attemptsNumberedFromOne,
  createReturnsWholeSession,
  createdValuesPersisted,
  sessionImageIsImage,
  attemptNamesSessionImage,
  statusFollowsAttempts,
} from '../../checks';
import { jsonObject, parseJsonBounded } from '../../wire';
import type { TrafficChecks } from '../checks';
import { multipartParts } from '../multipart';
import type { Step } from './timeline';
import { later, sessionOf } from './timeline';

type Json = Record<string, unknown> | undefined;
const json = (s: Step): Json => jsonObject(s.r.exchange.response.json);

/** The fields of a v1.2 create: its JSON body, or its flat multipart text parts (values as sent, as text). */
function createFields(create: Step): Record<string, unknown> {
  const text = create.r.requestText ?? '';
  const type = create.r.requestHeaders['content-type'] ?? '';
  if (type.startsWith('multipart/')) {
    const parts = multipartParts(text, type) ?? [];
    return Object.fromEntries(parts.filter((p) => p.name !== 'verifyImage').map((p) => [p.name, p.text]));
  }
  const parsed = parseJsonBounded(text);
  return parsed.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as Record<string, unknown>) : {};
}

/**
 * CONTRACT.md §5 on recorded v1.2 traffic: a create answers the whole new session; every read numbers
 * its attempts 1..n (in any order) and says NotStarted only without one; a read after a create of the
 * recording shows that session, with the token create returned (or "", as the real service answers), the
 * model asked for when shown, and a session image for each attempt when asked for; a session image read is
 * an image.
 */
export function checkAttemptSequences(rec: TrafficChecks, steps: Step[]): void {
  for (const s of steps) {
    if (designOf(s.m.version) !== 'ga' || s.inference.intent.kind !== 'positive') continue;
    const status = s.r.exchange.response.status;
    if (s.role === 'create') {
      rec.run(createReturnsWholeSession, s.m.op.id, { status, session: json(s) }, s.r.exchange);
      const created = json(s);
      const id = sessionOf(s);
      for (const get of id === undefined ? [] : later(steps, s, 'get', id)) {
        const got = json(get);
        if (get.r.exchange.response.status !== 200 || !created) continue;
        const readBack = { status: 200, session: got, created, fields: createFields(s) };
        rec.run(createdValuesPersisted, get.m.op.id, readBack, get.r.exchange);
        // A multipart create sends its booleans as text.
        const fields = createFields(s);
        const enableSessionImage = fields.enableSessionImage === true || fields.enableSessionImage === 'true';
        rec.run(
          attemptNamesSessionImage,
          get.m.op.id,
          { fields: { enableSessionImage }, session: got },
          get.r.exchange,
        );
      }
    }
    if (s.m.op.role === 'sessionImage' && status === 200) {
      const { raw, headers } = s.r.exchange.response;
      const image = { status, body: raw, contentType: headers['content-type'] };
      rec.run(sessionImageIsImage, s.m.op.id, image, s.r.exchange);
    }
    if (s.role === 'get' && status === 200) {
      const attempts = (json(s)?.results as { attempts?: unknown } | undefined)?.attempts;
      const calls = Array.isArray(attempts) ? attempts.length : 0;
      rec.run(attemptsNumberedFromOne, s.m.op.id, { status, session: json(s), calls }, s.r.exchange);
      rec.run(statusFollowsAttempts, s.m.op.id, { session: json(s) }, s.r.exchange);
    }
  }
}
