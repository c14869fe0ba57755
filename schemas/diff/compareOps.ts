import type { OperationSpec } from '../contract';
import type { ContractVersion } from '../versions';
import { compareFields } from './compareFields';
import { fieldsOf } from './fields';
import type { OperationPair } from './pairing';
import type { ContractChange } from './types';

const at = (op: OperationSpec): string => `${op.method} ${op.path}`;

/** The parts a multipart body names itself: files and JSON text parts (flat v1.2 fields are compared as fields). */
function namedParts(op: OperationSpec): string[] {
  const body = op.body;
  if (body?.contentType !== 'multipart/form-data') return [];
  return (body.parts ?? []).filter((p) => p.file || !body.flat).map((p) => p.name);
}

function partChanges(pair: OperationPair, base: Pick<ContractChange, 'operation' | 'where'>): ContractChange[] {
  if (pair.from.body?.contentType !== 'multipart/form-data' || pair.to.body?.contentType !== 'multipart/form-data') {
    return [];
  }
  const before = namedParts(pair.from);
  const after = namedParts(pair.to);
  const changes: ContractChange[] = [];
  for (const name of before.filter((n) => !after.includes(n))) {
    const renamed = after.find((n) => !before.includes(n) && n.toLowerCase() === name.toLowerCase());
    if (renamed) {
      changes.push({
        ...base,
        kind: 'part-renamed',
        subject: renamed,
        before: name,
        after: renamed,
        breaking: true,
        reason: 'multipart part names are case-sensitive: the old name is not read',
      });
    } else {
      const flat = pair.to.body?.flat ? '; the fields are sent as flat parts now' : '';
      changes.push({
        ...base,
        kind: 'part-removed',
        subject: name,
        breaking: true,
        reason: `a client still sending it is not understood${flat}`,
      });
    }
  }
  for (const name of after.filter(
    (n) => !before.includes(n) && !before.some((b) => b.toLowerCase() === n.toLowerCase()),
  )) {
    const required = pair.to.body?.parts?.find((p) => p.name === name)?.required ?? false;
    changes.push({
      ...base,
      kind: 'part-added',
      subject: name,
      breaking: required,
      reason: required ? 'required: old requests lack it' : 'optional',
    });
  }
  return changes;
}

/** The definition of an operation's request fields: the JSON body, or the multipart `Parameters`/flat fields. */
function requestDefinition(op: OperationSpec): string | undefined {
  return op.body?.definition ?? op.body?.parts?.find((p) => p.json)?.json;
}

/** The definition of an operation's first success body, if it has one. */
function responseDefinition(op: OperationSpec): string | undefined {
  return op.success.find((s) => s.definition)?.definition;
}

/** Every change between two paired operations: path, success status, media type, parts, request and response fields. */
export function compareOperations(pair: OperationPair, from: ContractVersion, to: ContractVersion): ContractChange[] {
  const where = at(pair.from) === at(pair.to) ? at(pair.to) : `${at(pair.from)} → ${pair.to.path}`;
  const base = { operation: pair.to.name, where };
  const changes: ContractChange[] = [];
  if (pair.match !== 'path') {
    const how =
      pair.match === 'name'
        ? 'matched by name'
        : `matched by name similarity ${pair.score.toFixed(2)}: "${pair.from.name}"`;
    const merged = pair.match === 'similar';
    changes.push({
      ...base,
      kind: merged ? 'operation-merged' : 'operation-moved',
      before: at(pair.from),
      after: at(pair.to),
      breaking: true,
      reason: `${merged ? 'folded into this operation' : 'the old path is gone'} (${how})`,
    });
  }
  const before = pair.from.success.map((s) => s.status).join(' or ');
  const after = pair.to.success.map((s) => s.status).join(' or ');
  if (before !== after) {
    changes.push({
      ...base,
      kind: 'success-status-changed',
      before,
      after,
      breaking: true,
      reason: `a client expecting ${before} sees ${after}`,
    });
  }
  const typeBefore = pair.from.body?.contentType;
  const typeAfter = pair.to.body?.contentType;
  if (typeBefore && typeAfter && typeBefore !== typeAfter) {
    changes.push({
      ...base,
      kind: 'content-type-changed',
      before: typeBefore,
      after: `${typeAfter} only`,
      breaking: true,
      reason: `a request sent as ${typeBefore} is refused`,
    });
  }
  changes.push(...partChanges(pair, base));
  const reqBefore = requestDefinition(pair.from);
  const reqAfter = requestDefinition(pair.to);
  if (reqBefore && reqAfter)
    changes.push(...compareFields(fieldsOf(from, reqBefore), fieldsOf(to, reqAfter), 'request', base));
  const resBefore = responseDefinition(pair.from);
  const resAfter = responseDefinition(pair.to);
  if (resBefore && resAfter) {
    const fields = compareFields(fieldsOf(from, resBefore), fieldsOf(to, resAfter), 'response', base);
    if (resBefore !== resAfter) {
      const breaking = fields.some((c) => c.breaking);
      const reason = breaking
        ? 'the result has another shape: see the field changes'
        : 'the result has another definition, with every old field kept';
      changes.push({ ...base, kind: 'response-shape-changed', before: resBefore, after: resAfter, breaking, reason });
    }
    changes.push(...fields);
  }
  return changes;
}
