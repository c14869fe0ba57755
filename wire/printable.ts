/**
 * Text from a target or a recording made safe to print: every C0 control character (but tab and newline
 * where a caller keeps them), DEL and every C1 control character (U+0080-U+009F: a terminal may read
 * U+009B as CSI, U+009D as OSC) becomes a visible `\u001b`-style escape. A server's error code or a HAR's
 * URL then cannot set a terminal's title, clear its screen or hide text (issue 21), and the report files
 * carry the same visible escape.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const CONTROL_AND_LINES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

function escape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Escapes control characters, keeping tab and newline (multi-line text such as a body excerpt). */
export function printable(text: string): string {
  return text.replace(CONTROL, escape);
}

/** Escapes every control character, newlines and tabs too: for text that must stay on one line. */
export function printableLine(text: string): string {
  return text.replace(CONTROL_AND_LINES, escape);
}

/** Whether text holds a raw control character other than tab and newline (what `printable` escapes). */
export function hasControl(text: string): boolean {
  return new RegExp(CONTROL.source).test(text);
}
