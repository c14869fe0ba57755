import {
  deviceCallAppendsAttempt,
  sessionAttempts,
  sessionImageIsImage,
  attemptNamesSessionImage,
  statusFollowsAttempts,
  attemptVerifyImageHashMatches,
} from '../../checks';
import type { CreatedSession, SessionCalls } from '../sessionCalls';
import { CREATE_VERIFY_IMAGE } from '../sessionCalls';
import { jsonObject } from '../../wire';
import type { Runtime } from '../runtime';
import { checkExchange } from '../checkExchange';
import { runCheck, unmetReason } from '../evaluate';
import type { OutcomeSink } from '../outcome';
import { skipped } from '../outcome';

const DEVICE_CHECKS = [
  deviceCallAppendsAttempt,
  statusFollowsAttempts,
  attemptNamesSessionImage,
  sessionImageIsImage,
  attemptVerifyImageHashMatches,
];

/** Requests of one observed device call at most: the session read before, the call, the read after, the image it names. */
export const ATTEMPT_CALL_REQUESTS = 4;

/**
 * One simulated v1.2 device call, judged by the session read before and after it (CONTRACT.md §5): one
 * attempt appended with the next id, the status past NotStarted, the session image stored and readable when
 * asked for, the verify image hash when asked for. `content` is the call's frames (`deviceContent`: what
 * they show decides the attempt's result in a simulated model). Outcomes go to `out`; returns whether the
 * call was accepted (the model counts the attempt) and the id of the session image it read (the model keeps it,
 * so a later delete of another session can read it again).
 */
export async function observeGaDeviceCall(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  session: CreatedSession,
  content: Buffer,
): Promise<{ accepted: boolean; imageId?: string }> {
  const unmet = unmetReason(rt, deviceCallAppendsAttempt);
  if (unmet) {
    out.record(skipped(DEVICE_CHECKS, api.id(session.family, 'device'), unmet));
    return { accepted: false };
  }
  const before = await api.get(session.family, session.id);
  out.record(checkExchange(rt, before, { kind: 'positive' }));
  const call = await api.device(session, { content });
  out.record(checkExchange(rt, call, { kind: 'positive' }));
  const got = await api.get(session.family, session.id);
  out.record(checkExchange(rt, got, { kind: 'positive' }));
  const after = jsonObject(got.response.json);
  const observation = { before: jsonObject(before.response.json), deviceStatus: call.response.status, after };
  out.record(runCheck(rt, deviceCallAppendsAttempt, api.id(session.family, 'device'), observation, got));
  out.record(runCheck(rt, statusFollowsAttempts, api.id(session.family, 'get'), { session: after }, got));
  out.record(
    runCheck(
      rt,
      attemptNamesSessionImage,
      api.id(session.family, 'device'),
      { fields: session.fields, session: after },
      got,
    ),
  );
  if (session.family === 'livenessWithVerify') {
    const asked = session.fields.returnVerifyImageHash === true;
    const hashed = { verifyImage: CREATE_VERIFY_IMAGE, session: after, asked };
    out.record(runCheck(rt, attemptVerifyImageHashMatches, api.id(session.family, 'device'), hashed, got));
  }
  const imageId = await readNewestImage(api, rt, out, after);
  return { accepted: call.response.status >= 200 && call.response.status < 300, imageId };
}

/**
 * Reads the session image the newest attempt names (if any) and checks it is readable and an image; returns
 * its id when it was read (200).
 */
async function readNewestImage(
  api: SessionCalls,
  rt: Runtime,
  out: OutcomeSink,
  session: Record<string, unknown> | undefined,
): Promise<string | undefined> {
  const attempts = sessionAttempts(session) ?? [];
  const newest = [...attempts].sort((a, b) => Number(b.attemptId) - Number(a.attemptId))[0];
  const id = (newest?.result as { sessionImageId?: unknown } | undefined)?.sessionImageId;
  if (typeof id !== 'string' || id === '') return undefined;
  const image = await api.sessionImage(id);
  out.record(checkExchange(rt, image, { kind: 'positive' }));
  const { status, raw, headers } = image.response;
  const observed = { status, body: raw, contentType: headers['content-type'] };
  out.record(runCheck(rt, sessionImageIsImage, image.request.operationId, observed, image));
  return status === 200 ? id : undefined;
}
