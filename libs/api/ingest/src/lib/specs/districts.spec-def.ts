import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { code, text } from './columns';

export const districtsSpec: DatasetSpec = {
  key: 'districts',
  table: 'district',
  zh: DATASET_LABELS.districts.zh,
  batchYear: null,
  dataDate: { kind: 'import' },
  columns: [
    code('district_code', '区划编码', true, 'district'),
    text('district_name', '区划名称', true, { maxLength: 100 }),
    // parent_code references district itself: checked by the loader's SQL, not listed as a reference.
    code('parent_code', '上级区划编码', false, 'district'),
  ],
  naturalKey: ['district_code'],
  references: [],
  rowChecks: [
    (row) =>
      row['parent_code'] && row['parent_code'] === row['district_code']
        ? {
            column: 'parent_code',
            reasonZh: '上级区划不能是自身',
            reasonEn: 'parent_code must differ from district_code',
          }
        : null,
  ],
  dependsOn: [],
};
