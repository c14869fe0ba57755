import type { ContractVersion } from '../schemas';
import { isContractVersion } from '../schemas';
import type { Rule } from '../rules';
import { coverageOf, rulesFor } from '../rules';
import type { CheckSummary, FailureEntry, RuleCoverage, RuleEntry, RuleOutcome } from './model';

export type { RuleCoverage, RuleEntry, RuleOutcome } from './model';

/** A checked rule's outcome: failed if one of its checks failed, passed if one passed, else skipped or not run. */
function outcomeOf(rule: Rule, checks: Map<string, CheckSummary>): { outcome: RuleOutcome; reasons: string[] } {
  switch (coverageOf(rule)) {
    case 'notCheckable':
      return { outcome: 'not-checkable', reasons: [rule.notCheckable?.reason ?? ''] };
    case 'conflict':
      return { outcome: 'conflict', reasons: [rule.conflict ?? ''] };
    case 'gap':
      return { outcome: 'gap', reasons: [rule.gap ?? ''] };
  }
  const statuses = (rule.checks ?? []).map((c) => checks.get(c));
  if (statuses.some((s) => s?.status === 'failed')) return { outcome: 'failed', reasons: [] };
  if (statuses.some((s) => s?.status === 'passed')) return { outcome: 'passed', reasons: [] };
  const skipped = statuses.filter((s): s is CheckSummary => s?.status === 'skipped');
  if (skipped.length) return { outcome: 'skipped', reasons: [...new Set(skipped.flatMap((s) => s.skipReasons))] };
  return { outcome: 'not-run', reasons: ['none of its checks ran'] };
}

/** The rule coverage of a run of `version`, from the run's check summaries; undefined for an unknown version. */
export function ruleCoverage(version: string, checks: CheckSummary[]): RuleCoverage | undefined {
  if (!isContractVersion(version)) return undefined;
  const byName = new Map(checks.map((c) => [c.name, c]));
  const rules = rulesFor(version as ContractVersion).map((r): RuleEntry => {
    const { outcome, reasons } = outcomeOf(r, byName);
    return {
      id: r.id,
      outcome,
      statement: r.statement,
      doc: r.source.doc,
      where: r.source.where,
      words: r.source.words,
      ...(r.source.gloss ? { gloss: r.source.gloss } : {}),
      checks: [...(r.checks ?? [])],
      reasons,
    };
  });
  const n = (o: RuleOutcome) => rules.filter((r) => r.outcome === o).length;
  const reasonCounts = new Map<string, number>();
  for (const r of rules.filter((x) => x.outcome === 'skipped')) {
    for (const reason of r.reasons) reasonCounts.set(reason, (reasonCounts.get(reason) ?? 0) + 1);
  }
  return {
    version,
    totals: {
      rules: rules.length,
      checked: n('passed') + n('failed'),
      passed: n('passed'),
      failed: n('failed'),
      skipped: n('skipped'),
      notRun: n('not-run'),
      notCheckable: n('not-checkable'),
      conflict: n('conflict'),
      gap: n('gap'),
    },
    skipReasons: [...reasonCounts].map(([reason, count]) => ({ reason, rules: count })),
    rules,
  };
}

/**
 * The rules a failure breaks: the failed check's rules, narrowed (when its schema path or pointer names a
 * definition or a member) to the rules that name it; at most `max`.
 */
export function rulesOfFailure(f: FailureEntry, coverage: RuleCoverage | undefined, max = 3): RuleEntry[] {
  if (!coverage) return [];
  const mine = coverage.rules.filter((r) => r.checks.includes(f.check));
  const words = [...(f.schemaPath ?? '').split(/[#/]/), ...(f.pointer ?? '').split('/')].filter(
    (w) => /^[A-Za-z]{3,}$/.test(w) && !['properties', 'items', 'then', 'else', 'required', 'type', 'enum'].includes(w),
  );
  const scored = mine
    .map((r) => ({ r, score: words.filter((w) => r.id.includes(w)).length }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  return scored
    .filter((x) => x.score === best)
    .slice(0, max)
    .map((x) => x.r);
}
