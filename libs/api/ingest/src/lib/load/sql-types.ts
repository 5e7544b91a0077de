import type { ColumnSpec } from '../dataset-spec';

/** SQL cast of a staged canonical text value into its target column type. */
export function castOf(c: ColumnSpec): string {
  switch (c.type) {
    case 'int':
      return '::integer';
    case 'money':
    case 'decimal':
      return '::numeric';
    case 'date':
      return '::date';
    default:
      return '';
  }
}

/** Columns computed in SQL at merge time (not in the file). */
export const DERIVED_COLUMNS: Partial<Record<string, { column: string; sql: string }[]>> = {
  // rules.md payee key: the account when present, else the name; every whitespace character dropped.
  payment: [
    {
      column: 'payee_key',
      sql: `regexp_replace(coalesce(nullif(s.payee_account, ''), s.payee_name), '\\s', '', 'g')`,
    },
  ],
};

export const q = (ident: string) => `"${ident}"`;
