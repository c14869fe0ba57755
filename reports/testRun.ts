import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { TestCase, TestResult } from '@playwright/test/reporter';
import type { TestOutcomes } from '../runner';
import type { TestRun } from './model';

/** Name of the JSON attachment every conformance test carries (specs/fixtures.ts). */
export const OUTCOMES_ATTACHMENT = 'liveness-outcomes';

const ANSI = /\u001b\[[0-9;]*m/g;

function attachmentText(a: TestResult['attachments'][number]): string | undefined {
  if (a.body) return a.body.toString('utf8');
  if (a.path) return readFileSync(a.path, 'utf8');
  return undefined;
}

function isOutcomes(v: unknown): v is TestOutcomes {
  const o = v as Partial<TestOutcomes> | null;
  return !!o && Array.isArray(o.outcomes) && Array.isArray(o.failures) && Array.isArray(o.notes);
}

/** The outcomes attached to a result, or an error message when the attachment is there but unreadable. */
export function readOutcomes(result: TestResult): { outcomes?: TestOutcomes; error?: string } {
  const attachment = result.attachments.filter((a) => a.name === OUTCOMES_ATTACHMENT).pop();
  if (!attachment) return {};
  try {
    const parsed: unknown = JSON.parse(attachmentText(attachment) ?? '');
    if (!isOutcomes(parsed)) return { error: `the ${OUTCOMES_ATTACHMENT} attachment is not a TestOutcomes value` };
    return { outcomes: { ...parsed, checks: parsed.checks ?? [], requests: parsed.requests ?? 0 } };
  } catch (err) {
    return { error: `the ${OUTCOMES_ATTACHMENT} attachment could not be read: ${String(err)}` };
  }
}

/** A Playwright test result as the aggregator's input; `rootDir` makes locations relative. */
export function toTestRun(test: TestCase, result: TestResult, rootDir: string): TestRun {
  const { outcomes, error } = readOutcomes(result);
  const errors = result.errors.map((e) =>
    (e.message ?? e.value ?? 'unknown error').replace(ANSI, '').split('\n').slice(0, 20).join('\n'),
  );
  if (error) errors.push(error);
  const skip = [...test.annotations, ...(result.annotations ?? [])].find((a) => a.type === 'skip');
  const file = relative(rootDir, test.location.file) || test.location.file;
  // A test that recorded a failed check is failed, whatever Playwright concluded (e.g. skipped after the
  // budget ran out): the verdict and the exit code never hide a failure.
  const failedChecks = (outcomes?.failures.length ?? 0) > 0;
  const status = failedChecks && (result.status === 'passed' || result.status === 'skipped') ? 'failed' : result.status;
  return {
    title: test.titlePath().slice(3).join(' › ') || test.title,
    location: `${file.split('\\').join('/')}:${test.location.line}`,
    status,
    durationMs: result.duration,
    errors,
    ...(outcomes ? { outcomes } : {}),
    ...(skip?.description ? { skipReason: skip.description } : {}),
  };
}
