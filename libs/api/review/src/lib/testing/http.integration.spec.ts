import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Workbook } from 'exceljs';
import { ALL_ROLES, READERS, ROLES_KEY } from '@bs/api-core';
import { createTestDatabase, TestDatabase } from '@bs/api-db-testing';
import type { ExecutionRow } from '@bs/shared-model';
import { ReviewModule } from '../review.module';
import { PAYMENTS, seedReviewData } from './review-seed';
import { reviewTestApp } from './review-test-module';

describe('review HTTP surface: exports, validation, OpenAPI (real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedReviewData(db.ds);
    ({ app, base } = await reviewTestApp(db.ds));
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('streams the payments CSV with BOM, Chinese headers, a file name and neutralised formula cells', async () => {
    const res = await fetch(`${base}/payments?fiscalYear=2024&sort=payDate&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe('国库集中支付明细_2024.csv');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '年度,支付凭证号,支付日期,预算类型,单位编码,单位名称,功能分类编码,经济分类编码,项目编码,收款人名称,收款人类型,支付方式,金额（元）,用途',
    );
    expect(lines).toHaveLength(1 + PAYMENTS.filter((p) => p.fiscal_year === 2024).length);
    const v003 = lines.find((l) => l.includes(',V003,'));
    expect(v003).toContain(`,'=cmd|calc,`);
    expect(v003).toContain(`,33333.33,"'=HYPERLINK(""http://x"")"`);
    // A refund stays a plain (negative) number.
    expect(lines.find((l) => l.includes(',V004,'))).toContain(',-5000.05,');
  });

  it('exports audit findings as CSV with every text cell neutralised', async () => {
    const res = await fetch(`${base}/audit/findings?fiscalYear=2024&asOf=2024-06-30&pageSize=30&format=csv`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(`'=SUM(A1:A9)`);
    expect(text).not.toMatch(/,=SUM/);
    expect(res.headers.get('content-disposition')).toContain(
      encodeURIComponent('审计查出问题及整改_截至2024-06-30.csv'),
    );
  });

  it('streams XLSX that Excel can read, money as numbers and text neutralised', async () => {
    const res = await fetch(`${base}/assets/soe?fiscalYear=2024&format=xlsx`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('企业编码');
    const e2 = sheet?.getRow(2);
    expect(e2?.getCell(2).value).toBe(`'+农商银行`);
    expect(e2?.getCell(12).value).toBe(-10500.5);

    const payments = await fetch(`${base}/payments?fiscalYear=2024&format=xlsx`);
    const pwb = new Workbook();
    await pwb.xlsx.load(await payments.arrayBuffer());
    expect(pwb.worksheets[0]?.rowCount).toBe(1 + PAYMENTS.filter((p) => p.fiscal_year === 2024).length);
  });

  it('exports execution as people read it: percentages, units in headers, scope and as-of in the name', async () => {
    const res = await fetch(`${base}/execution?fiscalYear=2024&asOf=2024-06-30&groupBy=agency&format=csv`);
    expect(res.status).toBe(200);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(
      '预算执行_按单位_2024_截至2024-06-30.csv',
    );
    const lines = (await res.text()).trimEnd().split('\r\n'); // fetch's text() drops the BOM
    expect(lines[0]).toBe('单位编码,单位名称,预算数（元）,支出数（元）,执行率,时间进度,进度差（百分点）');
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      expect(cells[4]).toMatch(/^(-?\d+\.\d%)?$/);
      expect(cells[5]).toMatch(/^\d+\.\d%$/);
      expect(cells[6]).toMatch(/^(-?\d+(\.\d)?)?$/);
    }
  });

  it('answers JSON with the query params the dashboard sends, and 400 on bad ones', async () => {
    const ok = await fetch(
      `${base}/execution?fiscalYear=2024&asOf=2024-06-30&groupBy=func&funcCode=205&budgetType=general`,
    );
    expect(ok.status).toBe(200);
    const rows = (await ok.json()) as ExecutionRow[];
    expect(rows.map((r) => r.key).sort()).toEqual(['205', '20501', '20502']);
    for (const path of [
      '/debt/positions',
      '/debt/maturities',
      '/debt/projects',
      '/assets/soe',
      '/assets/admin',
      '/assets/natural',
      '/overview',
      '/meta',
    ]) {
      const r = await fetch(`${base}${path}${path === '/meta' ? '' : '?fiscalYear=2024&asOf=2024-06-30'}`);
      expect({ path, status: r.status }).toEqual({ path, status: 200 });
    }
    const bad = [
      '/execution?groupBy=bogus',
      '/payments?fiscalYear=2024&minAmount=1.234',
      '/payments?fiscalYear=2024&funcCode=20%25',
      '/payments?fiscalYear=2024&unknown=1',
      '/overview?fiscalYear=2024&asOf=2023-06-30',
      '/overview?fiscalYear=2024&asOf=2024-02-30',
    ];
    for (const path of bad) {
      const r = await fetch(`${base}${path}`);
      expect({ path, status: r.status }).toEqual({ path, status: 400 });
    }
  });

  it('describes every route and query parameter in OpenAPI, and every controller is for readers (meta for every role)', () => {
    const doc = SwaggerModule.createDocument(app, new DocumentBuilder().addBearerAuth().build());
    const routes = [
      'meta',
      'overview',
      'execution',
      'payments',
      'audit/findings',
      'debt/positions',
      'debt/maturities',
      'debt/projects',
      'assets/soe',
      'assets/admin',
      'assets/natural',
    ];
    for (const r of routes) {
      const op = doc.paths[`/api/${r}`]?.get;
      expect({ r, described: !!op?.responses?.['200'], secured: !!op?.security?.length }).toEqual({
        r,
        described: true,
        secured: true,
      });
    }
    const params = (doc.paths['/api/payments']?.get?.parameters ?? []).map((p) =>
      'name' in p ? p.name : '',
    );
    expect(params.sort()).toEqual(
      [
        'agencyCode',
        'asOf',
        'budgetType',
        'cursor',
        'dateFrom',
        'dateTo',
        'districtCode',
        'econCode',
        'fiscalYear',
        'format',
        'funcCode',
        'limit',
        'maxAmount',
        'minAmount',
        'payee',
        'q',
        'sort',
      ].sort(),
    );
    const controllers: unknown[] = Reflect.getMetadata('controllers', ReviewModule);
    expect(controllers).toHaveLength(11);
    // Every controller is for readers, except /meta (fiscal years and data dates, no figures), which the
    // importer's top bar reads too.
    for (const c of controllers) {
      const expected = (c as { name?: string }).name === 'MetaController' ? ALL_ROLES : READERS;
      expect(Reflect.getMetadata(ROLES_KEY, c as object)).toEqual(expected);
    }
  });
});
