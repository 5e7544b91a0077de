/** Enumerations of datasets.md: English code -> Chinese label. */
export const ENUMS = {
  budget_type: {
    general: '一般公共预算',
    fund: '政府性基金预算',
    capital: '国有资本经营预算',
    social: '社会保险基金预算',
  },
  payee_type: { unit: '单位', individual: '个人' },
  pay_method: { direct: '直接支付', authorized: '授权支付', cash: '现金' },
  stage: { initial: '年初预算', adjustment: '预算调整' },
  finding_status: { open: '未整改', in_progress: '整改中', partial: '部分整改', rectified: '已整改' },
  debt_type: { general: '一般债务', special: '专项债务' },
  bond_purpose: { new: '新增', refinancing: '再融资' },
  sector: { non_financial: '非金融', financial: '金融' },
  asset_class: {
    land: '土地',
    building: '房屋',
    vehicle: '车辆',
    general_equipment: '通用设备',
    special_equipment: '专用设备',
    intangible: '无形资产',
    other: '其他',
  },
  resource_type: {
    land: '土地',
    mineral: '矿产',
    forest: '森林',
    grassland: '草原',
    water: '水',
    wetland: '湿地',
  },
  agency_type: { admin: '行政', institution: '事业', other: '其他' },
} as const;
export type EnumName = keyof typeof ENUMS;
export type EnumCode<E extends EnumName> = keyof (typeof ENUMS)[E] & string;

export type BudgetType = EnumCode<'budget_type'>;
export const BUDGET_TYPES = Object.keys(ENUMS.budget_type) as BudgetType[];

/** `respondent` (单位联络员): one agency's contact, sees and answers only its 督办 items. */
export const ROLES = ['viewer', 'auditor', 'importer', 'admin', 'respondent'] as const;
export type Role = (typeof ROLES)[number];

export const SEVERITIES = ['info', 'warning', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ALERT_STATUSES = ['new', 'confirmed', 'resolved', 'dismissed', 'cleared'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** Where a 督办 (confirmed, assigned alert) stands: the unit's turn, the auditor's turn, or sent back. */
export const RESPONSE_STATES = ['awaiting', 'answered', 'returned'] as const;
export type ResponseState = (typeof RESPONSE_STATES)[number];

export const RULE_IDS = [
  'EXEC_LAG',
  'OVER_BUDGET',
  'NO_BUDGET',
  'IDLE_BUDGET',
  'BUDGET_ADJUST_LARGE',
  'YEAR_END_SURGE',
  'DUPLICATE_PAYMENT',
  'SPLIT_PAYMENT',
  'NEAR_THRESHOLD',
  'NON_WORKDAY',
  'INDIVIDUAL_LARGE',
  'CASH_LARGE',
  'BENFORD',
  'SANGONG_GROWTH',
  'AUDIT_OVERDUE',
  'AUDIT_REPEAT',
  'DEBT_OVER_LIMIT',
  'DEBT_RATIO',
  'DEBT_OVERDUE',
  'DEBT_DUE_SOON',
  'BOND_FUNDS_IDLE',
  'SOE_LEVERAGE',
  'SOE_LOSS',
  'SOE_VALUE_LOSS',
  'ASSET_IDLE',
  'REVENUE_LAG',
  'NONTAX_SHARE',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
