import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

export const PAYMENT_HEADER =
  'fiscal_year,voucher_no,pay_date,budget_type,agency_code,func_code,econ_code,project_code,payee_name,payee_account,payee_type,pay_method,amount,purpose';

/** Writes `rows` valid payment rows of agency 101001 (the ok fixtures) to a CSV, streaming. */
export async function writePayments(path: string, rows: number, prefix = 'G'): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${PAYMENT_HEADER}\n`);
  let buf = '';
  for (let i = 1; i <= rows; i++) {
    const d = new Date(Date.UTC(2024, 0, 1 + (i % 360))).toISOString().slice(0, 10);
    buf += `2024,${prefix}${i},${d},general,101001,2050202,30201,,供应商${i % 97},,unit,direct,${1 + (i % 9000)}.${String(i % 100).padStart(2, '0')},采购\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}
