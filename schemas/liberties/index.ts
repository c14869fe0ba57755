/**
 * The liberty register (STYLE.md 14): every point where the documents leave a server a choice, with the
 * documents' words. A check may fail a server only on a rule of the inventory (`rules/`), never on a
 * liberty; the widest legal server (mock/widest/) takes every one at once. Conflicts and service
 * behaviours that are instances of a liberty name it in `covers`; those that are not say why here.
 */
import type { ContractVersion } from '../versions';
import { ERROR_LIBERTIES } from './errors';
import { REQUEST_LIBERTIES } from './requests';
import { RESPONSE_LIBERTIES } from './responses';
import type { Liberty, NotALiberty } from './types';

export type { Liberty, NotALiberty } from './types';

/** Every liberty, errors, answers and requests. */
export const LIBERTIES: readonly Liberty[] = [...ERROR_LIBERTIES, ...RESPONSE_LIBERTIES, ...REQUEST_LIBERTIES];

/** A liberty's id. */
export type LibertyId = string;

/** The liberties a version's documents leave. */
export function libertiesFor(version: ContractVersion): Liberty[] {
  return LIBERTIES.filter((l) => l.versions.includes(version));
}

/**
 * The conflicts and service behaviours where only one side is legal, or that are no server's choice: no
 * liberty covers them, and the widest server does not take them.
 */
export const NOT_LIBERTIES: readonly NotALiberty[] = [
  {
    id: 'result-with-not-started-status',
    why: 'enforced: the definition wins (CONTRACT.md §4), the example is a defect',
  },
  {
    id: 'reference-1-status-beside-attempt',
    why: 'NotStarted beside a finished attempt is wrong (reference/README.md item 1)',
  },
  { id: 'reference-7-realFace', why: 'the enum wins (realface); the example is a documentation defect' },
  {
    id: 'reference-10-with-verify-json-example',
    why: 'the swagger and the service say multipart only and the whole session; the example is an older design',
  },
  {
    id: 'reference-4-attempts-allowed-typing',
    why: 'an integer (examples and service); its bounds are the liberties attempts-allowed-zero-either and attempts-allowed-four-json-either',
  },
  { id: 'preview-delete-content-length-zero', why: 'documented (200, empty body): no choice' },
  { id: 'python-recorder-sanitized-ids', why: "a recorder's change, not a server's choice" },
];
