import type { OperationDraft, Role, SessionFamily } from './types';

/** The roles of a session family's operations (session images and settings belong to no family). */
type FamilyRole = Exclude<Role, 'sessionImage' | 'getSettings' | 'patchSettings' | 'clientAssetsToken'>;

/** How the reference names a family's operation of each role: verb, then the family, then the noun. */
const NAMES: Record<FamilyRole, [verb: string, noun: string]> = {
  create: ['Create', 'Session'],
  createWithVerifyImage: ['Create', 'Session With Verify Image'],
  list: ['Get', 'Sessions'],
  get: ['Get', 'Session Result'],
  delete: ['Delete', 'Session'],
  audit: ['Get', 'Session Audit Entries'],
  device: ['Detect', ''],
};

/**
 * A family's operation of a role, named as the reference names it (`getLivenessSessionResult`, "Get
 * Liveness Session Result"); a device call is ours ("(device call, simulated)"). `suffix` keeps the ids
 * of another design apart (`operation(id)` is global), while the names stay equal, which is how the
 * diff pairs a moved operation. No query parameters unless the operation states them.
 */
export function named(
  family: SessionFamily,
  role: FamilyRole,
  suffix = '',
): Pick<OperationDraft, 'id' | 'name' | 'role' | 'family' | 'kind' | 'query'> {
  const [verb, noun] = NAMES[role];
  const label = family === 'liveness' ? 'Liveness' : 'Liveness With Verify';
  const device = role === 'device';
  return {
    id: `${verb.toLowerCase()}${label.replace(/ /g, '')}${noun.replace(/ /g, '')}${suffix}`,
    name: device ? `${verb} ${label} (device call, simulated)` : `${verb} ${label} ${noun}`,
    role,
    family,
    kind: device ? 'device' : 'management',
    query: [],
  };
}
