import type { DeviceObservation } from './device';
import { appendedEntry } from './device';
import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

const NEEDS = ['deviceSimulation' as const, 'write' as const];

/** Whether the call was a liveness (without verify) call: its URL names the plain family's path. */
const plainLiveness = (o: DeviceObservation): boolean => !/\/detectLivenessWithVerify\//i.test(`${o.sent.url}/`);

/** seed000.result.verifyOnlyWithVerify: a liveness (without verify) result carries no verifyResult. */
export const verifyResultOnlyWithVerify = defineCheck<DeviceObservation>({
  name: 'verifyResultOnlyWithVerify',
  requires: ['sessionResult'],
  title: 'verifyResult only in the results of liveness-with-verify calls',
  rule: 'seed000.result.verifyOnlyWithVerify: verifyResult is only available when the request is liveness with verify',
  source: 'seed 000 (ja) LivenessResponseBody.verifyResult: "要求が検証を使用したライブネスの場合にのみ使用できます。"',
  needs: NEEDS,
  // A with-verify result may carry verifyResult or not ("only available when", not "always").
  applies: plainLiveness,
  evaluate: (o) => {
    const e = appendedEntry(o);
    const bodies: [string, unknown][] = [
      ['/body', o.got.body],
      ['/audit/response/body', (e?.response as Record<string, unknown> | undefined)?.body],
      [
        '/session/result/response/body',
        ((o.session?.result as Record<string, unknown>)?.response as Record<string, unknown>)?.body,
      ],
    ];
    const findings: Finding[] = [];
    for (const [where, body] of bodies) {
      const verify = (body as Record<string, unknown> | undefined)?.verifyResult;
      if (verify !== undefined && verify !== null)
        findings.push({
          message: 'a liveness (without verify) result carries a verifyResult',
          pointer: `${where}/verifyResult`,
          expected: 'absent',
          received: show(verify, 80),
        });
    }
    return findings;
  },
});

/** contract.device.bodyAlways: the entry's response.body holds the result even when the device got 204. */
export const auditBodyAlwaysRecorded = defineCheck<DeviceObservation>({
  name: 'auditBodyAlwaysRecorded',
  requires: ['auditTrail'],
  title: 'The audit entry records the result body, even when the device got 204',
  rule: 'contract.device.bodyAlways: response.body = the liveness result (always, even when the device got 204)',
  source: "CONTRACT.md §1 The device's own calls; seeds 000 (ja)/001 (fr) AuditLivenessResponseInfo.body",
  needs: NEEDS,
  evaluate: (o) => {
    const e = appendedEntry(o);
    if (!e) return [];
    const body = (e.response as Record<string, unknown> | undefined)?.body;
    return body !== null && typeof body === 'object' && !Array.isArray(body)
      ? []
      : [
          {
            message: `no result body in the entry of a call answered ${o.got.status}`,
            pointer: '/response/body',
            expected: 'a LivenessResponseBody',
            received: show(body),
          },
        ];
  },
});
