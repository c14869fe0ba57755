import type { Capability } from '../schemas';
import { TTL, hasCapability } from '../schemas';
import type { Finding } from './registry';
import { defineCheck } from './registry';
import { show } from './types';

/**
 * A session as an answer showed it (a read, or the create's own answer), with what made it: the fields
 * the create sent and what the create answered (its `sessionId` and `authToken`).
 */
export interface CreatedValues {
  fields: Record<string, unknown>;
  created: Record<string, unknown>;
  status: number;
  session: Record<string, unknown> | undefined;
}

/** One value a session shows back, and in which versions: those with its capability. */
interface Persisted {
  requires: Capability;
  /** Where the expected value is: a field the create sent, or a member of the create's answer. */
  from: 'fields' | 'created';
  name: string;
  /** The session member that shows it (default: `name`). */
  shown?: string;
  /** The value expected when the create did not send one. */
  byDefault?: unknown;
  /** Judged only when the session shows the member (else its absence fails). */
  whenShown?: boolean;
  /** The create sent this field `true`: the client sets the value, so it is not judged. */
  unlessSetInClient?: string;
  /** A read may show `""` instead (conflict ga-read-auth-token-empty). */
  blankAllowed?: boolean;
  message: string;
}

/**
 * What each capability's sessions show of their create (CONTRACT.md §3 rule 3; §5; the v1.3 swagger): the
 * difference between versions is only which rows their capabilities select.
 */
const PERSISTED: readonly Persisted[] = [
  { requires: 'sessionResult', from: 'created', name: 'sessionId', shown: 'id', message: 'another session returned' },
  {
    requires: 'sessionResult',
    from: 'fields',
    name: 'authTokenTimeToLiveInSeconds',
    byDefault: TTL.default,
    whenShown: true,
    message: 'TTL not as sent (or not the default)',
  },
  {
    requires: 'sessionResult',
    from: 'fields',
    name: 'deviceCorrelationId',
    whenShown: true,
    unlessSetInClient: 'deviceCorrelationIdSetInClient',
    message: 'deviceCorrelationId not as sent',
  },
  { requires: 'attempts', from: 'created', name: 'sessionId', message: 'another session returned' },
  {
    requires: 'attempts',
    from: 'created',
    name: 'authToken',
    whenShown: true,
    blankAllowed: true,
    message: 'token differs from the one create returned',
  },
  // Reads leave modelVersion out until an attempt exists (conflict ga-model-version-until-attempt).
  {
    requires: 'attempts',
    from: 'fields',
    name: 'livenessModelVersion',
    shown: 'modelVersion',
    whenShown: true,
    message: 'model not the one asked for',
  },
  {
    requires: 'expectedClientIp',
    from: 'fields',
    name: 'expectedClientIpAddress',
    message: 'the session does not show the expectedClientIpAddress sent',
  },
];

/** The findings of one row: the value expected (sent, answered or the default) against the one shown. */
function judge(row: Persisted, { fields, created, session = {} }: CreatedValues): Finding[] {
  if (row.unlessSetInClient && fields[row.unlessSetInClient] === true) return [];
  const expected = (row.from === 'fields' ? fields : created)[row.name] ?? row.byDefault;
  if (expected === undefined || expected === null) return [];
  const shown = row.shown ?? row.name;
  const received = session[shown];
  if (row.whenShown && received === undefined) return [];
  if (row.blankAllowed && received === '') return [];
  if (received === expected) return [];
  return [{ message: row.message, pointer: `/${shown}`, expected: show(expected), received: show(received) }];
}

/**
 * A created session shows the values it was created with: in the previews the TTL sent (default 600) and
 * the device id (rule 3); with attempts the id, token and model create answered or was asked for (§5);
 * with an expected client IP the address sent (v1.3 swagger). Which values apply is read from the run's
 * version's capabilities in the contract table.
 */
export const createdValuesPersisted = defineCheck<CreatedValues>({
  name: 'createdValuesPersisted',
  title: 'A created session shows the values it was created with, and the defaults',
  rule: 'CONTRACT.md §3 rule 3: readable at once with the values sent (TTL, device id; default TTL 600); §5: Get Session Result returns the session create returned (a read may blank authToken to ""), livenessModelVersion is the session modelVersion when shown; v1.3 swagger LivenessSession.expectedClientIpAddress: "The expected IP address or CIDR block of the client that runs the liveness check." (the value create sent)',
  source:
    'seed 003 (sv) request body (authTokenTimeToLiveInSeconds default 600, deviceCorrelationId); seed 000 (ja) LivenessSession; CONTRACT.md §5; v1.3-preview.1 swagger',
  needs: ['write'],
  evaluate: (input, ctx) => {
    if (input.status !== 200 || !input.session) {
      return [
        {
          message: 'created session not readable',
          pointer: '/status',
          expected: '200',
          received: String(input.status),
        },
      ];
    }
    return PERSISTED.filter((row) => hasCapability(ctx.version, row.requires)).flatMap((row) => judge(row, input));
  },
});
