/**
 * Quoting for the shell lines the suite prints (curl lines, replay commands), which users paste into a
 * shell: whatever a target or a recording put in a URL, header or id, the line runs curl and nothing else.
 *
 * Chosen over the `shell-quote` package: POSIX single quotes are the one form where no character but `'`
 * itself is special, so the whole rule is "`'` becomes `'\''`" (a dependency for that would only add its
 * own history of quoting bugs). A string with control characters (newline, ESC, C1) is written instead in
 * `$'…'` (POSIX.1-2024, bash, zsh, ksh) with every such character as `\xHH`, so a printed line never holds
 * a raw control character and stays one line in a terminal.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Characters that need no quoting at all (a bare word stays readable: `curl -i -X GET`). */
const BARE = /^[A-Za-z0-9_./:@%+=,-]+$/;

/** As shellQuote, but a word of only safe characters stays bare (`GET`, `--out`, `reports/x.har`). */
export function shellWord(value: string): string {
  return BARE.test(value) ? value : shellQuote(value);
}

function hex(byte: number): string {
  return `\\x${byte.toString(16).padStart(2, '0')}`;
}

/** One argument, quoted for a POSIX shell; the shell reads it back as exactly `value`. */
export function shellQuote(value: string): string {
  if (!CONTROL.test(value)) return `'${value.replace(/'/g, `'\\''`)}'`;
  const body = value
    .replace(/[\\']/g, (c) => `\\${c}`)
    .replace(CONTROL_ALL, (c) => {
      const code = c.charCodeAt(0);
      // A C1 character is two bytes in UTF-8 (0xc2 then itself): written as bytes, it reads back as itself.
      return code < 0x80 ? hex(code) : `${hex(0xc2)}${hex(code)}`;
    });
  return `$'${body}'`;
}
