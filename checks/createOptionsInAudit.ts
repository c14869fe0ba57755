/**
 * The create options a device call shows the effect of (seed 003's request body): the session image stored,
 * the verify image's hash returned, the liveness model used. Run only for a version that has them (capability
 * `sessionImages`); each compares the appended audit entry (and the device's answer) with the create.
 */
import type { DeviceObservation } from './device';
import { appendedEntry } from './device';
import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

const NEEDS = ['deviceSimulation' as const, 'write' as const];
const asked = (o: DeviceObservation, field: string): unknown => o.createBody?.[field];
const absent = (v: unknown): boolean => v === undefined || v === null;

/** seed003.create.sessionImage: with enableSessionImage the entry names a stored image; without, none. */
export const sessionImageStored = defineCheck<DeviceObservation>({
  name: 'sessionImageStored',
  requires: ['sessionImages', 'auditTrail'],
  title: 'enableSessionImage: the session image is stored, or not',
  rule: 'seed003.create.sessionImage: enableSessionImage says whether the session image is stored (the audit entry names it by sessionImageId)',
  source:
    'seed 003 (sv) enableSessionImage: "Om sessionsbilden ska lagras eller inte."; v1.2-preview.1 LivenessSessionAuditEntry.sessionImageId',
  needs: NEEDS,
  evaluate: (o) => {
    const e = appendedEntry(o);
    if (!e) return [];
    const stored = asked(o, 'enableSessionImage') === true;
    const id = e.sessionImageId;
    if (stored ? typeof id === 'string' && id !== '' : absent(id)) return [];
    return [
      {
        message: stored
          ? 'no sessionImageId with enableSessionImage: true'
          : 'a session image stored without enableSessionImage',
        pointer: '/sessionImageId',
        expected: stored ? 'the stored image id' : 'absent',
        received: show(id),
      },
    ];
  },
});

/** seed003.create.verifyImageHash: with returnVerifyImageHash the entry carries the verify image's SHA-256. */
export const verifyImageHashAsAsked = defineCheck<DeviceObservation>({
  name: 'verifyImageHashAsAsked',
  requires: ['sessionImages', 'auditTrail'],
  title: "returnVerifyImageHash: the entry carries the verify image's SHA-256, or not",
  rule: "seed003.create.verifyImageHash: returnVerifyImageHash says whether the verify image's hash (SHA-256) is returned",
  source:
    'seed 003 (sv) returnVerifyImageHash: "Oavsett om du returnerar verifieringsbildens hash eller inte."; v1.2-preview.1 verifyImageHash: "The sha256 hash of the verify-image in the request."',
  needs: NEEDS,
  applies: (o) => o.verifyImageSha256 !== undefined,
  evaluate: (o) => {
    const e = appendedEntry(o);
    if (!e) return [];
    const hash = e.verifyImageHash;
    if (asked(o, 'returnVerifyImageHash') !== true) {
      return absent(hash)
        ? []
        : [
            {
              message: 'a verify image hash without returnVerifyImageHash',
              pointer: '/verifyImageHash',
              expected: 'absent',
              received: show(hash),
            },
          ];
    }
    return typeof hash === 'string' && hash.toLowerCase() === o.verifyImageSha256
      ? []
      : [
          {
            message: 'verifyImageHash is not the SHA-256 of the verify image sent',
            pointer: '/verifyImageHash',
            expected: show(o.verifyImageSha256),
            received: show(hash),
          },
        ];
  },
});

/** seed003.create.model: the result names the model livenessSingleModalModel asked for. */
export const modelVersionAsAsked = defineCheck<DeviceObservation>({
  name: 'modelVersionAsAsked',
  requires: ['sessionImages', 'auditTrail'],
  title: 'livenessSingleModalModel: the result was made by the model asked for',
  rule: 'seed003.create.model: livenessSingleModalModel is the model version used for the liveness classification (modelVersionUsed)',
  source: 'seed 003 (sv) livenessSingleModalModel: "Modellversionen som används för liveness-klassificering."',
  needs: NEEDS,
  applies: (o) => typeof asked(o, 'livenessSingleModalModel') === 'string',
  evaluate: (o) => {
    const model = asked(o, 'livenessSingleModalModel');
    const e = appendedEntry(o);
    const bodies: [string, unknown][] = [
      ['/body', o.got.body],
      ['/audit/response/body', (e?.response as Record<string, unknown> | undefined)?.body],
    ];
    const findings: Finding[] = [];
    for (const [where, body] of bodies) {
      const used = (body as Record<string, unknown> | undefined)?.modelVersionUsed;
      if (!absent(used) && used !== model)
        findings.push({
          message: 'the result names another model than the one asked for',
          pointer: `${where}/modelVersionUsed`,
          expected: show(model),
          received: show(used),
        });
    }
    return findings;
  },
});
