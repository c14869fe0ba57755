/**
 * The fixed sequences that walk the paths the canonical lifecycle leaves out (issue 23): a create with
 * `deviceCorrelationIdSetInClient` and no TTL (the default must read back), the with-verify session whose
 * image came at create (multipart `Parameters`) through device calls, results and reads between them, and
 * a delete seen from every side. They run at the start of the repetitions, after every test's first pass
 * (runner/plan.ts counts them there, from what their commands say they send), with `keepGoing`, so one broken rule does not hide the others.
 */
import { FAKE_JPEG } from '../../generators';
import type { SessionFamily } from '../../schemas';
import type { Model, PlannedCommand, Real } from './commands';
import { CreateCommand, DeviceCommand, GetCommand } from './commands';
import type { GaModel, GaReal } from './attemptCommands';
import { GaCreateCommand, GaDeleteCommand, GaDeviceCommand, GaGetCommand } from './attemptCommands';
import { DeleteFromEverySideCommand, GaDeleteFromEverySideCommand } from './deleteSidesCommands';

/** A create that leaves the device id to the client and sends no TTL: every default must read back. */
const SET_IN_CLIENT = { livenessOperationMode: 'Passive', deviceCorrelationIdSetInClient: true } as const;

/**
 * The preview paths of one family: the with-verify session is created in multipart (its verify image at
 * create) and asks for its results; two device calls with a read after each, so start times are compared.
 */
export function previewPaths(family: SessionFamily, device: boolean): PlannedCommand<Model, Real>[] {
  const withImage = family === 'livenessWithVerify';
  const body = withImage ? { ...SET_IN_CLIENT, sendResultsToClient: true } : { ...SET_IN_CLIENT };
  return [
    new CreateCommand(body, withImage ? FAKE_JPEG : undefined),
    ...(device ? [new DeviceCommand(0), new GetCommand(0), new DeviceCommand(0), new GetCommand(0)] : []),
    new DeleteFromEverySideCommand(0),
  ];
}

/**
 * The paths of v1.2 and later for one family: two sessions that keep their images (so the delete has an image to
 * take with it, and one to leave), device calls within the attempts they allow (the first's, then the second's),
 * reads between them, a delete from every side of the first, then a plain delete of the second.
 * `also` adds what the version's create must carry (v1.3's JSON create names its user: a server may refuse
 * a create without `userCorrelationId`).
 */
export function attemptsPaths(device: boolean, also: Record<string, unknown> = {}): PlannedCommand<GaModel, GaReal>[] {
  const body = { ...SET_IN_CLIENT, enableSessionImage: true, ...also };
  // A device call goes to the first session with an attempt left: with one allowed (v1.3's default) the second
  // call is the second session's, with three (v1.2) the third is.
  const calls = [new GaDeviceCommand(0), new GaGetCommand(0), new GaDeviceCommand(0), new GaGetCommand(0)];
  return [
    new GaCreateCommand(body),
    new GaCreateCommand(body),
    ...(device ? [...calls, new GaDeviceCommand(1)] : []),
    new GaDeleteFromEverySideCommand(0),
    new GaDeleteCommand(0),
  ];
}
