import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { IP_ADDRESS_OR_CIDR, isIpAddressOrCidr } from './formats';
import { definitionsFor } from './definitions';
import type { JsonSchema } from './definitions';
import { schemaId } from './ids';
import type { ContractVersion } from './versions';
import { CONTRACT_VERSIONS } from './versions';

/** One way a value breaks a schema: where in the value, where in the schema, which keyword, and why. */
export interface SchemaViolation {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  message: string;
  params: Record<string, unknown>;
}

/** Something that can be validated against: a version's definitions (preview or GA), by name. */
export interface SchemaRegistry {
  readonly versions: readonly ContractVersion[];
  /** The definition names of a version. */
  definitionNames(version: ContractVersion): string[];
  /** The schema document of a definition (throws on an unknown name). */
  schema(version: ContractVersion, definition: string): JsonSchema;
  /** Validates a value; an empty list means valid. Throws on an unknown definition. */
  validate(version: ContractVersion, definition: string, value: unknown): SchemaViolation[];
  /** Validates against an arbitrary schema that may `$ref` registered ids; compiled once and cached. */
  validateWith(schema: JsonSchema, value: unknown): SchemaViolation[];
  has(version: ContractVersion, definition: string): boolean;
}

function toViolation(error: ErrorObject): SchemaViolation {
  return {
    instancePath: error.instancePath,
    schemaPath: error.schemaPath,
    keyword: error.keyword,
    message: error.message ?? error.keyword,
    params: error.params as Record<string, unknown>,
  };
}

/** Creates the project's Ajv: draft 2020-12, strict mode, every error reported, formats from ajv-formats and the descriptions' (`formats.ts`). */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addFormat(IP_ADDRESS_OR_CIDR, isIpAddressOrCidr);
  return ajv;
}

/**
 * Builds a registry over the given versions: every schema is added and compiled once, here, so a typo
 * such as `minLenght` fails at load with Ajv's strict-mode error, not later in a test.
 */
export function buildRegistry<V extends ContractVersion = ContractVersion>(
  // V is a subset of ContractVersion (so a test may pass a preview-only definitions function); the default is all.
  versions: readonly V[] = CONTRACT_VERSIONS as unknown as readonly V[],
  definitions: (v: V) => Record<string, JsonSchema> = definitionsFor,
): SchemaRegistry {
  const ajv = createAjv();
  const byVersion = new Map<ContractVersion, Record<string, JsonSchema>>();
  for (const version of versions) {
    const defs = definitions(version);
    byVersion.set(version, defs);
    for (const schema of Object.values(defs)) ajv.addSchema(schema);
  }
  const compiled = new Map<string, ValidateFunction>();
  for (const version of versions) {
    for (const name of Object.keys(byVersion.get(version) ?? {})) {
      const id = schemaId(version, name);
      try {
        const fn = ajv.getSchema(id);
        if (!fn) throw new Error('not registered');
        compiled.set(id, fn);
      } catch (err) {
        throw new Error(`schema ${name} (${version}) does not compile: ${(err as Error).message}`);
      }
    }
  }
  const adHoc = new WeakMap<JsonSchema, ValidateFunction>();
  // `if` errors only summarise the failing branch, whose own errors are kept: drop them.
  const run = (fn: ValidateFunction, value: unknown): SchemaViolation[] =>
    fn(value) ? [] : (fn.errors ?? []).filter((e) => e.keyword !== 'if').map(toViolation);
  const lookup = (version: ContractVersion, definition: string): ValidateFunction => {
    const fn = compiled.get(schemaId(version, definition));
    if (!fn) {
      throw new Error(
        `unknown definition "${definition}" for ${version}; known: ${Object.keys(byVersion.get(version) ?? {}).join(', ')}`,
      );
    }
    return fn;
  };
  return {
    versions,
    definitionNames: (version) => Object.keys(byVersion.get(version) ?? {}),
    schema: (version, definition) => {
      const schema = byVersion.get(version)?.[definition];
      if (!schema) throw new Error(`unknown definition "${definition}" for ${version}`);
      return schema;
    },
    has: (version, definition) => compiled.has(schemaId(version, definition)),
    validate: (version, definition, value) => run(lookup(version, definition), value),
    validateWith: (schema, value) => {
      let fn = adHoc.get(schema);
      if (!fn) {
        fn = ajv.compile(schema);
        adHoc.set(schema, fn);
      }
      return run(fn, value);
    },
  };
}

let shared: SchemaRegistry | undefined;

/** The process-wide registry over every documented version (previews and GA), built on first use. */
export function registry(): SchemaRegistry {
  shared ??= buildRegistry();
  return shared;
}
