import { ReferenceSpec } from '../dataset-spec';

export const agencyReference: ReferenceSpec = {
  column: 'agency_code',
  table: 'agency',
  key: 'agency_code',
  reasonZh: '单位编码不存在（请先导入预算单位）',
  reasonEn: 'unknown agency_code (import agencies first)',
};

export const districtReference: ReferenceSpec = {
  column: 'district_code',
  table: 'district',
  key: 'district_code',
  reasonZh: '区划编码不存在（请先导入行政区划）',
  reasonEn: 'unknown district_code (import districts first)',
};

export const bondReference: ReferenceSpec = {
  column: 'bond_code',
  table: 'debt_bond',
  key: 'bond_code',
  reasonZh: '债券编码不存在（请先导入政府债券）',
  reasonEn: 'unknown bond_code (import debt_bonds first)',
};
