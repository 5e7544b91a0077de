import type { PoolClient } from 'pg';
import { ImportIssue } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { STAGING } from './staging';
import { q } from './sql-types';

export interface SetCheckResult {
  errors: ImportIssue[];
  errorCount: number;
  warnings: ImportIssue[];
}

/** Parent codes may name a row of the same file or one already stored. */
const SELF_REFERENCES: Partial<Record<string, { column: string; key: string; zh: string }>> = {
  district: { column: 'parent_code', key: 'district_code', zh: '上级区划' },
  agency: { column: 'parent_code', key: 'agency_code', zh: '主管部门' },
};

/** Classification code columns: a well-formed code missing from the shipped table is a warning. */
const CODE_TABLES: Record<string, { table: string; zh: string }> = {
  func_code: { table: 'ref_func_code', zh: '功能分类' },
  econ_code: { table: 'ref_econ_code', zh: '经济分类' },
  revenue_code: { table: 'ref_revenue_code', zh: '收入分类' },
};

interface Hit {
  line: number;
  value: string | null;
  other?: number;
}

/**
 * Checks that need the whole file or the database, as set queries over the staging table:
 * duplicate natural keys inside the file, references, unknown classification codes.
 */
export async function runSetChecks(
  client: PoolClient,
  spec: DatasetSpec,
  cap: number,
): Promise<SetCheckResult> {
  const errors: ImportIssue[] = [];
  let errorCount = 0;
  const add = async (sql: string, column: string, reason: (h: Hit) => [string, string]) => {
    const { rows } = await client.query<Hit & { total: string }>(
      `WITH hits AS (${sql}) SELECT *, count(*) OVER () AS total FROM hits ORDER BY line LIMIT ${cap}`,
    );
    if (rows.length === 0) return;
    errorCount += Number(rows[0].total);
    for (const h of rows) {
      const [zh, en] = reason(h);
      errors.push({ line: h.line, column, value: h.value, reason: zh, reasonEn: en });
    }
  };

  const key = spec.naturalKey.map(q).join(', ');
  const keyTextS = spec.naturalKey.map((k) => `coalesce(s.${q(k)}, '')`).join(` || '/' || `);
  // Hash-group first (cheap on millions of rows), then order only the repeated keys.
  const keyJoin = spec.naturalKey.map((k) => `s.${q(k)} IS NOT DISTINCT FROM d.${q(k)}`).join(' AND ');
  await add(
    `SELECT line, value, other FROM (
       SELECT s.line, ${keyTextS} AS value,
              first_value(s.line) OVER w AS other, row_number() OVER w AS n
         FROM ${STAGING} s
         JOIN (SELECT ${key} FROM ${STAGING} GROUP BY ${key} HAVING count(*) > 1) d ON ${keyJoin}
       WINDOW w AS (PARTITION BY ${spec.naturalKey.map((k) => `s.${q(k)}`).join(', ')} ORDER BY s.line)) x
     WHERE n > 1`,
    spec.naturalKey.join('+'),
    (h) => [`与第 ${h.other} 行的键重复（同一文件中键必须唯一）`, `duplicate key: same as line ${h.other}`],
  );

  for (const ref of spec.references) {
    await add(
      `SELECT s.line, s.${q(ref.column)} AS value FROM ${STAGING} s
         JOIN (SELECT v.val FROM (SELECT DISTINCT ${q(ref.column)} AS val FROM ${STAGING} WHERE ${q(ref.column)} IS NOT NULL) v
                WHERE NOT EXISTS (SELECT 1 FROM ${q(ref.table)} t WHERE t.${q(ref.key)} = v.val)) missing ON missing.val = s.${q(ref.column)}`,
      ref.column,
      () => [ref.reasonZh, ref.reasonEn],
    );
  }
  const self = SELF_REFERENCES[spec.table];
  if (self && spec.columns.some((c) => c.key === self.column)) {
    await add(
      `SELECT s.line, s.${q(self.column)} AS value FROM ${STAGING} s
        WHERE s.${q(self.column)} IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM ${q(spec.table)} t WHERE t.${q(self.key)} = s.${q(self.column)})
          AND NOT EXISTS (SELECT 1 FROM ${STAGING} o WHERE o.${q(self.key)} = s.${q(self.column)})`,
      self.column,
      (h) => [`${self.zh}编码 ${h.value} 不存在`, `unknown ${self.column} ${h.value}`],
    );
  }

  const warnings: ImportIssue[] = [];
  const yearCol = spec.columns.some((c) => c.key === 'fiscal_year')
    ? 's.fiscal_year::integer'
    : 'NULL::integer';
  for (const [column, ref] of Object.entries(CODE_TABLES)) {
    if (!spec.columns.some((c) => c.key === column)) continue;
    // One warning per distinct unknown code (with its first line and count), not one per row.
    const { rows } = await client.query<{ line: number; value: string; n: string }>(
      `WITH used AS (
         SELECT ${q(column)} AS code, ${yearCol} AS y, min(line) AS line, count(*) AS n FROM ${STAGING} s
          WHERE ${q(column)} IS NOT NULL GROUP BY 1, 2),
       latest AS (SELECT max(version_year) AS v FROM ${ref.table})
       SELECT min(u.line) AS line, u.code AS value, sum(u.n) AS n FROM used u, latest
        WHERE NOT EXISTS (SELECT 1 FROM ${ref.table} r WHERE r.code = u.code AND r.version_year = coalesce(least(u.y, latest.v), latest.v))
        GROUP BY u.code ORDER BY min(u.line) LIMIT ${cap}`,
    );
    for (const r of rows) {
      warnings.push({
        line: r.line,
        column,
        value: r.value,
        reason: `${ref.zh}编码 ${r.value} 格式正确但不在内置科目表中（共 ${r.n} 行）`,
        reasonEn: `${column} ${r.value} is well formed but not in the shipped code table (${r.n} rows)`,
      });
    }
  }
  return { errors, errorCount, warnings };
}
