/**
 * The shape of one entry of the legal-mutant register (bench/mutation/legalMutants.ts and its parts), the
 * bases several parts cite, and the one way a part turns rows of exact mutants into entries.
 */

/** One legal mutant (or several alike: every surviving mutant of the file that matches). */
export interface LegalMutant {
  /** Path from the project root, e.g. `mock/query.ts`. */
  file: string;
  /** Stryker's mutator name (StringLiteral, ConditionalExpression, …). */
  mutator: string;
  /** A piece of the code the mutant replaced (its original text contains it; with `whole`, is it). */
  original: string;
  /** The original text is the mutant's whole original, not a piece (a narrow mutant inside a wider one). */
  whole?: boolean;
  /** A piece of the source lines it is on, when its original text alone is too common (`''`). */
  near?: string;
  /** A piece of its replacement, when the original alone names more than the legal ones. */
  replacement?: string;
  /** What the mutant changes as a client sees it, and why that is allowed. */
  reason: string;
  /** The documents' words or section that leave it open (CONTRACT.md §…, a rule id, a seed). */
  basis: string;
}

/** Words of a mutant that changes nothing a client can see. */
export const NOT_SEEN = 'not a behaviour a client can see';

/** The basis of an error message. */
export const FREE_TEXT = 'seeds 000-003 "Other Status Codes": FaceErrorResponse.error.message is free text';

/** The basis of an error code no document names. */
export const NO_CODE =
  'CONTRACT.md §3: "an exact code is checked only where the reference names one"; no document names this refusal (schemas/liberties/errors.ts)';

/** The basis of what happens at the very millisecond a TTL ends. */
export const TTL_EDGE =
  'seeds 001/003 authTokenTimeToLiveInSeconds: a lifetime in seconds; no document says whether the instant it ends is still inside it';

/** The basis of how the simulated device call answers a body the suite never sends. */
export const DEVICE_PROTOCOL =
  'CONTRACT.md §1 "Simulated device call, the protocol our mock offers" (§5: the same for every version): the suite sends only multipart/form-data with a part Content; no document says how a server answers another body';

/** One exact mutant: its mutator, its whole original text, a piece of its replacement (or any), and why it is legal. */
export type ExactRow = readonly [mutator: string, original: string, replacement: string | undefined, reason: string];

/** Entries naming exact mutants (`whole`) of one file, all on one basis. */
export const exactEntries = (file: string, basis: string, rows: readonly ExactRow[]): LegalMutant[] =>
  rows.map(([mutator, original, replacement, reason]) => ({
    file,
    mutator,
    original,
    whole: true,
    ...(replacement === undefined ? {} : { replacement }),
    reason,
    basis,
  }));
