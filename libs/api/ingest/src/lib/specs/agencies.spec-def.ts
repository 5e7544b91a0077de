import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { code, districtCode, enumColumn, text } from './columns';
import { districtReference } from './references';

export const agenciesSpec: DatasetSpec = {
  key: 'agencies',
  table: 'agency',
  zh: DATASET_LABELS.agencies.zh,
  batchYear: null,
  dataDate: { kind: 'import' },
  columns: [
    code('agency_code', '单位编码', true),
    text('agency_name', '单位名称', true, { maxLength: 200 }),
    // parent_code references agency itself: checked by the loader's SQL.
    code('parent_code', '主管部门编码', false),
    districtCode(),
    enumColumn('agency_type', '单位类型', false, 'agency_type'),
  ],
  naturalKey: ['agency_code'],
  references: [districtReference],
  rowChecks: [
    (row) =>
      row['parent_code'] && row['parent_code'] === row['agency_code']
        ? {
            column: 'parent_code',
            reasonZh: '主管部门不能是单位自身',
            reasonEn: 'parent_code must differ from agency_code',
          }
        : null,
  ],
  dependsOn: ['districts'],
};
