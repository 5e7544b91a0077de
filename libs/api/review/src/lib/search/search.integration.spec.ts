import { INestApplication } from '@nestjs/common';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import { refreshSearchNames, refreshSearchPayees } from '@bs/api-db';
import type { SearchResultDto } from '@bs/shared-model';
import { PAYMENTS, seedReviewData } from '../testing/review-seed';
import { reviewTestApp } from '../testing/review-test-module';

jest.setTimeout(60_000);

describe('GET /api/search', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let base: string;

  const search = async (query: Record<string, string>) => {
    const r = await fetch(`${base}/search?${new URLSearchParams(query)}`);
    return { status: r.status, body: (await r.json()) as SearchResultDto & Record<string, unknown> };
  };
  const codes = (body: SearchResultDto, kind: string) =>
    body.groups.find((g) => g.kind === kind)?.items.map((i) => i.code) ?? [];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    // As the imports would (the ingest spec checks that they do).
    const run = (sql: string, params?: unknown[]) => db.ds.query(sql, params);
    await refreshSearchNames(run);
    await refreshSearchPayees(run, [2023, 2024]);
    ({ app, base } = await reviewTestApp(db.ds));
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('finds an agency by a Chinese substring, its full pinyin and its initials', async () => {
    for (const q of ['教育', 'jiaoyuju', 'jyj', 'JYJ', 'jiao yu']) {
      const { status, body } = await search({ q, kinds: 'agency' });
      expect({ q, status, codes: codes(body, 'agency') }).toEqual({ q, status: 200, codes: ['201001'] });
    }
    const { body } = await search({ q: 'jyj', kinds: 'agency' });
    expect(body.groups[0].items[0]).toMatchObject({ name: '市教育局', match: 'initials' });
  });

  it('groups every kind with its count; the best match first', async () => {
    const { body } = await search({ q: '财政局' });
    expect(body.groups.map((g) => [g.kind, g.total])).toEqual([['agency', 2]]);
    expect(codes(body, 'agency')).toEqual(['101001', '101002']);
    expect(body.total).toBe(2);
  });

  it('finds districts (qingshuihe-style full pinyin), enterprises, bonds, projects and findings', async () => {
    expect(codes((await search({ q: 'huiminqu' })).body, 'district')).toEqual(['150103']);
    expect(codes((await search({ q: 'ctjt' })).body, 'soe')).toHaveLength(1);
    expect(codes((await search({ q: '专项债券' })).body, 'bond')).toEqual(['B1']);
    expect(codes((await search({ q: '污水' })).body, 'bondProject')).toEqual(['PJ1']);
    const f = (await search({ q: '进度慢', kinds: 'finding' })).body;
    expect(codes(f, 'finding')).toContain('F1');
  });

  it('finds payees with their total per year, and vouchers by number prefix', async () => {
    const { body } = await search({ q: '第一小学', kinds: 'payee' });
    const hits = body.groups[0].items;
    expect(hits.map((h) => [h.fiscalYear, h.code])).toEqual([[2024, 'ACC-5']]);
    const expected = PAYMENTS.filter((p) => p.payee_key === 'ACC-5' && p.fiscal_year === 2024);
    expect(hits[0].detail).toBe(`${expected.length} 笔`);
    const v = (await search({ q: 'g00', kinds: 'voucher' })).body;
    expect(v.groups[0].total).toBe(9);
    expect(codes(v, 'voucher').slice(0, 2)).toEqual(['G001', 'G002']);
    expect(v.groups[0].items[0].params).toMatchObject({ agencyCode: '101001' });
  });

  it('answers a query with no match with no groups, and refuses bad input with a bilingual 400', async () => {
    expect((await search({ q: '不存在的单位' })).body).toMatchObject({ groups: [], total: 0 });
    const bad = await search({ q: 'x', kinds: 'agency,planet' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'SEARCH_KIND_UNKNOWN' });
    expect(String(bad.body['messageEn'])).toContain('planet');
    expect((await search({ q: '  ' })).status).toBe(400);
  });

  it('names codes for breadcrumbs, leaving unknown ones out', async () => {
    const r = await fetch(`${base}/names?agencies=201001,999999&districts=150103&funcs=205,20502&econs=302`);
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.agency).toEqual({ '201001': '市教育局' });
    expect(body.district).toEqual({ '150103': '回民区' });
    expect(Object.keys(body.func).sort()).toEqual(['205', '20502']);
    expect(body.econ['302']).toBeTruthy();
  });

  it('refuses an unknown agency or district code in the filters with a bilingual 400', async () => {
    for (const [path, code] of [
      ['execution?agencyCode=999999', 'UNKNOWN_AGENCY'],
      ['payments?fiscalYear=2024&agencyCode=999999', 'UNKNOWN_AGENCY'],
      ['audit/findings?agencyCode=999999', 'UNKNOWN_AGENCY'],
      ['execution?districtCode=159999', 'UNKNOWN_DISTRICT'],
    ]) {
      const r = await fetch(`${base}/${path}`);
      const body = await r.json();
      expect({ path, status: r.status, code: body.code }).toEqual({ path, status: 400, code });
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
      expect(body.messageEn).toContain('pick one from the name list');
    }
    expect((await fetch(`${base}/execution?agencyCode=201001`)).status).toBe(200);
  });
});
