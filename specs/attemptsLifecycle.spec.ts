/**
 * The model-based lifecycle of the v1.2 (GA) family (CONTRACT.md §5), registered only on a GA version: a
 * canonical command sequence first, so every rule runs whatever the seed, then random sequences
 * (`fc.commands`), shrunk to the shortest failing one.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { arbitraryFor } from '../generators';
import {
  GaApi,
  GaCreateCommand,
  GaDeleteCommand,
  GaDeleteFromEverySideCommand,
  GaDeviceCommand,
  GaGetCommand,
  GaWrongAuthCommand,
  runModelCommands,
  LEFT_OUT,
  checkProperty,
  sequenceRuns,
  replayCommand,
  gaPaths,
} from '../runner';
import type { GaModel, GaReal, OutcomeSink, SessionFamily } from '../runner';
import { createReturnsWholeSession, createdValuesPersisted, deletedSessionNotFound } from '../checks';
import { createDefinitionFor, hasCapability, isGaVersion } from '../schemas';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';

const VERSION = runConfig().apiVersion;
const FAMILIES: SessionFamily[] = isGaVersion(VERSION) ? ['liveness', 'livenessWithVerify'] : [];
if (FAMILIES.length === 0) test(...notForThisVersion(LEFT_OUT.gaLifecycle));
const WHOLE = [createReturnsWholeSession, createdValuesPersisted, deletedSessionNotFound];

/**
 * Every command and rule once: a session with every value set (session image, model, TTL, and for
 * with-verify the image hash), one with defaults; device calls on both, reads, the wrong credentials, deletes.
 */
function canonicalSequence(family: SessionFamily): fc.AsyncCommand<GaModel, GaReal>[] {
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
  if (hasCapability(VERSION, 'attemptLimit')) explicit.numberOfClientAttemptsAllowed = 3;
  if (hasCapability(VERSION, 'userCorrelation') && family === 'liveness') {
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

for (const family of FAMILIES) {
  test(`${VERSION} session lifecycle, model-based (${family}): create, get, device calls, wrong auth, delete`, async ({
    runtime: rt,
    recorder,
    requireChecks,
  }, testInfo) => {
    const ga = new GaApi(rt);
    requireChecks(ga.ids(family).create, WHOLE);
    const fields = arbitraryFor(
      rt.config.apiVersion,
      createDefinitionFor(rt.config.apiVersion, family),
    ) as fc.Arbitrary<Record<string, unknown>>;
    const commands = fc.commands(
      [
        fields.map((f) => new GaCreateCommand(f)),
        fc.nat(9).map((i) => new GaGetCommand(i)),
        fc.nat(9).map((i) => new GaWrongAuthCommand(i)),
        fc.nat(9).map((i) => new GaDeleteCommand(i)),
        fc.nat(9).map((i) => new GaDeleteFromEverySideCommand(i)),
        ...(rt.config.deviceSimulation ? [fc.nat(9).map((i) => new GaDeviceCommand(i))] : []),
      ],
      { maxCommands: 10 },
    );
    // One run of a command sequence (runner/model/sequence.ts); `keepGoing` for the canonical sequence.
    const run = async (
      cmds: Iterable<fc.AsyncCommand<GaModel, GaReal>>,
      outcomes: OutcomeSink,
      keepGoing = false,
    ): Promise<void> => {
      const model: GaModel = { live: [], gone: [] };
      const real: GaReal = { ga, rt, outcomes, family };
      await runModelCommands(cmds, { model, real }, keepGoing, async () => {
        // Each run cleans up after itself (the ledger keeps what a failed delete left open).
        for (const t of model.live) await ga.delete(family, t.session.id).catch(() => undefined);
      });
    };
    await withinBudget(
      async () => {
        await run(canonicalSequence(family), recorder, true);
      },
      { operation: ga.ids(family).create, checks: WHOLE },
    );
    await rt.client.limiter.endCoverage();
    // The paths the canonical sequence leaves out (runner/model/everyPath.ts), as the first repetitions.
    const user =
      hasCapability(VERSION, 'userCorrelation') && family === 'liveness' ? { userCorrelationId: randomUUID() } : {};
    await withinBudget(() => run(gaPaths(rt.config.deviceSimulation, user), recorder, true));
    await withinBudget(() =>
      checkProperty(recorder, commands, run, sequenceRuns(rt.config), (seed, path) =>
        replayCommand(testInfo.title, seed, path),
      ),
    );
  });
}
