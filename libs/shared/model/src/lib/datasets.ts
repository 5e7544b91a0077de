/** Dataset keys of datasets.md, in dependency order (a dataset's references come before it). */
export const DATASET_KEYS = [
  'districts',
  'agencies',
  'budget',
  'payments',
  'revenue',
  'audit_findings',
  'debt_bonds',
  'debt_positions',
  'debt_repayments',
  'bond_projects',
  'soe_financials',
  'admin_assets',
  'natural_resources',
] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

export function isDatasetKey(value: string): value is DatasetKey {
  return (DATASET_KEYS as readonly string[]).includes(value);
}

/** Chinese and English names of each dataset, for reports and the dashboard. */
export const DATASET_LABELS: Record<DatasetKey, { zh: string; en: string }> = {
  districts: { zh: '行政区划', en: 'Districts' },
  agencies: { zh: '预算单位', en: 'Agencies' },
  budget: { zh: '预算指标', en: 'Budget lines' },
  payments: { zh: '国库集中支付明细', en: 'Treasury payments' },
  revenue: { zh: '收入执行月报', en: 'Revenue reports' },
  audit_findings: { zh: '审计查出问题及整改', en: 'Audit findings' },
  debt_bonds: { zh: '政府债券', en: 'Government bonds' },
  debt_positions: { zh: '债务限额与余额', en: 'Debt limits and balances' },
  debt_repayments: { zh: '还本付息计划及执行', en: 'Debt repayments' },
  bond_projects: { zh: '专项债券项目资金使用', en: 'Special-bond projects' },
  soe_financials: { zh: '国有企业财务', en: 'SOE financials' },
  admin_assets: { zh: '行政事业性国有资产', en: 'Administrative assets' },
  natural_resources: { zh: '国有自然资源资产', en: 'Natural resources' },
};
