import type { AlertDto } from '@bs/shared-model';
import { INDIVIDUAL, maskAccount, maskPersonName, seesPersonalData } from '@bs/api-core';
import { RULES } from '@bs/api-rules';
import type { DataSource } from 'typeorm';
import type { AlertScope } from './alert-filter';

/** Rules whose message names the payee (`{payee}` in the template): derived, not listed by hand. */
export const PAYEE_NAMING_RULES: ReadonlySet<string> = new Set(
  RULES.filter((r) => r.templateZh.includes('{payee}') || r.templateEn.includes('{payee}')).map((r) => r.id),
);

interface PayeeRow {
  i: number;
  payee_name: string;
  payee_key: string;
  payee_account: string | null;
}

function replaceAll(text: string, find: string, by: string): string {
  return find ? text.split(find).join(by) : text;
}

/**
 * Alert messages name the payee; for a natural person (payee_type individual) that is personal
 * data, so readers who do not need it (viewers, respondents) get the name masked (张*国) in the
 * message, subject name and subject key, as in the evidence. One query per page: the first
 * evidence voucher of each payee-naming alert, by primary key.
 */
export async function maskPersonalData(
  ds: DataSource,
  rows: AlertDto[],
  reader: AlertScope | null | undefined,
): Promise<AlertDto[]> {
  if (!reader || seesPersonalData(reader.role)) return rows;
  const idx: number[] = [];
  const years: number[] = [];
  const vouchers: string[] = [];
  rows.forEach((r, i) => {
    const first = (r.evidence as Record<string, unknown>)['vouchers'];
    if (PAYEE_NAMING_RULES.has(r.ruleId) && Array.isArray(first) && typeof first[0] === 'string') {
      idx.push(i);
      years.push(r.fiscalYear);
      vouchers.push(first[0]);
    }
  });
  if (!idx.length) return rows;
  const hits: PayeeRow[] = await ds.query(
    `SELECT t.i, p.payee_name, p.payee_key, p.payee_account
       FROM unnest($1::int[], $2::int[], $3::text[]) AS t(i, y, v)
       JOIN payment p ON p.fiscal_year = t.y AND p.voucher_no = t.v
      WHERE p.payee_type = $4`,
    [idx, years, vouchers, INDIVIDUAL],
  );
  for (const h of hits) {
    const r = rows[h.i];
    if (!r) continue;
    const name = h.payee_name.trim();
    const masked = maskPersonName(name) ?? '';
    const maskedKey = h.payee_account
      ? (maskAccount(h.payee_account) ?? '')
      : (maskPersonName(h.payee_key) ?? '');
    r.messageZh = replaceAll(r.messageZh, name, masked);
    r.messageEn = replaceAll(r.messageEn, name, masked);
    if (r.subjectName) r.subjectName = replaceAll(r.subjectName, name, masked);
    r.subjectKey = replaceAll(r.subjectKey, h.payee_key, maskedKey);
  }
  return rows;
}
