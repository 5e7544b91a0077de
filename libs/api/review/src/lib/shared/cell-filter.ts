import type { BudgetType } from '@bs/shared-model';
import { SqlParams, prefixPattern } from './sql';

/** Filters shared by budget lines and payments; classification codes match by prefix (类→款→项). */
export interface CellFilter {
  budgetType?: BudgetType;
  agencyCode?: string;
  funcCode?: string;
  econCode?: string;
  districtCode?: string;
}

/** WHERE conditions on a budget_line or payment alias (both have the same cell columns). */
export function cellConditions(alias: string, f: CellFilter, p: SqlParams): string[] {
  const out: string[] = [];
  if (f.budgetType) out.push(`${alias}.budget_type = ${p.add(f.budgetType)}`);
  if (f.agencyCode) out.push(`${alias}.agency_code = ${p.add(f.agencyCode)}`);
  if (f.funcCode) out.push(`${alias}.func_code LIKE ${p.add(prefixPattern(f.funcCode))}`);
  if (f.econCode) out.push(`${alias}.econ_code LIKE ${p.add(prefixPattern(f.econCode))}`);
  if (f.districtCode)
    out.push(
      `${alias}.agency_code IN (SELECT agency_code FROM agency WHERE district_code = ${p.add(f.districtCode)})`,
    );
  return out;
}
