import {
  DATASET_LABELS,
  ENUMS,
  RULE_NAMES,
  type BudgetType,
  type DatasetKey,
  type RuleId,
  type Severity,
} from '@bs/shared-model';
import type { ReportLang } from './report-data';

const BUDGET_EN: Record<BudgetType, string> = {
  general: 'General public budget',
  fund: 'Government fund budget',
  capital: 'State capital budget',
  social: 'Social insurance fund budget',
};
const SEVERITY: Record<Severity, [string, string]> = {
  critical: ['紧急', 'critical'],
  high: ['严重', 'high'],
  warning: ['关注', 'warning'],
  info: ['提示', 'info'],
};
const STATUS: Record<string, [string, string]> = {
  new: ['待核实', 'new'],
  confirmed: ['已确认', 'confirmed'],
  resolved: ['已处理', 'resolved'],
  dismissed: ['已排除', 'dismissed'],
  cleared: ['已消除', 'cleared'],
};

const pick = (pair: [string, string], lang: ReportLang) => (lang === 'zh' ? pair[0] : pair[1]);

export const budgetTypeLabel = (t: BudgetType, lang: ReportLang): string =>
  lang === 'zh' ? ENUMS.budget_type[t] : BUDGET_EN[t];
export const severityLabel = (s: Severity, lang: ReportLang): string => pick(SEVERITY[s], lang);
export const statusLabel = (s: string, lang: ReportLang): string => (STATUS[s] ? pick(STATUS[s], lang) : s);
export const ruleLabel = (id: RuleId, lang: ReportLang): string => RULE_NAMES[id][lang];
export const datasetLabel = (k: DatasetKey, lang: ReportLang): string => DATASET_LABELS[k][lang];
