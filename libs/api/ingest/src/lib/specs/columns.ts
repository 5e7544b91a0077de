import { EnumName } from '@bs/shared-model';
import { CodeShape, ColumnSpec } from '../dataset-spec';

type Extra = Partial<Omit<ColumnSpec, 'key' | 'zh' | 'type' | 'required'>>;
const R = true;

export const text = (key: string, zh: string, required: boolean, extra: Extra = {}): ColumnSpec => ({
  key,
  zh,
  type: 'text',
  required,
  ...extra,
});
export const code = (key: string, zh: string, required: boolean, shape?: CodeShape): ColumnSpec => ({
  key,
  zh,
  type: 'code',
  required,
  ...(shape ? { shape } : {}),
});
export const money = (key: string, zh: string, required: boolean, allowNegative = false): ColumnSpec => ({
  key,
  zh,
  type: 'money',
  required,
  allowNegative,
});
export const decimal = (key: string, zh: string, required: boolean, scale: number): ColumnSpec => ({
  key,
  zh,
  type: 'decimal',
  required,
  scale,
});
export const date = (key: string, zh: string, required: boolean): ColumnSpec => ({
  key,
  zh,
  type: 'date',
  required,
});
export const enumColumn = (key: string, zh: string, required: boolean, enumName: EnumName): ColumnSpec => ({
  key,
  zh,
  type: 'enum',
  required,
  enumName,
});

/** Columns shared by many datasets, with the names of datasets.md. */
export const fiscalYear = (zh = '年度'): ColumnSpec => ({
  key: 'fiscal_year',
  zh,
  type: 'int',
  required: R,
  min: 2000,
  max: 2100,
});
export const agencyCode = (): ColumnSpec => code('agency_code', '单位编码', R);
export const districtCode = (): ColumnSpec => code('district_code', '区划编码', R, 'district');
export const budgetType = (): ColumnSpec => enumColumn('budget_type', '预算类型', R, 'budget_type');
export const bondCode = (): ColumnSpec => code('bond_code', '债券编码', R);
