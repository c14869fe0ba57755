import type { MockOptions } from '../../mock';
import { FAULTS } from '../../mock/faults';
import type { ContractVersion } from '../../schemas';
import { API_VERSIONS, GA_VERSIONS } from '../../schemas';
import type { SpecFile } from './conformance.config';
import { EXPECTED_CHECK, NEEDS_EXPIRY } from './expected';

/**
 * One target of the self-check: a mock configuration, the run it gets and what that run must report.
 * Adding a target (another version's fault catalogue, another mock mode) is one more entry here.
 */
export interface Target {
  /** Unique within its version; the Playwright project name of its run. */
  name: string;
  version: ContractVersion;
  /** How the mock serving this target is started (faults, clock); every target has its own port and memory. */
  mock: MockOptions;
  /** The check that must report a failure; undefined: a clean target, where no check may fail. */
  expect?: string;
  /** A clean target's check that must pass at least once (proves the opt-in test really ran). */
  mustPass?: string;
  /** The spec files its run loads; default: every spec file of its version. */
  specs?: SpecFile[];
  /** FACE_* variables of this target's run, over the common ones. */
  env?: Record<string, string>;
}

const EXPIRY = { specs: ['expiry'] as SpecFile[], env: { FACE_CHECK_EXPIRY_WAIT_MS: '300' } };

/** The targets of one preview version: the clean mock, the clean mock with the opt-in expiry, each fault. */
function previewTargets(version: ContractVersion): Target[] {
  return [
    { name: 'clean', version, mock: {} },
    { name: 'clean-expiry', version, mock: { timeScale: 1000 }, mustPass: 'tokenExpiresAfterTtl', ...EXPIRY },
    ...FAULTS.filter((f) => f.contracts.includes('preview')).map((f): Target => ({
      name: f.name,
      version,
      expect: EXPECTED_CHECK[f.name],
      ...(NEEDS_EXPIRY.has(f.name)
        ? { mock: { faults: [f.name], timeScale: 1000 }, ...EXPIRY }
        : { mock: { faults: [f.name] } }),
    })),
  ];
}

/** The targets of a v1.2 (GA) version: the clean mock and each fault that shows in the GA contract. */
function gaTargets(version: ContractVersion): Target[] {
  return [
    { name: 'clean', version, mock: {} },
    ...FAULTS.filter((f) => f.contracts.includes('ga')).map((f): Target => ({
      name: f.name,
      version,
      expect: EXPECTED_CHECK[f.name],
      mock: { faults: [f.name] },
    })),
  ];
}

/** Every target of the self-check, all versions. */
export const TARGETS: Target[] = [...API_VERSIONS.flatMap(previewTargets), ...GA_VERSIONS.flatMap(gaTargets)];
