import { printable, printableLine } from '../wire';

/** A mistake in how a command was called or configured: reported as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Runs a command's main function: a UsageError prints one line (`<command>: <problem>`) and exits 2;
 * any other error is a bug and is printed whole, also exit 2; otherwise the returned code is the exit code.
 */
export function runMain(command: string, main: () => Promise<number> | number): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (err: unknown) => {
        // Messages may quote a target or a recording: control characters are escaped before the terminal.
        if (err instanceof UsageError) process.stderr.write(`${command}: ${printableLine(err.message)}\n`);
        else
          process.stderr.write(
            `${command}: internal error: ${printable(err instanceof Error ? (err.stack ?? err.message) : String(err))}\n`,
          );
        process.exitCode = 2;
      },
    );
}
