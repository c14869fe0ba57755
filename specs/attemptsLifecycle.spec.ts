/**
 * The model-based lifecycle of whole sessions (the GA design, CONTRACT.md §5), registered only on a GA-design
 * version: a canonical command sequence first, so every rule runs whatever the seed, then random sequences
 * (`fc.commands`), shrunk to the shortest failing one.
 */
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { arbitraryFor } from '../generators';
import {
  attemptsCanonical,
  GaCreateCommand,
  GaDeleteCommand,
  GaDeleteFromEverySideCommand,
  GaDeviceCommand,
  GaGetCommand,
  GaWrongAuthCommand,
  runModelCommands,
  LEFT_OUT,
  TITLES,
  checkProperty,
  sequenceRuns,
  replayCommand,
  attemptsPaths,
} from '../runner';
import type { GaModel, GaReal, OutcomeSink, SessionFamily } from '../runner';
import { createReturnsWholeSession, createdValuesPersisted, deletedSessionNotFound } from '../checks';
import { createDefinitionFor, hasCapability, isGaVersion } from '../schemas';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';

const VERSION = runConfig().apiVersion;
const FAMILIES: SessionFamily[] = isGaVersion(VERSION) ? ['liveness', 'livenessWithVerify'] : [];
if (FAMILIES.length === 0) test(...notForThisVersion(LEFT_OUT.attemptsLifecycle));
const WHOLE = [createReturnsWholeSession, createdValuesPersisted, deletedSessionNotFound];

for (const family of FAMILIES) {
  test(TITLES.attemptsLifecycle(VERSION, family), async ({ runtime: rt, api, recorder, requireChecks }, testInfo) => {
    requireChecks(api.id(family, 'create'), WHOLE);
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
      const real: GaReal = { api, rt, outcomes, family };
      await runModelCommands(cmds, { model, real }, keepGoing, async () => {
        // Each run cleans up after itself (the ledger keeps what a failed delete left open).
        for (const t of model.live) await api.delete(family, t.session.id).catch(() => undefined);
      });
    };
    await withinBudget(
      async () => {
        await run(attemptsCanonical(VERSION, family), recorder, true);
      },
      { operation: api.id(family, 'create'), checks: WHOLE },
    );
    await rt.client.limiter.endCoverage();
    // The paths the canonical sequence leaves out (runner/model/everyPath.ts), as the first repetitions.
    const user =
      hasCapability(VERSION, 'userCorrelation') && family === 'liveness' ? { userCorrelationId: randomUUID() } : {};
    await withinBudget(() => run(attemptsPaths(rt.config.deviceSimulation, user), recorder, true));
    await withinBudget(() =>
      checkProperty(recorder, commands, run, sequenceRuns(rt.config), (seed, path) =>
        replayCommand(testInfo.title, seed, path),
      ),
    );
  });
}
