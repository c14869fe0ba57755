/**
 * The register of legal mutants: surviving mutants of the mock that change only what the documents leave
 * open, so no check may kill them. Each entry names the mutant by its file, Stryker mutator and a piece of
 * the code it replaced (lines move, text seldom does), and says why it is legal and on which document words.
 * A survivor not named here is a blind spot: a check the suite lacks (`npm run bench:mutation` lists them).
 * A mutant that only does what the widest legal server (`--widest`) also does is legal by construction.
 */
import type { MutantResult } from './report';

/** One legal mutant (or several alike: every surviving mutant of the file that matches). */
export interface LegalMutant {
  /** Path from the project root, e.g. `mock/query.ts`. */
  file: string;
  /** Stryker's mutator name (StringLiteral, ConditionalExpression, …). */
  mutator: string;
  /** A piece of the code the mutant replaced (its original text contains it). */
  original: string;
  /** A piece of the source lines it is on, when its original text alone is too common (`''`). */
  near?: string;
  /** A piece of its replacement, when the original alone names more than the legal ones. */
  replacement?: string;
  /** What the mutant changes as a client sees it, and why that is allowed. */
  reason: string;
  /** The documents' words or section that leave it open (CONTRACT.md §…, a rule id, a seed). */
  basis: string;
}

/** Whether a register entry names a mutant. */
export const names = (entry: LegalMutant, m: MutantResult): boolean =>
  entry.file === m.file &&
  entry.mutator === m.mutatorName &&
  m.original.includes(entry.original) &&
  (entry.near === undefined || m.lines.includes(entry.near)) &&
  (entry.replacement === undefined || m.replacement.includes(entry.replacement));

/** The register entry that declares a mutant legal, if any. */
export const legalEntryOf = (m: MutantResult): LegalMutant | undefined => LEGAL_MUTANTS.find((e) => names(e, m));

/** The register (triaged survivors of `npm run bench:mutation`). */
export const LEGAL_MUTANTS: LegalMutant[] = [
  {
    file: 'mock/handlers/sessionImage.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: 'sessionImageId ??',
    reason: 'equivalent: the router runs this handler only for a path that has a session image id',
    basis: 'mock/router.ts (not a behaviour a client can see)',
  },
  {
    file: 'mock/handlers/sessionImage.ts',
    mutator: 'StringLiteral',
    original: "'NotFound'",
    reason:
      "another error code for an unknown session image: v1.2-preview.1 names none (only the session's 404 is SessionNotFound)",
    basis: 'CONTRACT.md §3: "an exact code is checked only where the reference names one"; §1 op 12 lists no error',
  },
  {
    file: 'mock/handlers/sessionImage.ts',
    mutator: 'StringLiteral',
    original: "'application/octet-stream'",
    reason: 'another (here empty) Content-Type for the image bytes',
    basis: 'CONTRACT.md §1 op 12: "200 image bytes", no media type (the service sends application/octet-stream)',
  },
  {
    file: 'mock/attempts/render.ts',
    mutator: 'StringLiteral',
    original: "'Color'",
    reason: 'another referenceType of the verify reference (here empty)',
    basis:
      'documented conflict ga-verify-reference-type (schemas/conflicts.ts): the swagger enum and the service disagree; the suite leaves it free',
  },
  {
    file: 'mock/attempts/render.ts',
    mutator: 'ConditionalExpression',
    original: "session.family !== 'livenessWithVerify'",
    replacement: 'false',
    reason: 'a liveness session also shows verifyReferences: a member its definition does not list',
    basis: 'CONTRACT.md §4: response schemas allow undocumented members (reported as notes)',
  },
  {
    file: 'mock/attempts/render.ts',
    mutator: 'LogicalOperator',
    original: "session.family !== 'livenessWithVerify'",
    reason: 'a liveness session also shows verifyReferences: a member its definition does not list',
    basis: 'CONTRACT.md §4: response schemas allow undocumented members (reported as notes)',
  },
  {
    file: 'mock/attempts/render.ts',
    mutator: 'ArrayDeclaration',
    original: "[{ referenceType: 'Color'",
    reason: 'a with-verify session lists no verify reference (an empty verifyReferences)',
    basis:
      'v1.2 swagger LivenessWithVerifySessionResults.verifyReferences: required array, no minItems; how many references a verify image gives is not stated',
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'MethodExpression',
    original: 'toLowerCase()',
    reason: 'a simulated model that reaches another decision for the same content (every decision is one of the enum)',
    basis: "CONTRACT.md \u00a72 LivenessDecision: which decision a video gets is the service's model, not a rule",
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'ConditionalExpression',
    original: "text.includes('spoof')",
    reason: 'a simulated model that reaches another decision for the same content (every decision is one of the enum)',
    basis: "CONTRACT.md \u00a72 LivenessDecision: which decision a video gets is the service's model, not a rule",
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'StringLiteral',
    original: "'spoof'",
    near: "text.includes('spoof')",
    reason: 'a simulated model that reaches another decision for the same content (every decision is one of the enum)',
    basis: "CONTRACT.md \u00a72 LivenessDecision: which decision a video gets is the service's model, not a rule",
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'ConditionalExpression',
    original: "text.includes('uncertain')",
    reason: 'a simulated model that reaches another decision for the same content (every decision is one of the enum)',
    basis: "CONTRACT.md \u00a72 LivenessDecision: which decision a video gets is the service's model, not a rule",
  },
  {
    file: 'mock/handlers/livenessResult.ts',
    mutator: 'StringLiteral',
    original: "'uncertain'",
    near: "if (text.includes('uncertain'))",
    replacement: '""',
    reason: 'a simulated model that reaches another decision for the same content (every decision is one of the enum)',
    basis: "CONTRACT.md \u00a72 LivenessDecision: which decision a video gets is the service's model, not a rule",
  },
  {
    file: 'mock/attempts/sessions.ts',
    mutator: 'StringLiteral',
    original: "''",
    near: "?? ''",
    reason: 'equivalent: the router runs these handlers only for a path that has the id',
    basis: 'mock/router.ts (not a behaviour a client can see)',
  },
  {
    file: 'mock/attempts/sessions.ts',
    mutator: 'StringLiteral',
    original: "'NotFound'",
    reason: 'another error code for an unknown session image: no document names one',
    basis:
      'CONTRACT.md \u00a73: "an exact code is checked only where the reference names one"; the v1.2 swagger has only a default error',
  },
  {
    file: 'mock/attempts/sessions.ts',
    mutator: 'StringLiteral',
    original: "'application/octet-stream'",
    reason: 'another (here empty) Content-Type for the image bytes',
    basis: 'v1.2 swagger GetSessionImage: image bytes, no media type (the service sends application/octet-stream)',
  },
];
