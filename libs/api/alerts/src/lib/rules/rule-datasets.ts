import { DATASET_TABLE } from '@bs/api-ingest';
import { defaultParams, RULES } from '@bs/api-rules';
import type { DatasetKey, RuleId } from '@bs/shared-model';

/** Whether the rule's SQL reads the table (word match: `payment` is not `payment_x`). */
function reads(sql: string, table: string): boolean {
  return new RegExp(`\\b(FROM|JOIN)\\s+${table}\\b`, 'i').test(sql);
}

/**
 * The rules whose inputs a dataset touches, read off each rule's own SQL so a new rule is mapped
 * without editing this file. Payments move the default as_of of a running year (the latest
 * pay_date), which every dated rule depends on, so a payments import re-runs the whole catalogue.
 */
export function rulesTouchedBy(dataset: DatasetKey): RuleId[] {
  if (dataset === 'payments') return RULES.map((r) => r.id);
  const table = DATASET_TABLE[dataset];
  return RULES.filter((r) => reads(r.sql(defaultParams(r)), table)).map((r) => r.id);
}
