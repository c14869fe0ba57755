/**
 * Reads Stryker's incremental result file (bench/mutation/stryker-incremental.json, the mutation-testing
 * report schema) into mutants with their original text, for the score table and the legal register.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The committed incremental result of `npm run bench:mutation`. */
export const INCREMENTAL_FILE = join(__dirname, 'stryker-incremental.json');

interface Position {
  line: number;
  column: number;
}

interface ReportFile {
  source: string;
  mutants: {
    id: string;
    mutatorName: string;
    replacement?: string;
    status: string;
    location: { start: Position; end: Position };
  }[];
}

/** One mutant as the score and the register see it. */
export interface MutantResult {
  /** Path from the project root, e.g. `mock/query.ts`. */
  file: string;
  /** Line of its start, 1-based. */
  line: number;
  mutatorName: string;
  /** The code it replaced and what it put there. */
  original: string;
  /** The whole source lines the mutant spans (its context). */
  lines: string;
  replacement: string;
  /** Stryker's status: Killed, Survived, Timeout, NoCoverage, CompileError, RuntimeError, Ignored. */
  status: string;
}

/** The text between two report positions (lines and columns 1-based, end exclusive). */
function slice(source: string, start: Position, end: Position): string {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1].slice(start.column - 1, end.column - 1);
  return [
    lines[start.line - 1].slice(start.column - 1),
    ...lines.slice(start.line, end.line - 1),
    lines[end.line - 1].slice(0, end.column - 1),
  ].join('\n');
}

/** Every mutant of a result file (default: the committed incremental file), in file and line order. */
export function readMutants(path = INCREMENTAL_FILE): MutantResult[] {
  const report = JSON.parse(readFileSync(path, 'utf8')) as { files: Record<string, ReportFile> };
  return Object.entries(report.files)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([file, f]) =>
      f.mutants
        .map((m) => ({
          file: file.replace(/\\/g, '/'),
          line: m.location.start.line,
          mutatorName: m.mutatorName,
          original: slice(f.source, m.location.start, m.location.end),
          lines: f.source
            .split('\n')
            .slice(m.location.start.line - 1, m.location.end.line)
            .join('\n'),
          replacement: m.replacement ?? m.mutatorName,
          status: m.status,
        }))
        .sort((a, b) => a.line - b.line),
    );
}

/** The mock folder a file counts in: its directory (`mock/handlers/audit.ts` → `mock/handlers/`). */
export const folderOf = (file: string): string => `${file.slice(0, file.lastIndexOf('/'))}/`;
