/** One part of a multipart/form-data body, as recorded text. */
export interface RecordedPart {
  name: string;
  filename?: string;
  text: string;
}

/**
 * Splits a recorded multipart/form-data body (HAR postData text) into its parts; undefined when the
 * Content-Type carries no boundary or the text is not framed by it.
 */
export function multipartParts(text: string, contentType: string): RecordedPart[] | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary || !text.includes(`--${boundary}`)) return undefined;
  const parts: RecordedPart[] = [];
  for (const chunk of text.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const split = chunk.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = chunk.slice(0, split);
    const name = /(?:^|[;\s])name="([^"]*)"/i.exec(head)?.[1];
    if (name === undefined) continue;
    const filename = /filename="([^"]*)"/i.exec(head)?.[1];
    parts.push({
      name,
      ...(filename !== undefined ? { filename } : {}),
      text: chunk.slice(split + 4).replace(/\r\n$/, ''),
    });
  }
  return parts;
}
