import type { OperationSpec, Role, SessionFamily } from '../schemas';
import { familyOperation, familyOperationIds } from '../schemas';
import type { Runtime } from './runtime';

/**
 * Session calls of one design (`Api` for the previews, `GaApi` for v1.2), addressed by family and role:
 * each operation comes from the contract table for the run's own version, so no helper names an id.
 */
export class FamilyCalls<R extends Role> {
  constructor(
    protected readonly rt: Runtime,
    private readonly roles: readonly R[],
  ) {}

  /** The run's version's operation of a role for a family; throws when the version has none. */
  op(family: SessionFamily, role: Role): OperationSpec {
    return familyOperation(this.rt.config.apiVersion, family, role);
  }

  /** The operation ids of a family in the run's version, by role: "the get of this family". */
  ids(family: SessionFamily): Record<R, string> {
    return familyOperationIds(this.rt.config.apiVersion, this.roles)[family];
  }
}
