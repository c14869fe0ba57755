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

/** seed002.list.top.default: without `top`, a list holds up to 1000 items. */
export const listTopDefault = defineCheck<DefaultTopInput>({
  name: 'listTopDefault',
  title: 'List: without top, up to 1000 items',
  rule: 'seed002.list.top.default: top defaults to 1000 (a list read without top holds every item, up to 1000)',
  source: 'seed 002 (ja) top: "既定値は 1000 です。"',
  evaluate: (input) => defaultHonoured('list', input),
});

/** seed001.audit.top.default: without `top`, an audit read holds up to 1000 entries. */
export const auditTopDefault = defineCheck<DefaultTopInput>({
  name: 'auditTopDefault',
  title: 'Audit: without top, up to 1000 entries',
  rule: 'seed001.audit.top.default: top defaults to 1000 (an audit read without top holds every entry, up to 1000)',
  source: 'seed 001 (fr) top: "La valeur par défaut est 1000."',
  evaluate: (input) => defaultHonoured('audit', input),
});
