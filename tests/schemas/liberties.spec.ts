/**
 * The liberty register (schemas/liberties/): every liberty says where the documents leave the choice and
 * what the widest server does; every conflict and service behaviour is a liberty's instance or says why not.
 */
import { expect, test } from '@playwright/test';
import {
  CONTRACT_VERSIONS,
  DOCUMENTED_CONFLICTS,
  DOCUMENT_DISAGREEMENTS,
  LIBERTIES,
  NOT_LIBERTIES,
  SERVICE_BEHAVIOURS,
  libertiesFor,
} from '../../schemas';

const registered = [...DOCUMENTED_CONFLICTS, ...DOCUMENT_DISAGREEMENTS, ...SERVICE_BEHAVIOURS].map((e) => e.id);
const covered = LIBERTIES.flatMap((l) => l.covers ?? []);

test('every liberty names its versions, its documentary basis and what the widest server does', () => {
  for (const l of LIBERTIES) {
    expect(l.versions.length, l.id).toBeGreaterThan(0);
    for (const v of l.versions) expect(CONTRACT_VERSIONS, l.id).toContain(v);
    expect(l.basis.length, `${l.id} has a basis`).toBeGreaterThan(0);
    for (const b of l.basis) expect(b.length, l.id).toBeGreaterThan(20);
    expect(l.widest.length, `${l.id} says what the widest server does`).toBeGreaterThan(10);
  }
});

test('every conflict and service behaviour is covered by a liberty or says why it is none, never both', () => {
  const not = NOT_LIBERTIES.map((n) => n.id);
  expect(registered.filter((id) => !covered.includes(id) && !not.includes(id))).toEqual([]);
  expect(covered.filter((id) => not.includes(id))).toEqual([]);
  // Names only what exists, each once.
  expect([...covered, ...not].filter((id) => !registered.includes(id))).toEqual([]);
  expect(covered.filter((id, i) => covered.indexOf(id) !== i)).toEqual([]);
  // A conflict servers are held to is no liberty.
  for (const c of DOCUMENTED_CONFLICTS.filter((c) => c.enforced)) expect(not, c.id).toContain(c.id);
});

test('what the issue names is in the register for every version it concerns', () => {
  const ids = (v: (typeof CONTRACT_VERSIONS)[number]) => libertiesFor(v).map((l) => l.id);
  for (const v of CONTRACT_VERSIONS) {
    expect(ids(v)).toEqual(
      expect.arrayContaining([
        'unnamed-error-code',
        'error-code-header-omitted',
        'rate-limited-any-time',
        'undocumented-response-fields',
        'undocumented-response-headers',
        'date-precision-and-offset',
        'unset-optional-members-absent',
        'device-id-with-set-in-client-either',
      ]),
    );
  }
  expect(ids('v1.2')).toEqual(expect.arrayContaining(['delete-either-status', 'attempt-order', 'read-auth-token']));
  expect(ids('v1.1-preview.1')).toContain('audit-entry-order');
  expect(ids('v1.3-preview.1')).toEqual(
    expect.arrayContaining(['user-correlation-id-guid', 'expected-client-ip-address-format', 'user-id-missing-either']),
  );
});
