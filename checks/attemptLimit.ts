import type { Finding } from './registry';
import { defineCheck } from './registry';

/** Where v1.3-preview.1's own rules are written. */
const SOURCE =
  'v1.3-preview.1 swagger (reference/v1.3-preview.1/Face.liveness-excerpt.json); reference/README.md; CONTRACT.md §5';

const ok = (status: number): boolean => status >= 200 && status < 300;

/**
 * §5: a session allows `numberOfClientAttemptsAllowed` device calls (1 when not given); the calls within
 * it are accepted and the next one is refused. The documents name no status for the refusal: any 4xx.
 */
export const attemptLimitHonoured = defineCheck<{ allowed: number; statuses: number[] }>({
  name: 'attemptLimitHonoured',
  requires: ['attemptLimit'],
  title: 'Device calls within numberOfClientAttemptsAllowed are accepted; the next one is refused',
  rule: 'v1.3 swagger numberOfClientAttemptsAllowed: "The number of times a client can attempt a liveness check using the same authToken. Default value is 1. Maximum value is 3."; CONTRACT.md §5: once used up, a further call is refused',
  source: SOURCE,
  needs: ['write', 'deviceSimulation'],
  evaluate: ({ allowed, statuses }) => {
    const findings: Finding[] = [];
    statuses.slice(0, allowed).forEach((status, i) => {
      if (!ok(status)) {
        findings.push({
          message: `attempt ${i + 1} of ${allowed} allowed was refused`,
          pointer: '/status',
          expected: '2xx',
          received: String(status),
        });
      }
    });
    const beyond = statuses[allowed];
    if (beyond !== undefined && !(beyond >= 400 && beyond < 500)) {
      findings.push({
        message: `attempt ${allowed + 1}, beyond the ${allowed} allowed, was not refused`,
        pointer: '/status',
        expected: '4xx',
        received: String(beyond),
      });
    }
    return findings;
  },
});
