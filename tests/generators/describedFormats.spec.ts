import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestCase } from '../../generators';
import { baseRequest, boundaryRequests, negativeRequests, requestArbitrary } from '../../generators';
import type { JsonSchema } from '../../schemas';
import { CONTRACT_VERSIONS, IP_ADDRESS_OR_CIDR, isIpAddressOrCidr, operationsFor, registry } from '../../schemas';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const V13 = 'v1.3-preview.1';
const CREATE = 'createLivenessSessionGa';

const jsonOf = (r: RequestCase): Record<string, unknown> =>
  r.body?.kind === 'json' ? (JSON.parse(r.body.text) as Record<string, unknown>) : {};

test('every valid v1.3 userCorrelationId is a GUID and every expectedClientIpAddress an IP address or CIDR block', () => {
  const random = fc.sample(requestArbitrary(V13, CREATE), { seed: 20, numRuns: 300 });
  const valid = [baseRequest(V13, CREATE), ...boundaryRequests(V13, CREATE), ...random].map(jsonOf);
  const users = valid.map((b) => b.userCorrelationId).filter((v) => typeof v === 'string');
  const ips = valid.map((b) => b.expectedClientIpAddress).filter((v) => v !== undefined);
  expect(users.length).toBeGreaterThan(50);
  expect(ips.length).toBeGreaterThan(50);
  expect(users.filter((u) => !GUID.test(String(u)))).toEqual([]);
  expect(ips.filter((ip) => typeof ip !== 'string' || !isIpAddressOrCidr(ip))).toEqual([]);
});

test('a value outside a format a description implies is never a refusal the suite demands (every version)', () => {
  const demanded: string[] = [];
  let malformed = 0;
  for (const version of CONTRACT_VERSIONS) {
    for (const op of operationsFor(version).filter((o) => o.body && o.role !== 'device')) {
      for (const r of negativeRequests(version, op.id, { pathParams: { sessionId: 'x' } })) {
        if (r.violation?.scenario !== 'malformed-format') continue;
        malformed++;
        if (r.violation.documented) demanded.push(r.label);
      }
    }
  }
  expect(malformed).toBeGreaterThanOrEqual(5); // the GUID and the IP/CIDR fields each get theirs
  expect(demanded).toEqual([]);
});

/** The formats a reference description names, by the words that name them. */
const DESCRIBED: [RegExp, string][] = [
  [/\bGuid\b/i, 'uuid'],
  [/\bIP address\b|\bCIDR\b/, IP_ADDRESS_OR_CIDR],
  [/\bdate-time\b/i, 'date-time'],
  [/\bURL\b/, 'uri'],
];

/**
 * Not yet: `deviceCorrelationId` is "Unique Guid per each end-user device" too, but the examples send
 * "your_device_correlation_id" and CONTRACT.md §3 bounds it by length (1..64, with boundary cases and
 * planted faults at 64): which the suite follows is the coordinator's call (reported on issue 20).
 */
const PENDING = new Set(['deviceCorrelationId']);

test('every request field of the v1.3 reference whose description names a format has it in the suite schema', () => {
  const file = join(__dirname, '..', '..', 'rules', 'sources', 'reference', V13, 'Face.liveness-excerpt.json');
  const excerpt = JSON.parse(readFileSync(file, 'utf8')) as {
    definitions: Record<string, { properties?: Record<string, { description?: string }> }>;
  };
  const missing: string[] = [];
  let named = 0;
  for (const definition of ['CreateLivenessSessionContent']) {
    const ours = registry().schema(V13, definition).properties as Record<string, JsonSchema>;
    for (const [name, p] of Object.entries(excerpt.definitions[definition].properties ?? {})) {
      const format = DESCRIBED.find(([words]) => words.test(p.description ?? ''))?.[1];
      if (!format || PENDING.has(name)) continue;
      named++;
      if (ours[name]?.format !== format) missing.push(`${definition}.${name}: ${format}`);
    }
  }
  expect(named).toBe(2); // userCorrelationId, expectedClientIpAddress
  expect(missing).toEqual([]);
});
