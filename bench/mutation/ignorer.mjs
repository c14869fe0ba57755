/**
 * A Stryker ignorer (`"ignorers": ["not-behaviour"]` in stryker.config.json): no mutant in error messages (free
 * text in every document; the mock's start-up errors are no HTTP behaviour) nor in the mock's planted faults. A clean mock has no fault on, so `faults.has('name')` is false in every run the test command makes:
 * mutating the call, its name, or the code only a fault reaches changes nothing (an equivalent mutant), and
 * mutating it into `true` only plants the fault, which the self-check already proves is caught. Ignored:
 * a fault test (`faults.has('…')`, or an `&&` with one), the branch it guards, and a negated test's
 * `else` (the guarded branch of `!faults.has('…')`). Stryker reports these mutants as Ignored with the reason.
 */

/** `faults.has('…')`, `config.faults.has('…')`, `ctx.config.faults.has('…')`. */
function isFaultCall(node) {
  if (node?.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return false;
  const { object, property } = node.callee;
  const named = (n) => n?.type === 'Identifier' && n.name === 'faults';
  const isFaults = named(object) || (object.type === 'MemberExpression' && named(object.property));
  return property.type === 'Identifier' && property.name === 'has' && isFaults;
}

/** True only with a fault on: a fault call, or an `&&` one side of which is. */
function faultOnly(node) {
  if (isFaultCall(node)) return true;
  return (
    node?.type === 'LogicalExpression' && node.operator === '&&' && (faultOnly(node.left) || faultOnly(node.right))
  );
}

/** False only with a fault on: `!` of a fault-only test. */
const faultOff = (node) => node?.type === 'UnaryExpression' && node.operator === '!' && faultOnly(node.argument);

const REASON = 'planted-fault code: inactive in a clean run (bench/mutation/ignorer.mjs)';
const MESSAGE = 'an error message: FaceErrorResponse.error.message is free text (seeds 000-003 "Other Status Codes")';

/**
 * Where an error's message goes: `new HttpError(status, code, message)`, `badArgument(message)`, `new Error(message)`,
 * `unsupported(ctx, expected)` (the create handlers' 415: `expected` is only words of its message).
 */
const MESSAGE_ARGUMENT = { HttpError: 2, badArgument: 0, Error: 0, unsupported: 1 };

/** Whether a node is the message argument of an error. */
function isMessage(path) {
  const { parent, listKey, key } = path;
  if (listKey !== 'arguments' || !['CallExpression', 'NewExpression'].includes(parent?.type)) return false;
  const callee = parent.callee.type === 'Identifier' ? parent.callee.name : undefined;
  return callee !== undefined && MESSAGE_ARGUMENT[callee] === key;
}

/** The ignorer: the reason for a node in a fault's code, else undefined. */
const notBehaviour = {
  shouldIgnore(path) {
    const { node, parent, key } = path;
    if (faultOnly(node) || faultOff(node)) return REASON;
    if (isMessage(path)) return MESSAGE;
    const guarded = parent?.type === 'IfStatement' || parent?.type === 'ConditionalExpression';
    if (guarded && key === 'consequent' && faultOnly(parent.test)) return REASON;
    if (guarded && key === 'alternate' && faultOff(parent.test)) return REASON;
    if (parent?.type === 'LogicalExpression' && parent.operator === '&&' && key === 'right' && faultOnly(parent.left))
      return REASON;
    return undefined;
  },
};

export const strykerPlugins = [{ kind: 'Ignore', name: 'not-behaviour', value: notBehaviour }];
