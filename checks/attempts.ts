/**
 * The v1.2 (GA) rules of a session's life after create: attempts appended by device calls, the status
 * beside them, the session image and the verify image hash. Written against the v1.2 definitions (the
 * swagger excerpt in ../shared/reference/v1.2 and CONTRACT.md §5), for every version of the GA family.
 */
import { createHash } from 'node:crypto';
import { filetypeinfo } from 'magic-bytes.js';
import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

const SWAGGER = 'v1.2 swagger (reference/v1.2/Face.liveness-excerpt.json)';
type Session = Record<string, unknown> | undefined;
type Attempt = Record<string, unknown>;

/** The attempts of a session as read, or undefined when it has no attempt list. */
export function sessionAttempts(session: Session): Attempt[] | undefined {
  const attempts = (session?.results as { attempts?: unknown } | undefined)?.attempts;
  return Array.isArray(attempts) ? attempts.filter((a): a is Attempt => !!a && typeof a === 'object') : undefined;
}

const idOf = (a: Attempt): unknown => a.attemptId;

/** What a device call did to a session: the session read before it, its status, and the session read after. */
export interface DeviceCallObservation {
  before: Session;
  deviceStatus: number;
  after: Session;
}

/**
 * §5: a device call appends one attempt. The attempts read before it are still there (same ids), and one
 * new attempt has the next id (1 for the first). A call the server refused (4xx, e.g. a 4th attempt, which
 * v1.2 leaves open: reference README item 14) appends nothing and is not judged here.
 */
export const deviceCallAppendsAttempt = defineCheck<DeviceCallObservation>({
  name: 'deviceCallAppendsAttempt',
  requires: ['attempts'],
  title: 'Each device call appends one attempt with the next attemptId; earlier attempts stay',
  rule: 'CONTRACT.md §5: the simulated device call "appends one attempt (attemptId from 1)"; v1.2 swagger attemptId: "The attempt ID, start from 1."',
  source: `CONTRACT.md §5; ${SWAGGER} LivenessSessionAttempt.attemptId`,
  needs: ['write', 'deviceSimulation'],
  applies: ({ deviceStatus }) => deviceStatus >= 200 && deviceStatus < 300,
  evaluate: ({ before, after }) => {
    const old = sessionAttempts(before) ?? [];
    const now = sessionAttempts(after);
    if (!now)
      return [
        {
          message: 'no attempt list after a device call',
          pointer: '/results/attempts',
          expected: 'an array',
          received: show(now),
        },
      ];
    const findings: Finding[] = [];
    const nowIds = now.map(idOf);
    const lost = old.map(idOf).filter((id) => !nowIds.includes(id));
    if (lost.length > 0) {
      findings.push({
        message: 'an earlier attempt is gone after a device call',
        pointer: '/results/attempts',
        expected: `still there: ${show(lost)}`,
        received: show(nowIds),
      });
    }
    const added = now.filter((a) => !old.some((o) => idOf(o) === idOf(a)));
    const numeric = old.map(idOf).filter((id): id is number => typeof id === 'number');
    const next = numeric.length > 0 ? Math.max(...numeric) + 1 : 1;
    if (added.length !== 1 || idOf(added[0]) !== next) {
      findings.push({
        message: 'the device call did not append exactly one attempt with the next id',
        pointer: '/results/attempts',
        expected: `one new attempt, attemptId ${next}`,
        received: `new attempt ids ${show(added.map(idOf))} (before: ${show(old.map(idOf))})`,
      });
    }
    return findings;
  },
});

/**
 * A session with an attempt is no longer `NotStarted` (reference README item 1: the examples' `NotStarted`
 * beside a finished attempt is the documentation's defect; the service answers the attempt's status).
 * Which status it shows (Running, Succeeded, …) is not documented: any other value of the enum passes.
 */
export const statusFollowsAttempts = defineCheck<{ session: Session }>({
  name: 'statusFollowsAttempts',
  requires: ['attempts'],
  title: 'A session with an attempt no longer says NotStarted',
  rule: 'v1.2 swagger OperationState "NotStarted: The operation has not started."; reference README item 1: a session whose attempt succeeded and that still says NotStarted is wrong',
  source: `${SWAGGER} Azure.Core.Foundations.OperationState; reference/README.md item 1`,
  needs: ['write', 'deviceSimulation'],
  applies: ({ session }) => (sessionAttempts(session)?.length ?? 0) > 0,
  evaluate: ({ session }) =>
    session?.status === 'NotStarted'
      ? [
          {
            message: 'the session has an attempt but still says NotStarted',
            pointer: '/status',
            expected: 'not "NotStarted" (e.g. the newest attempt\'s status)',
            received: show(session.status),
          },
        ]
      : [],
});

/** The attempts that carry a result (an attempt has a result or an error). */
const results = (session: Session): [number, Record<string, unknown>][] =>
  (sessionAttempts(session) ?? [])
    .map((a, i): [number, unknown] => [i, a.result])
    .filter((x): x is [number, Record<string, unknown>] => !!x[1] && typeof x[1] === 'object');

/** A member a result leaves out or sets to null. */
const absent = (value: unknown): boolean => value === undefined || value === null;

/**
 * enableSessionImage: true stores the image of each attempt: its result names the image (`sessionImageId`);
 * without it ("whether or not store the session image", default not), no result names one.
 */
export const attemptNamesSessionImage = defineCheck<{ fields: Record<string, unknown>; session: Session }>({
  name: 'attemptNamesSessionImage',
  requires: ['attempts', 'sessionImages'],
  title: 'enableSessionImage: each attempt result names its stored session image, or none when not asked',
  rule: 'v1.2 swagger CreateLivenessSessionContent.enableSessionImage "Whether or not store the session image."; LivenessResult.sessionImageId "The image ID of the session request."',
  source: `${SWAGGER} CreateLivenessSessionContent.enableSessionImage, LivenessResult.sessionImageId`,
  needs: ['write', 'deviceSimulation'],
  applies: ({ session }) => results(session).length > 0,
  evaluate: ({ fields, session }) => {
    const asked = fields.enableSessionImage === true;
    return results(session)
      .filter(([, r]) =>
        asked ? typeof r.sessionImageId !== 'string' || r.sessionImageId === '' : !absent(r.sessionImageId),
      )
      .map(([i, r]) => ({
        message: asked
          ? 'enableSessionImage was true, but the attempt names no session image'
          : 'the attempt names a session image, but the session did not ask for one',
        pointer: `/results/attempts/${i}/result/sessionImageId`,
        expected: asked ? 'a sessionImageId' : 'absent',
        received: show(r.sessionImageId),
      }));
  },
});

/** What Get Session Image answered for an id an attempt named. */
export interface SessionImageObservation {
  status: number;
  body: Uint8Array | undefined;
  /** The answer's Content-Type (undefined: absent): an `image/*` type vouches for bytes no signature names. */
  contentType: string | undefined;
}

/** The Content-Types a session image may carry: the definition's `produces`, or a more precise image type. */
const IMAGE_CONTENT_TYPE = /^(application\/octet-stream|image\/[\w.+-]+)\s*(;|$)/i;

/**
 * Get Session Image answers 200 with the image: bytes of an image format (JPEG as the service sends, PNG,
 * …, sniffed by magic-bytes.js), or bytes it declares `image/*`, labelled as the definition produces
 * (`application/octet-stream`, which the real service sends) or with an image type (a more precise label the
 * suite accepts). The same rule in every version with attempts and session images (v1.2 swagger, v1.3
 * swagger GetSessionImage).
 */
export const sessionImageIsImage = defineCheck<SessionImageObservation>({
  name: 'sessionImageIsImage',
  requires: ['attempts', 'sessionImages'],
  title: 'The session image an attempt names can be read, and is an image',
  rule: 'v1.2 and v1.3 swagger GetSessionImage: "Get session image stored during the liveness session." 200 {type: file}, produces application/octet-stream',
  source: `${SWAGGER} /sessionImages/{sessionImageId} get (v1.3-preview.1 the same)`,
  needs: ['write', 'deviceSimulation'],
  evaluate: ({ status, body, contentType }) => {
    if (status !== 200) {
      return [
        {
          message: 'the session image an attempt named is not readable',
          pointer: '/status',
          expected: '200',
          received: String(status),
        },
      ];
    }
    const findings: Finding[] = [];
    if (!IMAGE_CONTENT_TYPE.test(contentType ?? ''))
      findings.push({
        message: 'the session image is not labelled as the definition produces',
        pointer: '/headers/content-type',
        expected: 'Content-Type application/octet-stream (or an image type)',
        received: contentType ?? 'absent',
      });
    const types = filetypeinfo(body ?? new Uint8Array());
    return types.some((t) => t.mime?.startsWith('image/')) || /^image\//i.test(contentType ?? '')
      ? findings
      : [
          ...findings,
          {
            message: 'the session image is not an image',
            pointer: '/body',
            expected: 'the bytes of an image (JPEG, PNG, …)',
            received: `${body?.length ?? 0} bytes${types[0] ? ` of ${types[0].typename}` : ''}: ${show(
              Buffer.from(body ?? [])
                .subarray(0, 16)
                .toString('hex'),
            )}`,
          },
        ];
  },
});

/** The SHA-256 of the verify image, as hex or base64 (the swagger names the hash, not its text form). */
function hashForms(image: Uint8Array): string[] {
  const digest = createHash('sha256').update(image).digest();
  return [digest.toString('hex'), digest.toString('base64')];
}

/**
 * returnVerifyImageHash: true returns, in each with-verify result, the SHA-256 of the verify image sent;
 * without it ("whether or not return the verify image hash"), no result carries one.
 */
export const attemptVerifyImageHashMatches = defineCheck<{ verifyImage: Uint8Array; session: Session; asked: boolean }>(
  {
    name: 'attemptVerifyImageHashMatches',
    requires: ['attempts'],
    title: 'returnVerifyImageHash: each result carries the SHA-256 of the verify image sent, or none when not asked',
    rule: 'v1.2 swagger returnVerifyImageHash "Whether or not return the verify image hash."; LivenessWithVerifyResult.verifyImageHash "The sha256 hash of the verify-image in the request."',
    source: `${SWAGGER} CreateLivenessWithVerifySession returnVerifyImageHash, LivenessWithVerifyResult.verifyImageHash`,
    needs: ['write', 'deviceSimulation'],
    applies: ({ session }) => results(session).length > 0,
    evaluate: ({ verifyImage, session, asked }) => {
      if (!asked) {
        return results(session)
          .filter(([, r]) => !absent(r.verifyImageHash))
          .map(([i, r]) => ({
            message: 'a verifyImageHash the session did not ask for',
            pointer: `/results/attempts/${i}/result/verifyImageHash`,
            expected: 'absent',
            received: show(r.verifyImageHash),
          }));
      }
      const forms = hashForms(verifyImage);
      return results(session)
        .filter(([, r]) => typeof r.verifyImageHash !== 'string' || !forms.includes(hexOrBase64(r.verifyImageHash)))
        .map(([i, r]) => ({
          message: 'verifyImageHash is not the SHA-256 of the verify image sent',
          pointer: `/results/attempts/${i}/result/verifyImageHash`,
          expected: `${forms[0]} (hex, any case, or base64)`,
          received: show(r.verifyImageHash),
        }));
    },
  },
);

/** Hex compared in lower case; anything else as it is (base64 is case-sensitive). */
const hexOrBase64 = (value: string): string => (/^[0-9a-fA-F]{64}$/.test(value) ? value.toLowerCase() : value);

/** The default TTL of v1.2: a session created without one stops authorizing its device after 600 s. */
export const tokenExpiresAfterDefaultTtl = defineCheck<{ status: number; waitedMs: number }>({
  name: 'tokenExpiresAfterDefaultTtl',
  requires: ['attempts'],
  title: "Without a TTL, a whole session's token stops working after 600 s",
  rule: 'v1.2 swagger authTokenTimeToLiveInSeconds "Default value is 600."; create: "A token lifetime of 10 minutes."',
  source: `${SWAGGER} CreateLivenessSessionContent.authTokenTimeToLiveInSeconds, /detectLiveness-sessions post`,
  needs: ['deviceSimulation', 'expiry', 'write'],
  evaluate: ({ status, waitedMs }) =>
    status === 401
      ? []
      : [
          {
            message: 'the token of a session created without a TTL still works after the default TTL',
            pointer: '/status',
            expected: `401 after ${Math.round(waitedMs / 1000)} s (default TTL 600 s)`,
            received: String(status),
          },
        ],
});
