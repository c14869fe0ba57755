import fc from 'fast-check';
import { arbitraryFor } from '../generators/fromSchema';
import {
  checkProperty,
  sequenceRuns,
  replayCommand,
  runModelCommands,
  CreateCommand,
  DeleteCommand,
  DeleteFromEverySideCommand,
  DeviceCommand,
  GetCommand,
  ListCommand,
  previewCanonical,
  pageThrough,
  observeLongAuditTrail,
  readListOwningThree,
  previewPaths,
  LEFT_OUT,
} from '../runner';
import type { SessionFamily, Model, OutcomeSink, Real } from '../runner';
import { test, withinBudget } from './fixtures';
import { notForThisVersion, runConfig } from './runConfig';
import { createdValuesPersisted, deletedSessionNotFound, newSessionNotStarted } from '../checks';
import { createDefinitionFor, isGaVersion } from '../schemas';

// A v1.2 (GA) run registers none of these preview tests (CONTRACT.md §5): specs/wholeSessions.spec.ts covers it.
const FAMILIES: SessionFamily[] = isGaVersion(runConfig().apiVersion) ? [] : ['liveness', 'livenessWithVerify'];
if (FAMILIES.length === 0) test(...notForThisVersion(LEFT_OUT.lifecycle));

for (const family of FAMILIES) {
  test(`session lifecycle, model-based (${family}): create, get, list, delete, device calls`, async ({
    runtime,
    api,
    recorder,
    created,
    requireChecks,
  }, testInfo) => {
    requireChecks(api.id(family, 'create'), [createdValuesPersisted, newSessionNotStarted, deletedSessionNotFound]);
    const rt = runtime;
    const body = arbitraryFor(rt.config.apiVersion, createDefinitionFor(rt.config.apiVersion, family)) as fc.Arbitrary<
      Record<string, unknown>
    >;
    const commands = fc.commands(
      [
        body.map((b) => new CreateCommand(b)),
        fc.nat(9).map((i) => new GetCommand(i)),
        fc.constant(new ListCommand()),
        fc.nat(9).map((i) => new DeleteCommand(i)),
        fc.nat(9).map((i) => new DeleteFromEverySideCommand(i)),
        ...(rt.config.deviceSimulation ? [fc.nat(9).map((i) => new DeviceCommand(i))] : []),
      ],
      { maxCommands: 10 },
    );
    // One run of a command sequence (runner/model/sequence.ts); `keepGoing` for the canonical sequence.
    const run = async (
      cmds: Iterable<fc.AsyncCommand<Model, Real>>,
      outcomes: OutcomeSink,
      keepGoing = false,
    ): Promise<void> => {
      const model: Model = { live: [], gone: [] };
      const real: Real = { api, rt, outcomes, created, family };
      await runModelCommands(cmds, { model, real }, keepGoing, async () => {
        // Each run cleans up after itself, so runs do not see each other's sessions.
        for (const s of model.live) await api.delete(s.family, s.id).catch(() => undefined);
        created.splice(0, created.length, ...created.filter((c) => !model.live.includes(c) && !model.gone.includes(c)));
      });
    };
    // First the canonical sequence, so every rule is checked at least once whatever the seed...
    await withinBudget(
      async () => {
        await run(previewCanonical(rt.config.apiVersion, family, rt.config.deviceSimulation), recorder, true);
      },
      {
        operation: api.id(family, 'create'),
        checks: [createdValuesPersisted, newSessionNotStarted, deletedSessionNotFound],
      },
    );
    // ...then, as the first repetitions, the paths it leaves out (runner/model/everyPath.ts)...
    await rt.client.limiter.endCoverage();
    await withinBudget(() => run(previewPaths(family, rt.config.deviceSimulation), recorder, true));
    // Sizes where behaviour differs (runner/model/sizes.ts): a long audit trail, a list read owning 3 sessions.
    await withinBudget(async () => {
      await observeLongAuditTrail(api, rt, recorder, family, created);
      await readListOwningThree(api, rt, recorder, family, created);
    });
    // ...then random sequences (repetitions under the budget plan), shrunk to the shortest failing one.
    await withinBudget(() =>
      checkProperty(recorder, commands, run, sequenceRuns(rt.config), (seed, path) =>
        replayCommand(testInfo.title, seed, path),
      ),
    );
  });
}

for (const family of FAMILIES) {
  test(`session list, read-only (${family}): sorted, start exclusive, top honoured, paged through once`, async ({
    runtime: rt,
    api,
    recorder,
  }) => {
    await withinBudget(() => pageThrough(api, rt, recorder, family, [], []));
  });
}
