import type { FieldInfo, FieldMap } from './fields';
import { pairRenames } from './similarity';
import type { ChangeKind, ContractChange } from './types';

/** Which side of an exchange a definition describes: requests are exact, responses lenient (CONTRACT.md §4). */
export type Side = 'request' | 'response';

type Base = Pick<ContractChange, 'operation' | 'where'>;

const parentOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('.')));
const leaf = (path: string): string => path.split('.').pop() ?? path;
/** Whether `path` lies inside one of `roots` (so a change of the root already says it). */
const inside = (path: string, roots: Set<string>): boolean =>
  [...roots].some((r) => path.startsWith(`${r}.`) || path.startsWith(`${r}[]`));
/** A field as an added or removed one is shown: its type or enum, and its bounds when it states any. */
const show = (f: FieldInfo): string =>
  `${f.enum ? `enum ${f.enum.join(' | ')}` : f.type}${f.bounds ? ` (${f.bounds})` : ''}`;

function enumChange(side: Side, base: Base, subject: string, before: FieldInfo, after: FieldInfo): ContractChange[] {
  if (!before.enum || !after.enum) return [];
  const removed = before.enum.filter((v) => !after.enum?.includes(v));
  const added = after.enum.filter((v) => !before.enum?.includes(v));
  if (removed.length === 0 && added.length === 0) return [];
  const kind: ChangeKind =
    removed.length && added.length ? 'enum-replaced' : removed.length ? 'enum-narrowed' : 'enum-widened';
  const gone = removed.join(', ');
  const reason =
    kind === 'enum-widened'
      ? side === 'request'
        ? `new values ${added.join(', ')} may be sent; old requests stay valid`
        : `new values ${added.join(', ')}; the enums are extensible (CONTRACT.md §2), clients must tolerate new values`
      : side === 'request'
        ? `a client sending ${gone} is refused`
        : `a client waiting for ${gone} never sees it`;
  return [
    {
      ...base,
      kind,
      subject,
      before: before.enum.join(' | '),
      after: after.enum.join(' | '),
      breaking: kind !== 'enum-widened',
      reason,
    },
  ];
}

/**
 * The changes between two flattened definitions of one operation. Removed and added siblings of the same
 * type and similar names are reported as renames (word similarity ≥ 0.4, e.g. livenessSingleModalModel →
 * livenessModelVersion, result → results); fields inside a removed, added or renamed field are not listed again.
 */
export function compareFields(before: FieldMap, after: FieldMap, side: Side, base: Base): ContractChange[] {
  const removed = [...before.keys()].filter((p) => !after.has(p));
  const added = [...after.keys()].filter((p) => !before.has(p));
  const compatible = (r: string, a: string): boolean =>
    parentOf(r) === parentOf(a) && before.get(r)?.type === after.get(a)?.type;
  const renames = pairRenames(removed, added, compatible, 0.4, leaf);
  const roots = new Set([...removed, ...added]);
  const changes: ContractChange[] = [];
  const prefix = side === 'request' ? 'request' : 'response';
  for (const [r, a, score] of renames) {
    if (inside(r, roots) || inside(a, roots)) continue;
    const reason =
      side === 'request'
        ? `the old name is refused (the body is exact); matched by name similarity ${score.toFixed(2)}`
        : `a client reading the old name finds nothing; matched by name similarity ${score.toFixed(2)}`;
    changes.push({ ...base, kind: `${prefix}-field-renamed`, subject: a, before: r, after: a, breaking: true, reason });
    changes.push(...enumChange(side, base, a, before.get(r)!, after.get(a)!));
  }
  const renamed = new Set(renames.flatMap(([r, a]) => [r, a]));
  for (const path of removed) {
    if (renamed.has(path) || inside(path, roots)) continue;
    const reason =
      side === 'request'
        ? 'a client still sending it is refused (request bodies are exact)'
        : 'a client reading it finds nothing';
    changes.push({
      ...base,
      kind: `${prefix}-field-removed`,
      subject: path,
      before: show(before.get(path)!),
      breaking: true,
      reason,
    });
  }
  for (const path of added) {
    if (renamed.has(path) || inside(path, roots)) continue;
    const info = after.get(path)!;
    const breaking = side === 'request' && info.required;
    const reason =
      side === 'request'
        ? breaking
          ? 'required: a client that does not send it is refused'
          : 'optional: old requests stay valid'
        : 'responses are lenient: a client may ignore a new field';
    changes.push({ ...base, kind: `${prefix}-field-added`, subject: path, after: show(info), breaking, reason });
  }
  for (const [path, old] of before) {
    const now = after.get(path);
    if (!now || inside(path, roots)) continue;
    if (old.type !== now.type) {
      changes.push({
        ...base,
        kind: 'type-changed',
        subject: path,
        before: old.type,
        after: now.type,
        breaking: true,
        reason: `${side} values of type ${old.type} no longer fit`,
      });
    }
    changes.push(...enumChange(side, base, path, old, now));
    if (side === 'request' && !old.required && now.required) {
      changes.push({
        ...base,
        kind: 'request-field-now-required',
        subject: path,
        breaking: true,
        reason: 'a client that does not send it is refused',
      });
    }
  }
  return changes;
}
