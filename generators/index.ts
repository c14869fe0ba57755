/** Public surface of generators/: arbitraries from the schemas, labelled cases, requests per operation. */
export { fromSchema, arbitraryFor, exampleFor } from './fromSchema';
export type { FromSchemaOptions } from './fromSchema';
export { invalidCases, boundaryCases, invalidArbitrary } from './cases/invalidCases';
export type { InvalidCase, BoundaryCase, InvalidScenario, BoundaryScenario } from './cases/types';
export { describeOperation } from './requests/describe';
export type { OperationShape, ParameterShape, PartShape } from './requests/describe';
export { requestArbitrary, baseRequest } from './requests/positive';
export { negativeRequests, negativeRequestArbitrary } from './requests/negative';
export { boundaryRequests } from './requests/boundary';
export { serializedViolations, confirmsViolation, AUDIT_START_RULE } from './requests/check';
export type { SerializedViolation } from './requests/check';
export { requestUrl, FAKE_JPEG } from './requests/serialize';
export type { AuthLabel, RequestCase, RequestOptions, RequestScenario, ViolationLabel } from './requests/types';
export { textLengths, withinEveryReading, isNonAscii, hasAstral } from './keywords/string/unicode';
export type { TextLengths } from './keywords/string/unicode';
