import type { ContractVersion } from '../versions';

/**
 * One point where the documents leave a server a choice (STYLE.md 14): a server may take either way, so no
 * check may fail it there. The liberty register sits beside the conflicts (`schemas/conflicts.ts`) and the
 * service behaviours (`schemas/serviceBehaviours.ts`), in one id space with them.
 */
export interface Liberty {
  /** Stable id, unique across liberties, conflicts and service behaviours. */
  id: string;
  title: string;
  /** The versions whose documents leave this choice. */
  versions: readonly ContractVersion[];
  /** The documents' own words (quoted or cited) that leave the choice open. */
  basis: readonly string[];
  /** Conflicts and service behaviours (by id) that are instances of this liberty. */
  covers?: readonly string[];
  /** What the widest legal server (`npm run mock -- --widest`, mock/widest/) does with it. */
  widest: string;
}

/** A conflict or service behaviour that is not a liberty (only one side is legal), and why. */
export interface NotALiberty {
  id: string;
  why: string;
}
