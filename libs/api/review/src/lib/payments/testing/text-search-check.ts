import type { DataSource } from 'typeorm';
import { insertPaymentRows, type SeedRow } from '@bs/api-db-testing';
import { PaymentsRepository, TextSearchMode } from '../payments.repository';

/** Names and purposes with Chinese runs, mixed-case Latin, spaces and the LIKE metacharacters. */
const NAMES = [
  '内蒙古测试供应商有限公司',
  '呼和浩特市第一中学',
  '内蒙古电力（集团）有限责任公司',
  'ABC Trading 有限公司',
  'abc trading',
  '张三',
  '蒙古包工坊',
  '100%纯净水公司',
  'a_b 服务部',
  'back\\slash 商店',
  '公 司',
  '内部蒙太奇传媒',
];
const PURPOSES = [
  '办公用品采购',
  '差旅费 Beijing',
  '退回多付款',
  null,
  '内蒙古会议费',
  '工资 50%',
  'IT 服务_年度',
  '采购公司设备',
];

/** Terms of one, two and three or more characters, present, absent and metacharacter ones. */
export const TERMS = [
  '内',
  '内蒙',
  '蒙古',
  '内蒙古',
  '公司',
  '有限公司',
  '司',
  'abc',
  'ABC',
  'Trading 有',
  'b',
  '%',
  '_',
  '\\',
  'a_b',
  '100%',
  '公 司',
  ' ',
  '不存在的词',
  '蒙内',
  'beijing',
  '50%',
  '服务_',
];

/** Seeds vouchers of 2024 with every name and purpose combination a few times. */
export async function seedTextSearch(ds: DataSource): Promise<void> {
  await ds.query(`SELECT ensure_payment_partition(2024)`);
  const rows: SeedRow[] = [];
  let n = 0;
  for (let k = 0; k < 3; k++)
    for (const name of NAMES)
      for (const purpose of PURPOSES)
        rows.push({
          fiscal_year: 2024,
          voucher_no: `TS${String(++n).padStart(5, '0')}`,
          pay_date: `2024-0${1 + (n % 9)}-1${n % 10}`,
          budget_type: 'general',
          agency_code: '101001',
          func_code: '2010601',
          econ_code: '30201',
          payee_name: name,
          payee_account: null,
          payee_key: `K${n % 17}`,
          payee_type: 'unit',
          pay_method: 'direct',
          amount: `${100 + n}.00`,
          purpose,
        });
  await insertPaymentRows(ds, rows);
  await ds.query(`ANALYZE payment`);
}

/** Voucher numbers the repository's filters find, and those plain ILIKE finds, for one term. */
export async function searchBothWays(
  ds: DataSource,
  field: 'payee' | 'q',
  term: string,
  mode: TextSearchMode = 'auto',
): Promise<{ indexed: string[]; plain: string[] }> {
  const repo = new PaymentsRepository(ds);
  repo.textSearchMode = mode;
  const indexed = (await repo.page({ fiscalYear: 2024, [field]: term }, 'payDate', null, 10_000)).map(
    (r) => r.voucherNo,
  );
  const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const plain: { v: string }[] =
    field === 'payee'
      ? await ds.query(
          `SELECT voucher_no AS v FROM payment WHERE fiscal_year = 2024 AND (payee_name ILIKE $1 OR payee_key = $2)`,
          [like, term.replace(/\s+/g, '')],
        )
      : await ds.query(`SELECT voucher_no AS v FROM payment WHERE fiscal_year = 2024 AND purpose ILIKE $1`, [
          like,
        ]);
  return { indexed: [...indexed].sort(), plain: plain.map((r) => r.v).sort() };
}

/**
 * Whether the repository's condition for a payee term can be answered from the character index
 * (the plan with sequential scans off; on a small table the planner would rather scan it, so the
 * year's btree condition is left out: on a real year the selective GIN condition wins).
 */
export async function planUsesCharIndex(ds: DataSource, term: string): Promise<boolean> {
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction();
    await qr.query(`SET LOCAL enable_seqscan = off`);
    const rows = (await qr.query(
      `EXPLAIN SELECT voucher_no FROM payment x
        WHERE string_to_array(lower(x.payee_name), NULL) @> string_to_array(lower($1::text), NULL) AND x.payee_name ILIKE $2`,
      [term, `%${term}%`],
    )) as { 'QUERY PLAN': string }[];
    await qr.rollbackTransaction();
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    return /Bitmap Index Scan on payment_2024_string_to_array_idx\b/.test(plan);
  } finally {
    await qr.release();
  }
}
