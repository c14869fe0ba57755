/** The shape of one entry of the legal-mutant register (bench/mutation/legalMutants.ts and its parts). */

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
