import { printableLine } from '../wire';

/**
 * A HAR file that cannot be read or is refused: one line naming the file and, where it applies, the entry.
 * The line is printed as is, so what it quotes from the file has its control characters escaped.
 */
export class HarError extends Error {
  override name = 'HarError';
  constructor(message: string) {
    super(printableLine(message));
  }
}
