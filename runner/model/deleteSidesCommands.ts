/**
 * The delete commands of both model runs, seen from every side (`deleteSides.ts`): the design's own delete
 * step (delete, read 404, token refused) between the steps every version shares.
 */
import type { SessionFamily } from '../../schemas';
import type { Runtime } from '../runtime';
import type { OutcomeSink } from '../outcome';
import { Outcomes } from '../outcome';
import type { Model, Real } from './commands';
import { CheckFailed, DeleteCommand } from './commands';
import type { GaModel, GaReal } from './attemptCommands';
import { GaDeleteCommand } from './attemptCommands';
import { afterDelete, beforeDelete } from './deleteSides';

/** Runs `own` between the steps before and after a delete; fails the command when a check of them failed. */
async function fromEverySide(
  rt: Runtime,
  into: OutcomeSink,
  session: { family: SessionFamily; id: string },
  own: () => Promise<void>,
  keptImageId?: string,
): Promise<void> {
  const step = new Outcomes(into);
  const images = await beforeDelete(rt, step, session.family, session.id);
  try {
    await own();
  } finally {
    await afterDelete(rt, step, session.family, session.id, images, keptImageId);
  }
  if (step.failed) throw new CheckFailed('delete from every side');
}

/**
 * Requests of the steps around a delete (`deleteSides.ts`) at most: 2 before, 2 after, its first session image,
 * another live session's image.
 */
const SIDES_REQUESTS = 6;

/** Delete a live preview session from every side. */
export class DeleteFromEverySideCommand extends DeleteCommand {
  override requests(deviceSimulation: boolean): number {
    return super.requests(deviceSimulation) + SIDES_REQUESTS;
  }
  override async run(m: Model, r: Real): Promise<void> {
    const s = this.session(m);
    await fromEverySide(r.rt, r.outcomes, s, () => super.run(m, r));
  }
  override toString = (): string => `deleteFromEverySide(#${this.index})`;
}

/** Delete a live session of v1.2 or later from every side. */
export class GaDeleteFromEverySideCommand extends GaDeleteCommand {
  override requests(deviceSimulation: boolean): number {
    return super.requests(deviceSimulation) + SIDES_REQUESTS;
  }
  override async run(m: GaModel, r: GaReal): Promise<void> {
    const deleted = m.live[this.index % m.live.length];
    // The newest image another live session's attempt named and the model read: the delete must leave it.
    const kept = m.live.flatMap((t) => (t === deleted ? [] : (t.imageIds ?? []))).at(-1);
    await fromEverySide(r.rt, r.outcomes, deleted.session, () => super.run(m, r), kept);
  }
  override toString = (): string => `deleteFromEverySide(#${this.index})`;
}
