import { hasCapability } from '../contract';
import type { ContractVersion } from '../versions';
import type { ContractChange } from './types';

/** A documented behaviour of one version that no operation table or definition shows, as data. */
interface Behaviour {
  /** What the version's documents say, in a client's words. */
  says: string;
  /** The limit it sets (undefined: none documented); a lower limit breaks a client relying on the higher. */
  limit?: number;
}

/**
 * Device attempts one session token allows, by capability (CONTRACT.md §5; reference README item 14): none
 * documented where sessions have attempts (v1.2), 1 unless the create asks more with the attempt limit (v1.3);
 * a version without attempts says nothing of it.
 */
function attemptsPerSession(version: ContractVersion): Behaviour | undefined {
  if (hasCapability(version, 'attemptLimit')) {
    return {
      says: '1 attempt per session token unless numberOfClientAttemptsAllowed asks for 2 or 3; a further call is refused',
      limit: 1,
    };
  }
  if (hasCapability(version, 'attempts'))
    return { says: 'no limit in the swagger (its client documents up to 3 retries)' };
  return undefined;
}

/** The behaviour changes between two versions, each breaking when the newer limit is lower. */
export function behaviourChanges(from: ContractVersion, to: ContractVersion): ContractChange[] {
  const before = attemptsPerSession(from);
  const after = attemptsPerSession(to);
  if (!before || !after || before.says === after.says) return [];
  const lower = after.limit !== undefined && (before.limit === undefined || after.limit < before.limit);
  return [
    {
      kind: 'behaviour-changed',
      operation: 'Detect Liveness (device call)',
      where: 'the session token',
      subject: 'attempts per session',
      before: before.says,
      after: after.says,
      breaking: lower,
      reason: lower
        ? 'a client that retries with the same token has the retry refused unless its create asks numberOfClientAttemptsAllowed'
        : 'old clients make no more attempts than before',
    },
  ];
}
