/**
 * The canonical lifecycles: the fixed command sequences a lifecycle test runs first, so every rule is
 * checked once whatever the seed (specs/lifecycle.spec.ts, specs/attemptsLifecycle.spec.ts). They are
 * the test's first pass, so the run's plan reserves what their commands say they send (runner/plan.ts,
 * `sequenceRequests`).
 */
import { randomUUID } from 'node:crypto';
import type { ContractVersion, SessionFamily } from '../../schemas';
import { hasCapability } from '../../schemas';
import type { Model, PlannedCommand, Real } from './commands';
import { CreateCommand, DeleteCommand, DeviceCommand, GetCommand, ListCommand } from './commands';
import type { GaModel, GaReal } from './attemptCommands';
import { GaCreateCommand, GaDeleteCommand, GaDeviceCommand, GaGetCommand, GaWrongAuthCommand } from './attemptCommands';

/**
 * The create options (seed 003) the explicit preview session asks for, so the device calls show their
 * effect: a stored session image, the verify image's hash (with verify), a model other than the mock's
 * default. The session with defaults shows their absence.
 */
function explicitOptions(version: ContractVersion, family: SessionFamily): Record<string, unknown> {
  if (!hasCapability(version, 'sessionImages')) return {};
  return {
    enableSessionImage: true,
    livenessSingleModalModel: '2023-12-20-preview.06',
    ...(family === 'livenessWithVerify' ? { returnVerifyImageHash: true } : {}),
  };
}

/**
 * The preview lifecycle: a session with explicit values and sendResultsToClient, one with defaults, reads,
 * device calls on both, paging, a delete, paging again. The audit trail is paged once, after the third call,
 * when the trail holds two entries (start exclusive and top 1 then leave one out).
 */
export function previewCanonical(
  version: ContractVersion,
  family: SessionFamily,
  device: boolean,
): PlannedCommand<Model, Real>[] {
  const explicit = {
    livenessOperationMode: 'PassiveActive',
    deviceCorrelationId: randomUUID(),
    authTokenTimeToLiveInSeconds: 120,
    sendResultsToClient: true,
    ...explicitOptions(version, family),
  };
  const defaults = { livenessOperationMode: 'Passive', deviceCorrelationId: randomUUID() };
  const calls = [new DeviceCommand(0, false), new DeviceCommand(1, false), new DeviceCommand(0), new GetCommand(0)];
  return [
    new CreateCommand(explicit),
    new CreateCommand(defaults),
    new GetCommand(0),
    ...(device ? calls : []),
    new ListCommand(),
    new DeleteCommand(0),
    new ListCommand(),
    new DeleteCommand(0),
  ];
}

/**
 * The lifecycle of v1.2 and later: a session with every value set (session image, model, TTL, and for
 * with-verify the image hash), one with defaults; device calls on both, reads, the wrong credentials, deletes.
 */
export function attemptsCanonical(version: ContractVersion, family: SessionFamily): PlannedCommand<GaModel, GaReal>[] {
  const explicit: Record<string, unknown> = {
    livenessOperationMode: 'PassiveActive',
    deviceCorrelationId: randomUUID(),
    authTokenTimeToLiveInSeconds: 120,
    enableSessionImage: true,
    livenessModelVersion: '2024-11-15',
    ...(family === 'livenessWithVerify' ? { returnVerifyImageHash: true, verifyConfidenceThreshold: 0.5 } : {}),
  };
  const defaults: Record<string, unknown> = {
    livenessOperationMode: 'Passive',
    deviceCorrelationId: randomUUID(),
  };
  // With an attempt limit the explicit session allows 3 attempts (the defaults' 1); the JSON create names its user.
  if (hasCapability(version, 'attemptLimit')) explicit.numberOfClientAttemptsAllowed = 3;
  if (hasCapability(version, 'userCorrelation') && family === 'liveness') {
    explicit.userCorrelationId = randomUUID();
    defaults.userCorrelationId = randomUUID();
  }
  return [
    new GaCreateCommand(explicit),
    new GaCreateCommand(defaults),
    new GaGetCommand(0),
    new GaDeviceCommand(0),
    new GaDeviceCommand(1),
    new GaDeviceCommand(0),
    new GaGetCommand(0),
    new GaWrongAuthCommand(0),
    new GaDeleteCommand(0),
    new GaDeleteCommand(0),
  ];
}
