/** JSON pointers (RFC 6901) into instances: building them, and reading or changing a document at one. */

/** Appends one reference token to a pointer, escaping `~` and `/`. */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Whether `ancestor` is `pointer` itself or one of its ancestors. */
export function isSelfOrAncestor(ancestor: string, pointer: string): boolean {
  return ancestor === pointer || pointer.startsWith(`${ancestor}/`);
}

/** The parent pointer and last token of a non-root pointer. */
export function splitPointer(pointer: string): { parent: string; token: string } {
  const all = tokens(pointer);
  const token = all.pop();
  if (token === undefined) throw new Error('splitPointer: the root pointer has no parent');
  return { parent: all.map((t) => childPointer('', t)).join(''), token };
}

/** The value at a pointer, or undefined when a step is missing. */
export function getAt(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const t of tokens(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[t];
  }
  return node;
}

/** A copy of `doc` with the value at `pointer` replaced (`undefined` removes it); ancestors must exist. */
export function setAt(doc: unknown, pointer: string, value: unknown): unknown {
  const all = tokens(pointer);
  if (all.length === 0) return value;
  const [head, ...rest] = all;
  const restPointer = rest.map((t) => childPointer('', t)).join('');
  if (Array.isArray(doc)) {
    const copy = [...doc];
    const index = Number(head);
    if (rest.length === 0 && value === undefined) copy.splice(index, 1);
    else copy[index] = setAt(copy[index], restPointer, value);
    return copy;
  }
  if (doc === null || typeof doc !== 'object') throw new Error(`setAt: no object at the parent of ${pointer}`);
  const copy: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
  if (rest.length === 0 && value === undefined) delete copy[head];
  else copy[head] = setAt(copy[head], restPointer, value);
  return copy;
}
