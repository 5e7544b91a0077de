import { DATASET_LABELS } from '@bs/shared-model';
import { DatasetSpec } from '../dataset-spec';
import { agencyCode, decimal, enumColumn, fiscalYear, money } from './columns';
import { agencyReference } from './references';

export const adminAssetsSpec: DatasetSpec = {
  key: 'admin_assets',
  table: 'admin_asset',
  zh: DATASET_LABELS.admin_assets.zh,
  batchYear: 'fiscal_year',
  dataDate: { kind: 'yearEnd' },
  columns: [
    fiscalYear(),
    agencyCode(),
    enumColumn('asset_class', '资产类别', true, 'asset_class'),
    decimal('quantity', '数量', false, 4),
    money('original_value', '原值', true),
    money('net_value', '净值', true),
    money('idle_value', '闲置资产价值', false),
  ],
  naturalKey: ['fiscal_year', 'agency_code', 'asset_class'],
  references: [agencyReference],
  rowChecks: [],
  dependsOn: ['agencies'],
};
