import { PAGING } from '../schemas';
import { defineCheck } from './registry';

/** A read without `top`, and how many items the same list held when read with `top` 1000 (or paged through). */
export interface DefaultTopInput {
  withoutTop: number;
  listed: number;
}

function defaultHonoured(what: string, { withoutTop, listed }: DefaultTopInput) {
  const expected = Math.min(PAGING.topDefault, listed);
  return withoutTop >= expected
    ? []
    : [
        {
          message: `a ${what} read without top held fewer items than the list has`,
          pointer: '',
          expected: `${expected} items (top defaults to ${PAGING.topDefault})`,
          received: `${withoutTop} items`,
        },
      ];
}

/**
 * A list read without `top`, and this test's own sessions that existed before the read and after it. Other
 * clients may create or delete sessions between two reads (staging, a shared target, parallel workers), so
 * the check never compares two reads: a read of fewer than 1000 items says it is the whole list, and then
 * it must hold every session known to exist throughout it.
 */
export interface ListDefaultTopInput {
  withoutTop: string[];
  ours: string[];
}

/** seed002.list.top.default: without `top`, a list holds up to 1000 items. */
export const listTopDefault = defineCheck<ListDefaultTopInput>({
  name: 'listTopDefault',
  requires: ['lists'],
  title: 'List: without top, up to 1000 items',
  rule: 'seed002.list.top.default: top defaults to 1000 (a list read without top holds every item, up to 1000)',
  source: 'seed 002 (ja) top: "既定値は 1000 です。"',
  evaluate: ({ withoutTop, ours }) => {
    if (withoutTop.length >= PAGING.topDefault) return [];
    const held = new Set(withoutTop);
    const missing = ours.filter((id) => !held.has(id));
    return missing.length === 0
      ? []
      : [
          {
            message: `a list read without top held ${withoutTop.length} item(s), fewer than ${PAGING.topDefault}, yet left out ${missing.length} session(s) that existed throughout the read`,
            pointer: '',
            expected: `every session, up to ${PAGING.topDefault} (top defaults to ${PAGING.topDefault})`,
            received: `${withoutTop.length} items without ${missing.slice(0, 3).join(', ')}`,
          },
        ];
  },
});

/** seed001.audit.top.default: without `top`, an audit read holds up to 1000 entries. */
export const auditTopDefault = defineCheck<DefaultTopInput>({
  name: 'auditTopDefault',
  requires: ['auditTrail'],
  title: 'Audit: without top, up to 1000 entries',
  rule: 'seed001.audit.top.default: top defaults to 1000 (an audit read without top holds every entry, up to 1000)',
  source: 'seed 001 (fr) top: "La valeur par défaut est 1000."',
  evaluate: (input) => defaultHonoured('audit', input),
});
