/**
 * Seed 002: Get Liveness Sessions (Japanese), typed by hand with the original words (../shared/seeds/).
 */
import { rule } from '../helpers';
import { seedTableRules } from '../seedTables';
import type { Rule } from '../types';
import { V, VALID, common } from './common';

/** The rules seed002 states in prose and in its definition tables. */
export function seed002Rules(): Rule[] {
  const doc = 'seed002';
  return [
    ...common({
      doc,
      op: 'list',
      ok: '要求は成功しました。',
      unexpected: '予期しないエラー応答。',
      gloss: 'An unexpected error response.',
    }),
    rule({
      id: 'seed002.list.sortedById',
      kind: 'behaviour',
      statement: 'items are sorted by id ascending',
      source: {
        doc,
        where: 'description',
        words: '結果は sessionId で昇順に並べ替える必要があります。',
        gloss: 'Results must be sorted by sessionId in ascending order.',
      },
      versions: V,
      cover: ['listSortedById', 'pagingReturnsEachOnce'],
    }),
    rule({
      id: 'seed002.list.startExclusive',
      kind: 'behaviour',
      statement: 'only sessions whose id is greater than start',
      source: {
        doc,
        where: 'URI parameters › start',
        words: '"開始" より大きいリソースを一覧表示します。',
        gloss: 'Lists resources greater than "start".',
      },
      versions: V,
      cover: ['listStartExclusive', 'pagingReturnsEachOnce'],
    }),
    rule({
      id: 'seed002.list.start.maxLength',
      kind: 'length',
      statement: 'start has at most 64 characters (longer: 400)',
      source: {
        doc,
        where: 'URI parameters › start',
        words: '含まれる文字数は 64 文字以下です。',
        gloss: 'It contains 64 characters or fewer.',
      },
      versions: V,
      cover: ['negativeDataRejection'],
    }),
    rule({
      id: 'seed002.list.start.maxLength.accepted',
      kind: 'length',
      statement: 'a start of exactly 64 characters is accepted',
      source: {
        doc,
        where: 'URI parameters › start',
        words: '含まれる文字数は 64 文字以下です。',
        gloss: 'It contains 64 characters or fewer.',
      },
      versions: V,
      cover: VALID,
    }),
    rule({
      id: 'seed002.list.start.default',
      kind: 'default',
      statement: 'without start, the list starts at the first session',
      source: { doc, where: 'URI parameters › start', words: '既定値は空です。', gloss: 'The default is empty.' },
      versions: V,
      cover: ['createdSessionListed', 'pagingReturnsEachOnce'],
    }),
    rule({
      id: 'seed002.list.top.range',
      kind: 'range',
      statement: 'top is 1..1000 (outside: 400), at most top items',
      source: {
        doc,
        where: 'URI parameters › top',
        words: '[1, 1000] の範囲の、一覧表示する項目の数。',
        gloss: 'The number of items to list, in the range [1, 1000].',
      },
      versions: V,
      cover: ['negativeDataRejection', 'listTopHonoured'],
    }),
    rule({
      id: 'seed002.list.top.range.accepted',
      kind: 'range',
      statement: 'top 1 and top 1000 are accepted',
      source: {
        doc,
        where: 'URI parameters › top',
        words: '[1, 1000] の範囲の、一覧表示する項目の数。',
        gloss: 'The number of items to list, in the range [1, 1000].',
      },
      versions: V,
      cover: VALID,
    }),
    rule({
      id: 'seed002.list.top.default',
      kind: 'default',
      statement: 'top defaults to 1000',
      source: { doc, where: 'URI parameters › top', words: '既定値は 1000 です。', gloss: 'The default is 1000.' },
      versions: V,
      cover: ['listTopDefault', 'listTopHonoured'],
    }),
    rule({
      id: 'seed002.list.top.format',
      kind: 'format',
      statement: 'top is an int32 integer',
      source: { doc, where: 'URI parameters › top (type column)', words: 'int32' },
      versions: V,
      cover: ['negativeDataRejection'],
    }),
    rule({
      id: 'seed002.item.ttl.range',
      kind: 'range',
      statement: 'authTokenTimeToLiveInSeconds is 60..86400',
      source: {
        doc,
        where: 'Definitions › LivenessSessionItem › authTokenTimeToLiveInSeconds',
        words: '範囲は 60 ~ 86400 秒です。',
        gloss: 'The range is 60 to 86400 seconds.',
      },
      versions: V,
      cover: ['responseSchemaConformance'],
    }),
    rule({
      id: 'seed002.item.ttl.default',
      kind: 'default',
      statement: 'authTokenTimeToLiveInSeconds defaults to 600',
      source: {
        doc,
        where: 'Definitions › LivenessSessionItem › authTokenTimeToLiveInSeconds',
        words: '既定値は 600 です。',
        gloss: 'The default is 600.',
      },
      versions: V,
      cover: ['createdValuesPersisted'],
    }),
    rule({
      id: 'seed002.item.deviceIdNull',
      kind: 'behaviour',
      statement: 'deviceCorrelationId is null when deviceCorrelationIdSetInClient was true',
      source: {
        doc,
        where: 'Definitions › LivenessSessionItem › deviceCorrelationId',
        words:
          "この要求で 'deviceCorrelationIdSetInClient' が true の場合、この 'deviceCorrelationId' は null である必要があります。",
        gloss: "If 'deviceCorrelationIdSetInClient' is true in this request, this 'deviceCorrelationId' must be null.",
      },
      versions: V,
      cover: { conflict: 'device-correlation-id-with-set-in-client' },
    }),
    ...seedTableRules(doc, ['FaceError', 'FaceErrorResponse', 'LivenessSessionItem'], []),
  ];
}
