import { GA_OPERATIONS } from './ga';
import { V13_OPERATIONS, V13_WITH_VERIFY_CREATE } from './v13';
import { PREVIEW_OPERATIONS, PREVIEW_SESSION_IMAGE } from './preview';
import type { VersionEntry } from './types';

/**
 * The contract table: every version this project carries, keyed by version, stated whole or as an
 * earlier version plus its differences (CONTRACT.md §1 "adds ... Nothing is removed"; §5 the
 * redesign). Everything that differs between versions is here or in the definitions it names; the
 * mock, generators, checks, traffic checker and diff read it through `contractFor(version)`.
 * A new version is one entry, its key its name (`ContractVersion` is the keys; see ARCHITECTURE.md "Where a
 * new version goes").
 */
export const CONTRACT_TABLE = {
  'v1.1-preview.1': {
    design: 'preview',
    capabilities: ['lists', 'auditTrail', 'sessionResult', 'deviceResultsToClient'],
    operations: PREVIEW_OPERATIONS,
  },
  'v1.2-preview.1': { basedOn: 'v1.1-preview.1', capabilities: ['sessionImages'], add: [PREVIEW_SESSION_IMAGE] },
  'v1.2': { design: 'ga', capabilities: ['attempts', 'sessionImages'], operations: GA_OPERATIONS },
  // v1.3-preview.1 (reference/README.md): v1.2 plus the attempt limit, user correlation, expected IP and
  // abuse monitoring (definitions/v13/), one more form-data field in the with-verify create, and /settings.
  'v1.3-preview.1': {
    basedOn: 'v1.2',
    capabilities: ['attemptLimit', 'userCorrelation', 'expectedClientIp', 'abuseMonitoring', 'settings'],
    replace: { createLivenessWithVerifySessionGa: V13_WITH_VERIFY_CREATE },
    add: V13_OPERATIONS,
  },
} satisfies Readonly<Record<string, VersionEntry>>;
