/** A JSON Schema (draft 2020-12) object as this project writes it. */
export type JsonSchema = { [keyword: string]: unknown };

/** The definitions of one API version, keyed by definition name. */
export type DefinitionSet = Record<string, JsonSchema>;
