import { defineCheck } from './registry';
import { show } from './types';

/** An audit trail read whole (no `start`), and the same trail read with `start`, top left to its default. */
export interface AuditStartInput {
  /** The ids of the whole trail (read without `start`; fewer than 1000, so none was cut off by `top`). */
  whole: number[];
  start: number;
  /** The ids the read with `start` answered. */
  afterStart: number[];
}

/**
 * Rule 2: with `start`, the audit read lists every entry whose id is greater, whatever the order (the
 * order is not documented). A server that compares ids as text leaves out 10 and 11 after 9 ("10" < "9"),
 * which `auditStartExclusive` (nothing at or before start) cannot see: it needs a trail of 10 entries or more.
 */
export const auditStartKeepsLaterEntries = defineCheck<AuditStartInput>({
  name: 'auditStartKeepsLaterEntries',
  requires: ['auditTrail'],
  title: 'Audit: with start, every entry whose id is greater (compared as numbers)',
  needs: ['write', 'deviceSimulation'],
  rule: 'CONTRACT.md §3 rule 2: with start, the entries whose id is greater than start (ids are integers)',
  source:
    'seed 001 (fr) start: Répertorier les ressources supérieures au « start »; LivenessSessionAuditEntry.id (integer)',
  evaluate: ({ whole, start, afterStart }) => {
    const listed = new Set(afterStart);
    const missing = whole.filter((id) => id > start && !listed.has(id));
    if (missing.length === 0) return [];
    return [
      {
        message: `a read with start=${start} left out ${missing.length} entr${missing.length === 1 ? 'y' : 'ies'} whose id is greater`,
        pointer: '',
        expected: `every id greater than ${start}: ${show(whole.filter((id) => id > start))}`,
        received: show(afterStart),
      },
    ];
  },
});

/**
 * The `start` that tells numbers from text: an id after which a greater id reads smaller as text (9 before
 * 10), else the middle id.
 */
export function revealingStart(ids: number[]): number | undefined {
  const sorted = [...ids].sort((a, b) => a - b);
  const revealing = sorted.find((s) => sorted.some((id) => id > s && String(id) < String(s)));
  return revealing ?? sorted[Math.floor(sorted.length / 2)];
}
