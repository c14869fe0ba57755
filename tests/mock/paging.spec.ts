import { API_VERSIONS } from '../../schemas';
import { FAMILIES, MockClient } from './client';
import { expect, test } from './fixtures';

const idsOf = (json: { id: string }[]) => json.map((s) => s.id);

for (const version of API_VERSIONS) {
  for (const family of FAMILIES) {
    test(`${version} ${family}: list sorted by id, start exclusive, top bounded`, async ({ mock }) => {
      const c = new MockClient(mock, version);
      const made: string[] = [];
      for (let i = 0; i < 7; i++) made.push((await c.session(family)).sessionId);
      const sorted = [...made].sort();
      expect(idsOf((await c.list(family)).json)).toEqual(sorted);
      expect(idsOf((await c.list(family, '?top=3')).json)).toEqual(sorted.slice(0, 3));
      expect(idsOf((await c.list(family, `?start=${sorted[2]}&top=2`)).json)).toEqual(sorted.slice(3, 5));
      expect(idsOf((await c.list(family, `?start=${sorted[6]}`)).json)).toEqual([]);
      expect(idsOf((await c.list(family, '?start=')).json)).toEqual(sorted);
      expect(idsOf((await c.list(family, '?top=1000&unknown=1')).json)).toEqual(sorted);
      // Walking pages with start = the last id reads everything once.
      const walked: string[] = [];
      let start = '';
      for (;;) {
        const page = idsOf((await c.list(family, `?top=2&start=${start}`)).json);
        if (page.length === 0) break;
        walked.push(...page);
        start = page[page.length - 1];
      }
      expect(walked).toEqual(sorted);
    });
  }

  test(`${version}: bad start/top are 400 BadArgument`, async ({ mock }) => {
    const c = new MockClient(mock, version);
    const { sessionId } = await c.session('liveness');
    const bad = ['?top=0', '?top=1001', '?top=-1', '?top=1.5', '?top=abc', '?top=', '?top=1e2', '?top=1&top=2'];
    bad.push(`?start=${'a'.repeat(65)}`, '?start=a&start=b');
    for (const query of bad) {
      for (const r of [await c.list('liveness', query), await c.audit('liveness', sessionId, query)]) {
        expect(r.status, query).toBe(400);
        expect(r.json.error.code).toBe('BadArgument');
        expect(r.headers['x-ms-error-code']).toBe('BadArgument');
      }
    }
    expect((await c.list('liveness', `?start=${'a'.repeat(64)}&top=1000`)).status).toBe(200);
    expect((await c.audit('liveness', sessionId, '?start=abc')).status).toBe(400);
  });

  test(`${version}: audit paging by entry id`, async ({ mock }) => {
    const c = new MockClient(mock, version);
    const { sessionId, authToken } = await c.session('liveness');
    for (let i = 0; i < 5; i++) await c.device('liveness', authToken);
    const all = (await c.audit('liveness', sessionId)).json as { id: number; sessionId: string }[];
    expect(all.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    expect(all.every((e) => e.sessionId === sessionId)).toBe(true);
    const page = (await c.audit('liveness', sessionId, '?start=2&top=2')).json as { id: number }[];
    expect(page.map((e) => e.id)).toEqual([3, 4]);
    expect((await c.audit('liveness', sessionId, '?start=5')).json).toEqual([]);
  });
}
