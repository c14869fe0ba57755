import type { FlatSchema } from './flat';
import { cloneFlat, emptyFlat, satisfiable } from './flat';
import { assertSupported, unsupported } from './keywords';
import type { Located } from './located';
import { child, resolveRef } from './located';
import { mergeKeywords } from './merge';

/** One way through a combinator: the nodes that join the conjunction, and those the value must not match. */
interface Branch {
  add: Located[];
  not: Located[];
}

function list(node: Located, keyword: string): Located[] {
  const value = node.schema[keyword];
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) throw unsupported(`"${keyword}" value`, node.at);
  return value.map((s, i) => child(node, s, keyword, i));
}

/**
 * The branches of a node's choice keywords. `if`/`then`/`else` gives two: "else" (the `if` must fail)
 * first, so shrinking and example values prefer the plain case, then "if and then".
 */
function branchesOf(node: Located): Branch[][] {
  const choices: Branch[][] = [];
  const anyOf = list(node, 'anyOf');
  if (anyOf.length) choices.push(anyOf.map((b) => ({ add: [b], not: [] })));
  const oneOf = list(node, 'oneOf');
  if (oneOf.length) choices.push(oneOf.map((b, i) => ({ add: [b], not: oneOf.filter((_, j) => j !== i) })));
  const { schema } = node;
  if (schema.if !== undefined) {
    const cond = child(node, schema.if, 'if');
    const then = schema.then === undefined ? [] : [child(node, schema.then, 'then')];
    const otherwise = schema.else === undefined ? [] : [child(node, schema.else, 'else')];
    choices.push([
      { add: otherwise, not: [cond] },
      { add: [cond, ...then], not: [] },
    ]);
  }
  return choices;
}

function walk(flat: FlatSchema, queue: Located[], out: FlatSchema[], depth: number): void {
  if (depth > 64) throw unsupported('reference cycle (more than 64 nested $ref/allOf)', flat.at);
  while (queue.length > 0) {
    const node = queue.shift() as Located;
    assertSupported(node.schema, node.at);
    mergeKeywords(flat, node);
    if (node.schema.not !== undefined) flat.not.push(child(node, node.schema.not, 'not'));
    if (node.schema.$ref !== undefined) queue.push(resolveRef(node));
    queue.push(...list(node, 'allOf'));
    const choices = branchesOf(node);
    if (choices.length > 0) {
      const [first, ...rest] = choices;
      for (const branch of first) {
        const next = cloneFlat(flat);
        next.not.push(...branch.not);
        const pending = rest.length > 0 ? [{ ...node, schema: restOf(node, rest.length) }] : [];
        walk(next, [...branch.add, ...pending, ...queue], out, depth + 1);
      }
      return;
    }
  }
  if (satisfiable(flat)) out.push(flat);
}

/** The node with only its choice keywords after the first one left (the first is being branched on). */
function restOf(node: Located, remaining: number): Located['schema'] {
  const keys = ['anyOf', 'oneOf', 'if'].filter((k) => node.schema[k] !== undefined).slice(-remaining);
  const out: Located['schema'] = {};
  for (const k of keys) out[k] = node.schema[k];
  if (keys.includes('if')) {
    if (node.schema.then !== undefined) out.then = node.schema.then;
    if (node.schema.else !== undefined) out.else = node.schema.else;
  }
  return out;
}

/**
 * Takes a conjunction of schema nodes apart into alternatives without combinators: `$ref` followed,
 * `allOf` merged, `anyOf`/`oneOf`/`if` branched, `not` kept for the values to avoid. Contradictory alternatives are dropped.
 */
export function expand(conjunction: readonly Located[]): FlatSchema[] {
  const out: FlatSchema[] = [];
  walk(emptyFlat(conjunction[0]?.at ?? '#'), [...conjunction], out, 0);
  return out;
}
