import type { Client } from 'pg';

const YEAR = 2025;
const FUNC_CODES = [
  '2010101',
  '2010301',
  '2050201',
  '2050202',
  '2080101',
  '2080501',
  '2100201',
  '2120101',
  '2130101',
  '2140101',
  '2200101',
  '2240101',
];
const ECON_CODES = [
  '30101',
  '30102',
  '30201',
  '30205',
  '30211',
  '30216',
  '30217',
  '30226',
  '30231',
  '31002',
  '31005',
  '30305',
];
/** Rows per INSERT statement, so progress shows and one statement never holds 5M rows of WAL. */
const CHUNK = 1_000_000;

const sqlArray = (xs: string[]): string => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;

export interface LoadOptions {
  /** Default 2025. */
  year?: number;
  /** Districts and agencies too (default); false for the second and later years of one database. */
  organisations?: boolean;
  seed?: number;
}

/** 9 districts and 80 agencies (skewed: a few large ones). */
export async function loadOrganisations(db: Client): Promise<void> {
  await db.query(`INSERT INTO district (district_code, district_name, parent_code)
    SELECT '150100', '示范市', NULL UNION ALL
    SELECT '1501' || lpad(d::text, 2, '0'), '区县' || d, '150100' FROM generate_series(2, 9) d`);
  await db.query(`INSERT INTO agency (agency_code, agency_name, parent_code, district_code, agency_type)
    SELECT lpad((101001 + a)::text, 6, '0'), '预算单位' || a,
           CASE WHEN a % 10 = 0 OR a < 10 THEN NULL ELSE lpad((101001 + a / 10 * 10)::text, 6, '0') END,
           CASE WHEN a < 40 THEN '150100' ELSE '1501' || lpad((2 + a % 8)::text, 2, '0') END,
           (ARRAY['admin','institution','other'])[1 + a % 3]
    FROM generate_series(0, 79) a`);
}

/**
 * A synthetic year, set-based: 9 districts, 80 agencies (skewed: a few large ones), 50,000 payees
 * (90 % with an account), dates across the year (heavier towards December), log-uniform amounts
 * 10 .. 1,000,000 with 0.2 % refunds, and budget lines per cell (initial + some adjustments).
 */
export async function loadData(
  db: Client,
  rows: number,
  log: (m: string) => void,
  opts: LoadOptions = {},
): Promise<void> {
  const year = opts.year ?? YEAR;
  await db.query(`SELECT ensure_payment_partition(${year})`);
  if (opts.organisations !== false) await loadOrganisations(db);
  await db.query(`SELECT setseed(${opts.seed ?? 0.42})`);
  for (let from = 1; from <= rows; from += CHUNK) {
    const to = Math.min(rows, from + CHUNK - 1);
    const t = Date.now();
    await db.query(
      `INSERT INTO payment (fiscal_year, voucher_no, pay_date, budget_type, agency_code, func_code, econ_code, project_code,
                            payee_name, payee_account, payee_key, payee_type, pay_method, amount, purpose)
       SELECT ${year}, 'PV${year}' || lpad(i::text, 9, '0'),
              make_date(${year}, 1, 1) + least(364, floor(365 * power(r1, 0.8))::int),
              CASE WHEN r2 < 0.70 THEN 'general' WHEN r2 < 0.90 THEN 'fund' WHEN r2 < 0.93 THEN 'capital' ELSE 'social' END,
              lpad((101001 + ag)::text, 6, '0'),
              (${sqlArray(FUNC_CODES)})[1 + (ag * 5 + floor(r3 * 3)::int) % ${FUNC_CODES.length}],
              (${sqlArray(ECON_CODES)})[1 + floor(r4 * ${ECON_CODES.length})::int],
              CASE WHEN r5 < 0.3 THEN 'PRJ' || lpad((101001 + ag)::text, 6, '0') || '-' || floor(r5 * 30)::int END,
              CASE WHEN pk % 10 = 0 THEN '个人 ' || pk ELSE '供应商' || pk || ' 有限公司' END,
              CASE WHEN pk % 10 <> 0 THEN '6222' || lpad(pk::text, 12, '0') END,
              CASE WHEN pk % 10 <> 0 THEN '6222' || lpad(pk::text, 12, '0') ELSE '个人' || pk END,
              CASE WHEN pk % 10 = 0 THEN 'individual' ELSE 'unit' END,
              CASE WHEN r6 < 0.85 THEN 'direct' WHEN r6 < 0.99 THEN 'authorized' ELSE 'cash' END,
              CASE WHEN r6 < 0.002 THEN -1 ELSE 1 END * round(power(10, 1 + 5 * r7)::numeric, 2),
              (ARRAY['办公用品采购','差旅费','工程款','设备购置','劳务费','会议费','物业费','培训费'])[1 + floor(r8 * 8)::int]
       FROM (SELECT i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
                    random() AS r6, random() AS r7, random() AS r8,
                    floor(80 * power(random(), 2))::int AS ag, floor(50000 * power(random(), 2))::int AS pk
             FROM generate_series(${from}, ${to}) AS i) s`,
    );
    log(
      `  payments ${from.toLocaleString()}..${to.toLocaleString()} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  }
  // Initial budget per cell at 1.05..1.35 × its spending (2 % of cells 0.6 ×, over budget); a mid-year adjustment for 1 cell in 5.
  await db.query(
    `INSERT INTO budget_line (fiscal_year, line_id, budget_type, agency_code, func_code, econ_code, stage, effective_date, amount, doc_no)
     SELECT ${year}, 'BL' || row_number() OVER (ORDER BY agency_code, budget_type, func_code, econ_code), budget_type, agency_code,
            func_code, econ_code, 'initial', make_date(${year}, 1, 1),
            round(s * CASE WHEN abs(h) % 50 = 0 THEN 0.6 ELSE 1.05 + (abs(h) % 31) / 100.0 END, 2), '财预〔${year}〕1号'
     FROM (SELECT budget_type, agency_code, func_code, econ_code, greatest(sum(amount), 1000) AS s,
                  hashtext(agency_code || budget_type || func_code || econ_code) AS h
           FROM payment WHERE fiscal_year = ${year} GROUP BY 1, 2, 3, 4) c`,
  );
  await db.query(
    `INSERT INTO budget_line (fiscal_year, line_id, budget_type, agency_code, func_code, econ_code, stage, effective_date, amount, doc_no)
     SELECT fiscal_year, 'ADJ' || line_id, budget_type, agency_code, func_code, econ_code, 'adjustment',
            make_date(${year}, 3 + abs(hashtext(line_id)) % 8, 15), round(amount * ((abs(hashtext(line_id)) % 21) - 10) / 100.0, 2), '财预〔${year}〕调'
     FROM budget_line WHERE fiscal_year = ${year} AND abs(hashtext(line_id)) % 5 = 0 AND abs(hashtext(line_id)) % 21 <> 10`,
  );
  const t = Date.now();
  // As autovacuum would after a bulk import: statistics and the visibility map (index-only scans).
  await db.query(`VACUUM (ANALYZE) payment`);
  await db.query(`ANALYZE budget_line; ANALYZE agency; ANALYZE district`);
  // As the importer does after merging payments: rebuild the year's read models (timed twice: the
  // first build, then a rebuild over existing rows as a re-import does, inside a transaction).
  let r = Date.now();
  await db.query(`SELECT refresh_payment_rollup(${year})`);
  const first = Date.now() - r;
  r = Date.now();
  await db.query(`BEGIN; SELECT refresh_payment_rollup(${year}); COMMIT`);
  const again = Date.now() - r;
  await db.query(`VACUUM ANALYZE payment_rollup, payment_rollup_agency, payment_rollup_agency_day`);
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM payment_rollup)::int AS cells, (SELECT count(*) FROM payment_rollup_agency)::int AS agency,
              (SELECT count(*) FROM payment_rollup_agency_day)::int AS days`,
    )
  ).rows[0] as { cells: number; agency: number; days: number };
  log(
    `  refresh_payment_rollup(${year}) ${(first / 1000).toFixed(1)} s, again ${(again / 1000).toFixed(1)} s: ` +
      `payment_rollup ${counts.cells.toLocaleString()} rows, payment_rollup_agency ${counts.agency.toLocaleString()}, ` +
      `payment_rollup_agency_day ${counts.days.toLocaleString()}`,
  );
  log(`  VACUUM ANALYZE and read models in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
