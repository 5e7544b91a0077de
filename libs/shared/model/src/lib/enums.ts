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

/**
 * The one home of the rules' names, Chinese (rules.md) and plain English for committee members:
 * the rule definitions, the API, the docs and the dashboard all read them here.
 */
export const RULE_NAMES: Readonly<Record<RuleId, { zh: string; en: string }>> = {
  EXEC_LAG: { zh: '预算执行进度滞后', en: 'Spending behind schedule' },
  OVER_BUDGET: { zh: '超预算支付', en: 'Spending over budget' },
  NO_BUDGET: { zh: '无预算支付', en: 'Spending without a budget' },
  IDLE_BUDGET: { zh: '季度零支出（资金沉淀）', en: 'No spending in a quarter (idle funds)' },
  BUDGET_ADJUST_LARGE: { zh: '预算调整幅度过大', en: 'Large budget adjustment' },
  YEAR_END_SURGE: { zh: '年末突击花钱', en: 'Year-end spending rush' },
  DUPLICATE_PAYMENT: { zh: '疑似重复支付', en: 'Possible duplicate payment' },
  SPLIT_PAYMENT: { zh: '疑似拆分支付', en: 'Possible split payment' },
  NEAR_THRESHOLD: { zh: '临界金额支付集中', en: 'Many payments just below the procurement limit' },
  NON_WORKDAY: { zh: '非工作日支付', en: 'Payment on a non-working day' },
  INDIVIDUAL_LARGE: { zh: '大额个人支付', en: 'Large payment to an individual' },
  CASH_LARGE: { zh: '大额现金提取', en: 'Large cash withdrawal' },
  BENFORD: { zh: '首位数字分布异常', en: 'Unusual first-digit pattern' },
  SANGONG_GROWTH: { zh: '三公经费增长', en: 'Growth in travel, hospitality and car spending' },
  AUDIT_OVERDUE: { zh: '审计整改逾期', en: 'Audit fix overdue' },
  AUDIT_REPEAT: { zh: '屡审屡犯', en: 'Same audit problem again' },
  DEBT_OVER_LIMIT: { zh: '债务余额超限额', en: 'Debt above its limit' },
  DEBT_RATIO: { zh: '债务率偏高', en: 'High debt ratio' },
  DEBT_OVERDUE: { zh: '债券逾期未偿', en: 'Bond repayment overdue' },
  DEBT_DUE_SOON: { zh: '近期到期偿付', en: 'Bond repayment due soon' },
  BOND_FUNDS_IDLE: { zh: '专项债资金闲置', en: 'Special-bond money unused' },
  SOE_LEVERAGE: { zh: '国企资产负债率偏高', en: 'State firm with high debt' },
  SOE_LOSS: { zh: '国企连续亏损', en: 'State firm losing money year after year' },
  SOE_VALUE_LOSS: { zh: '国有资本未保值', en: 'State capital shrinking' },
  ASSET_IDLE: { zh: '闲置资产占比高', en: 'Many idle assets' },
  REVENUE_LAG: { zh: '收入进度滞后', en: 'Revenue behind schedule' },
  NONTAX_SHARE: { zh: '非税收入占比偏高', en: 'High share of non-tax revenue' },
};
