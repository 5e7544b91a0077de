import { BUDGET_TYPES, type BudgetType } from '@bs/shared-model';
import { CodeField, EnumField } from './query-fields';

/** The cell filters as query fields (execution and payments share them). */
export class CellFilterQueryDto {
  @EnumField(BUDGET_TYPES, 'budget type')
  budgetType?: BudgetType;

  @CodeField('agency code (exact; sub-units are not rolled up)', false)
  agencyCode?: string;

  @CodeField('functional classification code prefix: 3 digits 类, 5 款, 7 项')
  funcCode?: string;

  @CodeField('economic classification code prefix: 3 digits 类, 5 款')
  econCode?: string;

  @CodeField('district code of the agency (6 digits)')
  districtCode?: string;
}
