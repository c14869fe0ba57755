/**
 * The run machinery's public entry point: the target client (budget, concurrency, 429 retry), the run's
 * configuration, the budget ledger and plan, the preflight, the recorder of outcomes, redaction, HAR
 * writing, the session helpers and the model-based lifecycle commands. `specs/`, `reports/`, `traffic/`,
 * `cli/`, `bench/` and `tests/` import this file, never a module inside (ARCHITECTURE.md, enforced by lint);
 * it exports what they import and nothing more (tests/lint/entryPoints.spec.ts).
 */
// Configuration, the run's deadline, the preflight.
export type { SuiteConfig } from './config';
export { ConfigError, SUITE_CONFIG_ENV, handConfig, handedConfig, loadConfig } from './config';
export { RunDeadline, startRunDeadline } from './deadline';
export { PREFLIGHT_SENT_ENV, preflight } from './preflight';
// The target client, the budget and its plan.
export type { ClientBounds } from './client';
export { TargetClient, retryAfterMs } from './client';
export type { BudgetState } from './budget';
export {
  BudgetLedger,
  NOT_RUN_BUDGET,
  NOT_RUN_DEADLINE,
  NOT_RUN_LIMIT,
  NOT_RUN_PREFIX,
  NOT_RUN_RATE_LIMITED,
  NOT_RUN_TARGET,
  RequestRefused,
} from './budget';
export { BUDGET_URL_ENV, RemoteBudget, startBudgetServer } from './budgetServer';
export { BudgetExhausted, Limiter } from './limiter';
export { planFor, planReserve } from './plan';
export { firstPerLabel, invalidCreate, splitBoundaries } from './firstPass';
export { ADDITIONS_REQUIRE, LEFT_OUT, TITLES } from './titles';
// A worker's runtime, checking and recording.
export type { Runtime } from './runtime';
export { createRuntime } from './runtime';
export type { CheckTarget } from './evaluate';
export { runCheck, unmetReason } from './evaluate';
export { BODY_NOT_READ, checkExchange, rateLimitedReason } from './checkExchange';
export { intentOf, toWire } from './cases';
export type { NoteRecord, Outcome, OutcomeSink } from './outcome';
export type { OutcomeRecord, TestOutcomes } from './recorder';
export { Recorder } from './recorder';
export type { FailureRecord } from './failure';
export { curlLine } from './failure';
export { shellQuote, shellWord } from './shellQuote';
export { printable, printableLine } from '../wire';
export { undocumentedFields } from './undocumented';
export { checkProperty, sequenceRuns } from './property';
export { replayCommand } from './replay';
// Redaction and HAR files.
export { Redactor } from './redact';
export type { HarEntry, HarLog, HarNameValue } from './har';
export { HarSaver } from './harSave';
// Session helpers and cleanup.
export type { CreatedSession, SessionFamily } from './sessionCalls';
export { SessionCalls } from './sessionCalls';
export { familyOf, plainCreateBody, sessionFor } from './sessions';
export { prepareSessionImage } from './sessionImage';
export { deleteOpenSessions, deleteTestSessions } from './cleanup';
// The model-based lifecycles.
export type { Model, Real } from './model/commands';
export { CreateCommand, DeleteCommand, DeviceCommand, GetCommand, ListCommand } from './model/commands';
export type { GaModel, GaReal } from './model/attemptCommands';
export {
  GaCreateCommand,
  GaDeleteCommand,
  GaDeviceCommand,
  GaGetCommand,
  GaWrongAuthCommand,
} from './model/attemptCommands';
export { DeleteFromEverySideCommand, GaDeleteFromEverySideCommand } from './model/deleteSidesCommands';
export { attemptsCanonical, previewCanonical } from './model/canonical';
export { attemptsPaths, previewPaths } from './model/everyPath';
export { runModelCommands } from './model/sequence';
export { pageThrough } from './model/observe';
export { observeLongAuditTrail, readListOwningThree } from './model/sizes';
