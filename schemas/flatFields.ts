/**
 * The flat multipart fields of a v1.2 with-verify create (CONTRACT.md §5: "flat fields", one text part per
 * field beside the file part): how a value is written as a part, and how a part's text reads back as a
 * value of the definition's property type. Shared by the generators (which re-check what they send) and
 * the mock (which validates what it receives), so both read a part the same way.
 */

/** The text of a field value as a flat part: a string as it is, anything else as its JSON text. */
export function flatFieldText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * One flat part's text as a value, by its schema type: `true`/`false` for booleans, a number for numeric
 * text; anything else stays text, so the schema refuses it with its own pointer.
 */
export function flatFieldValue(type: unknown, text: string): unknown {
  const types = Array.isArray(type) ? type : [type];
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if ((types.includes('integer') || types.includes('number')) && text.trim() !== '' && Number.isFinite(Number(text))) {
    return Number(text);
  }
  return text;
}
