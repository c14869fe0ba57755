/** Public surface of schemas/: versions, definitions, the shared registry, the contract table (operations by version), OpenAPI, conflicts. */
export * from './versions';
export * from './ids';
export { definitionsFor } from './definitions';
export type { DefinitionSet, JsonSchema } from './definitions';
export * from './registry';
export * from './contract';
export * from './openapi';
export * from './conflicts';
export type { Evidence } from './evidence';
export * from './serviceBehaviours';
export * from './liberties';
export { TTL, RESULT_ONLY_WHEN_AVAILABLE } from './definitions/session';
export { DEVICE_CORRELATION_RULE, DEVICE_CORRELATION_ID } from './definitions/create';
export { PAGING } from './definitions/parameters';
export * from './errorCodes';
export * from './flatFields';
export * from './openCases';
export * from './formats';
