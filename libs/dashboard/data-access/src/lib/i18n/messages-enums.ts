import {
  ALERT_STATUS_LABELS,
  BUDGET_TYPE_LABELS,
  RULE_IDS,
  RULE_NAMES,
  SEVERITY_LABELS,
  type Label,
} from '@bs/shared-model';
import type { Messages } from './i18n.service';

/** `prefix.code` messages from a shared-model label table (the words exports and the report use too). */
function labelMessages(prefix: string, labels: Record<string, Label>): Messages {
  return Object.fromEntries(
    Object.entries(labels).map(([code, [zh, en]]) => [`${prefix}.${code}`, [zh, en] as const]),
  );
}

/** Labels of codes: `budget_type.general`, `rule.EXEC_LAG`, `severity.high`, `alert_status.new`… */
export const ENUM_MESSAGES: Messages = {
  ...Object.fromEntries(
    RULE_IDS.map((id) => [`rule.${id}`, [RULE_NAMES[id].zh, RULE_NAMES[id].en] as const]),
  ),
  ...labelMessages('budget_type', BUDGET_TYPE_LABELS),
  'payee_type.unit': ['单位', 'Organisation'],
  'payee_type.individual': ['个人', 'Individual'],
  'pay_method.direct': ['直接支付', 'Direct payment'],
  'pay_method.authorized': ['授权支付', 'Authorised payment'],
  'pay_method.cash': ['现金', 'Cash'],
  'finding_status.open': ['未整改', 'Not fixed'],
  'finding_status.in_progress': ['整改中', 'Being fixed'],
  'finding_status.partial': ['部分整改', 'Partly fixed'],
  'finding_status.rectified': ['已整改', 'Fixed'],
  'debt_type.general': ['一般债务', 'General debt'],
  'debt_type.special': ['专项债务', 'Special debt'],
  'sector.non_financial': ['非金融', 'Non-financial'],
  'sector.financial': ['金融', 'Financial'],
  'asset_class.land': ['土地', 'Land'],
  'asset_class.building': ['房屋', 'Buildings'],
  'asset_class.vehicle': ['车辆', 'Vehicles'],
  'asset_class.general_equipment': ['通用设备', 'General equipment'],
  'asset_class.special_equipment': ['专用设备', 'Special equipment'],
  'asset_class.intangible': ['无形资产', 'Intangible assets'],
  'asset_class.other': ['其他', 'Other'],
  'resource_type.land': ['土地', 'Land'],
  'resource_type.mineral': ['矿产', 'Minerals'],
  'resource_type.forest': ['森林', 'Forest'],
  'resource_type.grassland': ['草原', 'Grassland'],
  'resource_type.water': ['水', 'Water'],
  'resource_type.wetland': ['湿地', 'Wetland'],
  ...labelMessages('severity', SEVERITY_LABELS),
  ...labelMessages('alert_status', ALERT_STATUS_LABELS),
  'role.viewer': ['人大代表（只读）', 'Committee member (read only)'],
  'role.auditor': ['审计人员', 'Auditor'],
  'role.importer': ['数据导入员', 'Data importer'],
  'role.respondent': ['单位联络员', 'Unit respondent'],
  'role.admin': ['管理员', 'Administrator'],
  'dataset.districts': ['行政区划', 'Districts'],
  'dataset.agencies': ['预算单位', 'Agencies'],
  'dataset.budget': ['预算指标', 'Budget lines'],
  'dataset.payments': ['国库集中支付明细', 'Treasury payments'],
  'dataset.revenue': ['收入执行月报', 'Revenue reports'],
  'dataset.audit_findings': ['审计查出问题及整改', 'Audit findings'],
  'dataset.debt_bonds': ['政府债券', 'Government bonds'],
  'dataset.debt_positions': ['债务限额与余额', 'Debt limits and balances'],
  'dataset.debt_repayments': ['还本付息计划及执行', 'Debt repayments'],
  'dataset.bond_projects': ['专项债券项目资金使用', 'Special-bond projects'],
  'dataset.soe_financials': ['国有企业财务', 'SOE financials'],
  'dataset.admin_assets': ['行政事业性国有资产', 'Administrative assets'],
  'dataset.natural_resources': ['国有自然资源资产', 'Natural resources'],
};
