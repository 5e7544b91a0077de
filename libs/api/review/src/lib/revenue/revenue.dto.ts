import { BUDGET_TYPES, type BudgetType, type RevenueGroupBy } from '@bs/shared-model';
import { CodeField, DateField, EnumField, YearField } from '../shared/query-fields';

export const REVENUE_GROUPS: readonly RevenueGroupBy[] = ['month', 'district', 'code'];

export class RevenueQueryDto {
  @YearField('fiscal year; default the newest year with data')
  fiscalYear?: number;

  @DateField('cut-off date: months up to its month are counted (revenue is reported monthly)')
  asOf?: string;

  @EnumField(REVENUE_GROUPS, 'month (default), district, or code (类, then 款/项 under revenueCode)')
  groupBy?: RevenueGroupBy;

  @CodeField('district code (6 digits)')
  districtCode?: string;

  @EnumField(BUDGET_TYPES, 'budget type')
  budgetType?: BudgetType;

  @CodeField('revenue classification code prefix (类 3, 款 5, 项 7 digits): groupBy=code lists its children')
  revenueCode?: string;
}
