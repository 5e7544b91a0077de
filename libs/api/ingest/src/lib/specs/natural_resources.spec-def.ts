import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { decimal, districtCode, enumColumn, fiscalYear, money, text } from './columns';
import { districtReference } from './references';

export const naturalResourcesSpec: DatasetSpec = {
  key: 'natural_resources',
  table: 'natural_resource',
  zh: DATASET_LABELS.natural_resources.zh,
  batchYear: 'fiscal_year',
  dataDate: { kind: 'yearEnd' },
  columns: [
    fiscalYear(),
    districtCode(),
    enumColumn('resource_type', '资源类型', true, 'resource_type'),
    text('indicator', '指标', true, { maxLength: 100 }),
    text('unit', '单位', true, { maxLength: 50 }),
    decimal('quantity', '数量', true, 4),
    money('value', '价值', false),
  ],
  naturalKey: ['fiscal_year', 'district_code', 'resource_type', 'indicator'],
  references: [districtReference],
  rowChecks: [],
  dependsOn: ['districts'],
};
