import fc from 'fast-check';
import { CheckFailed } from './commands';

/**
 * Runs a sequence of model commands on a fresh model and real system, and always cleans up after it.
 * `keepGoing` (the canonical sequence) runs every command even after one failed, so one broken rule does
 * not hide the others; otherwise fast-check's model run stops at the first failure, for shrinking. A
 * command records its own outcomes and throws `CheckFailed` when they failed: that ends the sequence
 * without being an error of the test.
 */
export async function runModelCommands<M extends object, R>(
  cmds: Iterable<fc.AsyncCommand<M, R>>,
  setup: { model: M; real: R },
  keepGoing: boolean,
  cleanup: (model: M) => Promise<void>,
): Promise<void> {
  const { model, real } = setup;
  const tolerate = (err: unknown): void => {
    if (!(err instanceof CheckFailed)) throw err;
  };
  try {
    if (!keepGoing) {
      await fc.asyncModelRun(() => ({ model, real }), cmds);
      return;
    }
    for (const cmd of cmds) if (cmd.check(model)) await cmd.run(model, real).catch(tolerate);
  } catch (err) {
    tolerate(err);
  } finally {
    await cleanup(model);
  }
}
