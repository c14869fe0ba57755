/**
 * The run machinery's public entry point: the target client (budget, concurrency, 429 retry), the run's
 * configuration, the budget ledger and plan, the preflight, the recorder of outcomes, redaction, HAR
 * writing, the session helpers and the model-based lifecycle commands. `specs/`, `reports/`, `traffic/`,
 * `cli/` and `bench/` import this file, never a module inside (ARCHITECTURE.md, enforced by lint).
 */
export * from './api';
export * from './budget';
export * from './budgetServer';
export * from './checkExchange';
export * from './cleanup';
export * from './client';
export * from './noAnswer';
export * from './config';
export * from './deadline';
export * from './failure';
export * from './familyCalls';
export * from './gaApi';
export * from './har';
export * from './harSave';
export * from './ledger';
export * from './limiter';
export * from './plan';
export * from './preflight';
export * from './property';
export * from './recorder';
export * from './redact';
export * from './replay';
export * from './runtime';
export * from './sessionImage';
export * from './sessions';
export * from './undocumented';
export * from './v13Api';
export * from './cases';
export * from './model/audit';
export * from './model/commands';
export { attemptsCanonical, previewCanonical } from './model/canonical';
export * from './model/device';
export * from './model/observe';
export * from './outcome';
export * from './evaluate';
export * from './model/attemptCommands';
export * from './model/attemptDevice';
export * from './model/deleteSides';
export * from './model/deleteSidesCommands';
export * from './model/everyPath';
export * from './model/readBack';
export * from './model/sequence';
export * from './shellQuote';
export { printable, printableLine, hasControl } from '../wire';
export * from './model/sizes';
